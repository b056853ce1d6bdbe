#include "lock/LockScreen.h"

#include "committee/CommitteeProfile.h"
#include "security/AppLock.h"
#include "storage/AuditLog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace committee::ui {

LockScreen::LockScreen(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_member(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Committee Desk is locked"));
    setModal(true);
    m_member->setObjectName(QStringLiteral("lockMember"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_unlock->setDefault(true);

    auto *heading = new QLabel(tr("Committee Desk is locked. Enter the app password to go on "
                                  "working."),
                               this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Who is working:"), m_member);
    form->addRow(tr("&Password:"), m_password);
    auto *quit = new QPushButton(tr("&Quit Committee Desk"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(quit);
    buttons->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
    // Often enough that the input comes back as soon as the wait is over.
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &LockScreen::updateWait);
}

void LockScreen::prepare()
{
    const QString current = AuditLog::sessionMember();
    m_member->clear();
    if (auto members = CommitteeProfile(m_db).members(); members) {
        for (const Record &member : *members) {
            const QString name = member.text(QStringLiteral("name"));
            const QString role = member.text(QStringLiteral("role"));
            m_member->addItem(role.isEmpty() ? name : QStringLiteral("%1（%2）").arg(name, role),
                              name);
        }
    }
    const int index = m_member->findData(current);
    m_member->setCurrentIndex(index >= 0 ? index : 0);
    m_member->setEnabled(m_member->count() > 0);
    m_password->clear();
    m_message->clear();
    updateWait();
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    if (!m_password->isEnabled()) {
        return;
    }
    auto attempt = AppLock(m_db, m_clock).verify(m_password->text());
    m_password->clear();
    if (!attempt) {
        m_message->setText(attempt.error().message);
        return;
    }
    switch (attempt->verdict) {
    case AppLock::Verdict::Unlocked:
        AuditLog::setSessionMember(m_member->currentData().toString());
        m_message->clear();
        accept();
        return;
    case AppLock::Verdict::TooSoon:
        showWait(attempt->waitSeconds);
        return;
    case AppLock::Verdict::Wrong:
        if (attempt->waitSeconds > 0) {
            showWait(attempt->waitSeconds);
        } else {
            m_message->setText(tr("The password is wrong. Please try again."));
        }
        return;
    }
}

void LockScreen::showWait(int seconds)
{
    m_message->setText(tr("The password is wrong. After several wrong passwords you have to "
                          "wait: you can try again in %n second(s).",
                          nullptr, seconds));
    m_password->setEnabled(false);
    m_unlock->setEnabled(false);
    m_waitTimer.start();
}

void LockScreen::updateWait()
{
    auto wait = AppLock(m_db, m_clock).secondsToWait();
    const int seconds = wait ? *wait : 0;
    if (seconds > 0) {
        showWait(seconds);
        return;
    }
    m_waitTimer.stop();
    if (!m_password->isEnabled()) {
        m_message->setText(tr("You can try the password again."));
    }
    m_password->setEnabled(true);
    m_unlock->setEnabled(true);
    m_password->setFocus();
}

} // namespace committee::ui
