#include "lock/AppLockGuard.h"

#include "lock/IdleWatcher.h"
#include "lock/LockScreen.h"
#include "security/AppLock.h"
#include "shell/AppContext.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace committee::ui {

AppLockGuard::AppLockGuard(AppContext &context, QMainWindow &window)
    : AppLockGuard(context, window, AppLock::systemClock())
{}

AppLockGuard::AppLockGuard(AppContext &context, QMainWindow &window, const Clock &clock)
    : m_context(context), m_window(window), m_clock(clock), m_watcher(new IdleWatcher(this)),
      m_screen(new LockScreen(context.db, clock, &window))
{
    m_watcher->setLimitSource([this] { return m_locked ? 0 : idleLimitMs(); });
    connect(m_watcher, &IdleWatcher::idle, this, &AppLockGuard::lockNow);
    connect(m_screen, &QDialog::accepted, this, &AppLockGuard::unlocked);
    connect(m_screen, &LockScreen::quitRequested, &m_window, &QWidget::close);
}

qint64 AppLockGuard::idleLimitMs() const
{
    // Read each time, so a password set or removed in Settings applies at once.
    AppLock lock(m_context.db, m_clock);
    auto set = lock.isSet();
    if (!set || !*set) {
        return 0;
    }
    if (m_testLimitMs > 0) {
        return m_testLimitMs;
    }
    auto minutes = lock.idleMinutes();
    return minutes ? qint64(*minutes) * 60 * 1000 : 0;
}

void AppLockGuard::start()
{
    m_watcher->start();
    if (auto set = AppLock(m_context.db, m_clock).isSet(); set && *set) {
        lockNow();
    }
}

void AppLockGuard::lockNow()
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    setContentHidden(true);
    m_screen->prepare();
    // Not exec(): the lock can come while another dialog is open, and must not nest an
    // event loop inside it. Application-modal, so no other window takes input meanwhile.
    m_screen->setWindowModality(Qt::ApplicationModal);
    m_screen->open();
    emit lockedChanged(true);
}

void AppLockGuard::unlocked()
{
    m_locked = false;
    setContentHidden(false);
    m_watcher->reset();
    emit lockedChanged(false);
}

void AppLockGuard::setContentHidden(bool hidden)
{
    // The records stay out of sight behind the lock screen, even when it is moved aside.
    if (QWidget *content = m_window.centralWidget()) {
        content->setVisible(!hidden);
    }
    m_window.menuBar()->setEnabled(!hidden);
    if (QStatusBar *status = m_window.statusBar()) {
        status->setVisible(!hidden);
    }
}

} // namespace committee::ui
