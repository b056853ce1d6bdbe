#include "widgets/MessageBox.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

#include <optional>

namespace committee::ui {

namespace {
bool s_automatic = false;
std::optional<bool> s_nextAnswer;
std::optional<QString> s_nextText;
std::optional<int> s_nextChoice;
QString s_lastText;
} // namespace

bool MessageBox::answerAutomatically(const QString &text, bool *answer)
{
    s_lastText = text;
    if (s_nextAnswer) {
        *answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return true;
    }
    if (s_automatic) {
        *answer = false;
        return true;
    }
    return false;
}

void MessageBox::setNextAnswer(bool answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setNextText(const QString &text)
{
    s_nextText = text;
}

void MessageBox::setNextChoice(int choice)
{
    s_nextChoice = choice;
}

// The text a test set for the next question, or nothing (empty also when answering
// automatically); a person is asked only when neither applies.
std::optional<QString> MessageBox::presetText()
{
    if (s_nextText) {
        const QString text = *s_nextText;
        s_nextText.reset();
        return text;
    }
    if (s_automatic) {
        return QString();
    }
    return std::nullopt;
}

QString MessageBox::askText(QWidget *parent, const QString &title, const QString &label)
{
    if (auto preset = presetText()) {
        return *preset;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    return ok ? text.trimmed() : QString();
}

QString MessageBox::askPassword(QWidget *parent, const QString &title, const QString &label)
{
    if (auto preset = presetText()) {
        return *preset;
    }
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? text : QString();
}

void MessageBox::setAutomatic(bool automatic)
{
    s_automatic = automatic;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    bool ignored = false;
    if (answerAutomatically(text, &ignored)) {
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    bool ignored = false;
    if (answerAutomatically(text, &ignored)) {
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmText)
{
    bool answer = false;
    if (answerAutomatically(text, &answer)) {
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == yes;
}

QString MessageBox::askSavePath(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter)
{
    if (auto preset = presetText()) {
        return *preset;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices)
{
    s_lastText = text;
    if (s_nextChoice) {
        const int choice = *s_nextChoice;
        s_nextChoice.reset();
        return choice;
    }
    if (s_automatic) {
        return -1;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    QList<QPushButton *> buttons;
    for (const QString &choice : choices) {
        buttons << box.addButton(choice, QMessageBox::ActionRole);
    }
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Close)));
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

} // namespace committee::ui
