#include "lock/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace committee::ui {

namespace {
QLineEdit *passwordEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode),
      m_current(passwordEdit(this, QStringLiteral("currentPassword"))),
      m_new(passwordEdit(this, QStringLiteral("newPassword"))),
      m_repeat(passwordEdit(this, QStringLiteral("repeatPassword"))), m_problem(new QLabel(this))
{
    setWindowTitle(mode == Mode::Set      ? tr("Set app password")
                   : mode == Mode::Change ? tr("Change app password")
                                          : tr("Remove app password"));
    auto *form = new QFormLayout(this);
    if (mode != Mode::Set) {
        form->addRow(tr("&Current password:"), m_current);
    } else {
        m_current->hide();
    }
    if (mode != Mode::Remove) {
        form->addRow(tr("&New password:"), m_new);
        form->addRow(tr("&Repeat the new password:"), m_repeat);
        auto *hint = new QLabel(tr("Keep the password somewhere safe: without it nobody can "
                                   "open Committee Desk on this data."),
                                this);
        hint->setWordWrap(true);
        form->addRow(hint);
    } else {
        m_new->hide();
        m_repeat->hide();
    }
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    form->addRow(buttons);
}

QString PasswordDialog::currentPassword() const
{
    return m_current->text();
}

QString PasswordDialog::newPassword() const
{
    return m_new->text();
}

void PasswordDialog::accept()
{
    if (m_mode != Mode::Set && m_current->text().isEmpty()) {
        m_problem->setText(tr("Enter the current password."));
        return;
    }
    if (m_mode != Mode::Remove && m_new->text() != m_repeat->text()) {
        m_problem->setText(tr("The two new passwords are not the same."));
        return;
    }
    QDialog::accept();
}

} // namespace committee::ui
