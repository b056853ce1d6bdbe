#include "lock/AppPasswordSection.h"

#include "lock/PasswordDialog.h"
#include "security/AppLock.h"
#include "widgets/MessageBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace committee::ui {

AppPasswordSection::AppPasswordSection(Database &db, QWidget *parent)
    : QGroupBox(tr("App password"), parent), m_db(db), m_state(new QLabel(this)),
      m_set(new QPushButton(tr("&Set password…"), this)),
      m_change(new QPushButton(tr("C&hange password…"), this)),
      m_remove(new QPushButton(tr("Re&move password…"), this)), m_idle(new QSpinBox(this))
{
    setObjectName(QStringLiteral("appPassword"));
    m_state->setWordWrap(true);
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(AppLock::minIdleMinutes, AppLock::maxIdleMinutes);
    m_idle->setSuffix(tr(" minutes"));
    connect(m_set, &QPushButton::clicked, this,
            [this] { askAndApply(int(PasswordDialog::Mode::Set)); });
    connect(m_change, &QPushButton::clicked, this,
            [this] { askAndApply(int(PasswordDialog::Mode::Change)); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { askAndApply(int(PasswordDialog::Mode::Remove)); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(m_state);
    form->addRow(buttons);
    form->addRow(tr("&Lock when not used for:"), m_idle);
    refresh();
}

void AppPasswordSection::refresh()
{
    AppLock lock(m_db);
    const bool set = lock.isSet().ok() && lock.isSet().value();
    m_state->setText(set ? tr("A password is set. Committee Desk asks for it at start-up and "
                              "after the minutes below without use.")
                         : tr("No password is set: anybody at this computer can open "
                              "Committee Desk."));
    m_set->setVisible(!set);
    m_change->setVisible(set);
    m_remove->setVisible(set);
    m_idle->setEnabled(set);
    auto minutes = lock.idleMinutes();
    m_idle->setValue(minutes ? *minutes : AppLock::defaultIdleMinutes);
}

void AppPasswordSection::askAndApply(int mode)
{
    PasswordDialog dialog(PasswordDialog::Mode(mode), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    switch (PasswordDialog::Mode(mode)) {
    case PasswordDialog::Mode::Set:
        setPassword(dialog.newPassword());
        break;
    case PasswordDialog::Mode::Change:
        changePassword(dialog.currentPassword(), dialog.newPassword());
        break;
    case PasswordDialog::Mode::Remove:
        removePassword(dialog.currentPassword());
        break;
    }
}

bool AppPasswordSection::report(bool ok, const QString &message, const QString &done)
{
    if (ok) {
        MessageBox::information(this, title(), done);
    } else {
        MessageBox::error(this, title(), message);
    }
    refresh();
    return ok;
}

bool AppPasswordSection::setPassword(const QString &password)
{
    Status s = AppLock(m_db).setPassword(password);
    return report(s.ok(), s.error().message,
                  tr("The app password is set. Committee Desk will ask for it from the next "
                     "start, and after %n minute(s) without use.",
                     nullptr, AppLock::defaultIdleMinutes));
}

bool AppPasswordSection::changePassword(const QString &current, const QString &password)
{
    Status s = AppLock(m_db).changePassword(current, password);
    return report(s.ok(), s.error().message, tr("The app password is changed."));
}

bool AppPasswordSection::removePassword(const QString &current)
{
    Status s = AppLock(m_db).removePassword(current);
    return report(s.ok(), s.error().message,
                  tr("The app password is removed. Committee Desk no longer locks."));
}

bool AppPasswordSection::save()
{
    AppLock lock(m_db);
    if (!lock.isSet().ok() || !lock.isSet().value()) {
        return true; // nothing to keep: the minutes live with the password
    }
    if (Status s = lock.setIdleMinutes(m_idle->value()); !s) {
        MessageBox::error(this, title(), s.error().message);
        return false;
    }
    return true;
}

} // namespace committee::ui
