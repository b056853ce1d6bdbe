#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace committee::ui {

// Every message the UI shows goes through here. Tests set the next answer instead of a
// person clicking, so a dialog never blocks an automated run.
class MessageBox {
public:
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText);

    // Asks for a line of text (e.g. the reason for an amendment). Empty when cancelled.
    static QString askText(QWidget *parent, const QString &title, const QString &label);
    // The same for a password: typed hidden, not trimmed.
    static QString askPassword(QWidget *parent, const QString &title, const QString &label);

    // Asks where to save a file, starting at `suggested`; empty when cancelled. Whether to
    // overwrite is the caller's to ask (with confirm()), so it is asked once and can be tested.
    static QString askSavePath(QWidget *parent, const QString &title, const QString &suggested,
                               const QString &filter);
    // Offers the choices as buttons beside Close; returns the index chosen, or -1.
    static int choose(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &choices);

    // Test hook: the next confirm() returns `answer` at once; error() and information()
    // return at once and record their text.
    static void setNextAnswer(bool answer);
    static void setNextText(const QString &text); // also the next askSavePath()
    static void setNextChoice(int choice);
    static void setAutomatic(bool automatic);
    static QString lastText();

private:
    static std::optional<QString> presetText();
    static bool answerAutomatically(const QString &text, bool *answer);
};

} // namespace committee::ui
