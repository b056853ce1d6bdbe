#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace committee {

class Database;

// The optional app password (table app_lock, one row while a password is set). The
// password is kept only as libsodium's argon2id string; it is never stored, logged or
// written to the audit trail. Wrong attempts are counted in the database, so closing and
// starting the app again does not reset them, and after three of them every further
// attempt has to wait longer (see delayAfter()).
class AppLock {
    Q_DECLARE_TR_FUNCTIONS(committee::AppLock)
public:
    static constexpr int defaultIdleMinutes = 10;
    static constexpr int minIdleMinutes = 1;
    static constexpr int maxIdleMinutes = 240;

    // `clock` gives the time of failures and waits; tests pass a FixedClock.
    explicit AppLock(Database &db, const Clock &clock = systemClock());

    Result<bool> isSet() const;
    // The idle minutes before the app locks itself (the default when no password is set).
    Result<int> idleMinutes() const;

    // Sets a password where none is set yet.
    Status setPassword(const QString &password);
    // Replaces the password; only with the current one.
    Status changePassword(const QString &current, const QString &password);
    // Removes the password (and so the lock); only with the current one.
    Status removePassword(const QString &current);
    // Only while a password is set: the minutes live in the same row.
    Status setIdleMinutes(int minutes);

    enum class Verdict {
        Unlocked, // right password: the count of failures starts again
        Wrong,    // counted; waitSeconds says how long before the next try
        TooSoon,  // not even checked: the wait after earlier failures is not over
    };
    struct Attempt {
        Verdict verdict = Verdict::Wrong;
        int waitSeconds = 0; // before the next attempt is accepted
    };
    // Checks the password against the stored hash, counting failures (throttled).
    Result<Attempt> verify(const QString &password);
    // Seconds left before the next attempt is accepted (0: try now).
    Result<int> secondsToWait() const;
    Result<int> failedAttempts() const;

    // The wait after `failures` wrong attempts: none for the first three, then 1, 2, 4 …
    // seconds (2^(n-3)), never more than five minutes.
    static int delayAfter(int failures);
    static constexpr int maxDelaySeconds = 300;
    static constexpr int freeAttempts = 3;

    static const Clock &systemClock();

private:
    struct Row {
        bool exists = false;
        QString hash;
        int idleMinutes = defaultIdleMinutes;
        int failures = 0;
        QDateTime lastFailure;
    };
    Result<Row> load() const;
    static Result<QString> hashOf(const QString &password);
    int waitFor(const Row &row) const;
    Status checkNewPassword(const QString &password) const;
    Status checkCurrent(const Row &row, const QString &current) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace committee
