#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace committee {
class Clock;
} // namespace committee

namespace committee::ui {

struct AppContext;
class IdleWatcher;
class LockScreen;

// Keeps the main window locked while it should be: at start-up when an app password is
// set, and after the idle minutes chosen in Settings. While locked, the window's content
// and menus are hidden and the lock screen is the only thing that takes input.
class AppLockGuard : public QObject {
    Q_OBJECT
public:
    AppLockGuard(AppContext &context, QMainWindow &window, const Clock &clock);
    AppLockGuard(AppContext &context, QMainWindow &window);

    // Locks at once when a password is set, and starts watching for idleness.
    void start();
    void lockNow();
    bool isLocked() const { return m_locked; }

    LockScreen *lockScreen() const { return m_screen; }
    IdleWatcher *idleWatcher() const { return m_watcher; }
    // Tests: idle after this many milliseconds instead of the minutes in the database.
    void setIdleLimitForTesting(qint64 ms) { m_testLimitMs = ms; }

signals:
    void lockedChanged(bool locked);

private:
    qint64 idleLimitMs() const;
    void unlocked();
    void setContentHidden(bool hidden);

    AppContext &m_context;
    QMainWindow &m_window;
    const Clock &m_clock;
    IdleWatcher *m_watcher;
    LockScreen *m_screen;
    bool m_locked = false;
    qint64 m_testLimitMs = 0;
};

} // namespace committee::ui
