#include "security/AppLock.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <sodium.h>

#include <algorithm>

namespace committee {

namespace {

const QString lockTable = QStringLiteral("app_lock");
constexpr int minPasswordLength = 4;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

const Clock &AppLock::systemClock()
{
    static const Clock clock;
    return clock;
}

AppLock::AppLock(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

int AppLock::delayAfter(int failures)
{
    if (failures < freeAttempts) {
        return 0;
    }
    const int exponent = failures - freeAttempts;
    // 2^9 is already past the cap; the shift must not overflow for large counts.
    return exponent >= 9 ? maxDelaySeconds : std::min(maxDelaySeconds, 1 << exponent);
}

Result<AppLock::Row> AppLock::load() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT password_hash, idle_minutes, failed_attempts, "
                                            "last_failure_at FROM app_lock WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    Row row;
    if (q->next()) {
        row.exists = true;
        row.hash = q->value(0).toString();
        row.idleMinutes = q->value(1).toInt();
        row.failures = q->value(2).toInt();
        row.lastFailure = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
    }
    return row;
}

int AppLock::waitFor(const Row &row) const
{
    const int delay = delayAfter(row.failures);
    if (delay == 0 || !row.lastFailure.isValid()) {
        return 0;
    }
    const qint64 elapsedMs = std::max<qint64>(row.lastFailure.msecsTo(m_clock.now()), 0);
    // Whole seconds, rounded up, so "0" really means the wait is over. A clock set back
    // must not make the wait longer than the delay itself.
    const qint64 remainingMs = qint64(delay) * 1000 - elapsedMs;
    return int(std::clamp<qint64>((remainingMs + 999) / 1000, 0, delay));
}

Result<bool> AppLock::isSet() const
{
    auto row = load();
    if (!row) {
        return row.error();
    }
    return row->exists;
}

Result<int> AppLock::idleMinutes() const
{
    auto row = load();
    if (!row) {
        return row.error();
    }
    return row->idleMinutes;
}

Result<int> AppLock::failedAttempts() const
{
    auto row = load();
    if (!row) {
        return row.error();
    }
    return row->failures;
}

Result<int> AppLock::secondsToWait() const
{
    auto row = load();
    if (!row) {
        return row.error();
    }
    return waitFor(*row);
}

Status AppLock::checkNewPassword(const QString &password) const
{
    if (password.size() < minPasswordLength) {
        return makeError(Error::Kind::Invalid,
                         tr("The password needs at least %1 characters.").arg(minPasswordLength));
    }
    return {};
}

Result<AppLock::Attempt> AppLock::verify(const QString &password)
{
    if (!sodiumReady()) {
        return makeError(Error::Kind::Generic, tr("The password check could not start."));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto row = load();
    if (!row) {
        return row.error();
    }
    if (!row->exists) {
        return makeError(Error::Kind::NotFound, tr("No app password is set."));
    }
    if (const int wait = waitFor(*row); wait > 0) {
        return Attempt{Verdict::TooSoon, wait};
    }
    const QByteArray hash = row->hash.toUtf8();
    const QByteArray given = password.toUtf8();
    if (crypto_pwhash_str_verify(hash.constData(), given.constData(),
                                 static_cast<unsigned long long>(given.size())) == 0) {
        if (row->failures != 0) {
            auto r = Sql::exec(m_db, QStringLiteral("UPDATE app_lock SET failed_attempts = 0, "
                                                    "last_failure_at = NULL WHERE id = 1"));
            if (!r) {
                return r.error();
            }
        }
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
        return Attempt{Verdict::Unlocked, 0};
    }
    const int failures = row->failures + 1;
    auto r = Sql::exec(m_db,
                       QStringLiteral("UPDATE app_lock SET failed_attempts = ?, "
                                      "last_failure_at = ? WHERE id = 1"),
                       {failures, isoUtc(m_clock.now())});
    if (!r) {
        return r.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return Attempt{Verdict::Wrong, delayAfter(failures)};
}

Status AppLock::checkCurrent(const Row &row, const QString &current) const
{
    if (!row.exists) {
        return makeError(Error::Kind::NotFound, tr("No app password is set."));
    }
    // Through verify(), so guessing here is counted and throttled like at the lock screen.
    auto attempt = AppLock(m_db, m_clock).verify(current);
    if (!attempt) {
        return attempt.error();
    }
    switch (attempt->verdict) {
    case Verdict::Unlocked:
        return {};
    case Verdict::TooSoon:
        return makeError(Error::Kind::Conflict,
                         tr("Too many wrong passwords. Try again in %n second(s).", nullptr,
                            attempt->waitSeconds));
    case Verdict::Wrong:
        break;
    }
    return makeError(Error::Kind::Invalid, tr("The current password is wrong."));
}

Result<QString> AppLock::hashOf(const QString &password)
{
    if (!sodiumReady()) {
        return makeError(Error::Kind::Generic, tr("The password could not be protected."));
    }
    // Interactive limits: about a tenth of a second and 64 MiB on an office PC, enough to
    // make guessing from a copied database file slow.
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray bytes = password.toUtf8();
    if (crypto_pwhash_str_alg(
            hash, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(Error::Kind::Generic,
                         tr("The password could not be protected (not enough memory)."));
    }
    return QString::fromLatin1(hash);
}

Status AppLock::setPassword(const QString &password)
{
    if (Status s = checkNewPassword(password); !s) {
        return s;
    }
    auto row = load();
    if (!row) {
        return row.error();
    }
    if (row->exists) {
        return makeError(Error::Kind::Conflict,
                         tr("An app password is already set; change it instead."));
    }
    auto hash = hashOf(password);
    if (!hash) {
        return hash.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto r = Sql::exec(m_db,
                       QStringLiteral("INSERT INTO app_lock (id, password_hash, idle_minutes) "
                                      "VALUES (1, ?, ?)"),
                       {*hash, defaultIdleMinutes});
    if (!r) {
        return r.error();
    }
    // The trail says that a password was set, never what it or its hash is.
    if (Status s = AuditLog::append(m_db, {{lockTable, 1, QStringLiteral("insert"),
                                            QStringLiteral("password"), QString(), QString()}});
        !s) {
        return s;
    }
    return tx.commit();
}

Status AppLock::changePassword(const QString &current, const QString &password)
{
    if (Status s = checkNewPassword(password); !s) {
        return s;
    }
    auto row = load();
    if (!row) {
        return row.error();
    }
    if (Status s = checkCurrent(*row, current); !s) {
        return s;
    }
    auto hash = hashOf(password);
    if (!hash) {
        return hash.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto r = Sql::exec(m_db, QStringLiteral("UPDATE app_lock SET password_hash = ? WHERE id = 1"),
                       {*hash});
    if (!r) {
        return r.error();
    }
    if (Status s = AuditLog::append(m_db, {{lockTable, 1, QStringLiteral("update"),
                                            QStringLiteral("password"), QString(), QString()}});
        !s) {
        return s;
    }
    return tx.commit();
}

Status AppLock::removePassword(const QString &current)
{
    auto row = load();
    if (!row) {
        return row.error();
    }
    if (Status s = checkCurrent(*row, current); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto r = Sql::exec(m_db, QStringLiteral("DELETE FROM app_lock WHERE id = 1")); !r) {
        return r.error();
    }
    if (Status s = AuditLog::append(m_db, {{lockTable, 1, QStringLiteral("delete"),
                                            QStringLiteral("password"), QString(), QString()}});
        !s) {
        return s;
    }
    return tx.commit();
}

Status AppLock::setIdleMinutes(int minutes)
{
    if (minutes < minIdleMinutes || minutes > maxIdleMinutes) {
        return makeError(Error::Kind::Invalid, tr("Lock after: give between %1 and %2 minutes.")
                                                   .arg(minIdleMinutes)
                                                   .arg(maxIdleMinutes));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto row = load();
    if (!row) {
        return row.error();
    }
    if (!row->exists) {
        return makeError(Error::Kind::NotFound,
                         tr("Set an app password first; without one the app never locks."));
    }
    if (row->idleMinutes == minutes) {
        return {};
    }
    auto r = Sql::exec(m_db, QStringLiteral("UPDATE app_lock SET idle_minutes = ? WHERE id = 1"),
                       {minutes});
    if (!r) {
        return r.error();
    }
    if (Status s = AuditLog::append(
            m_db, {{lockTable, 1, QStringLiteral("update"), QStringLiteral("idle_minutes"),
                    QString::number(row->idleMinutes), QString::number(minutes)}});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace committee
