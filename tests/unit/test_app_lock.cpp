#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AppLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace committee;

namespace {
const QDateTime start(QDate(2026, 3, 2), QTime(9, 0));

QString storedHash(Database &db)
{
    auto hash = Sql::scalar(db, QStringLiteral("SELECT password_hash FROM app_lock WHERE id = 1"));
    REQUIRE(hash.ok());
    return hash->toString();
}

// Every value the trail holds about the app lock, in one string to search.
QString lockTrail(Database &db)
{
    auto entries = AuditLog::forRecord(db, QStringLiteral("app_lock"), 1);
    REQUIRE(entries.ok());
    QStringList parts;
    for (const AuditEntry &e : *entries) {
        parts << e.action + QLatin1Char('/') + e.field + QLatin1Char('/') + e.oldValue +
                     QLatin1Char('/') + e.newValue;
    }
    return parts.join(QLatin1Char('|'));
}

AppLock::Verdict verdictOf(AppLock &lock, const QString &password)
{
    auto attempt = lock.verify(password);
    REQUIRE_OK(attempt);
    return attempt->verdict;
}
} // namespace

TEST_CASE("An app password is stored as an argon2id hash and checked", "[applock]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("lock.db")));
    FixedClock clock(start);
    AppLock lock(*db, clock);

    CHECK(lock.isSet().value() == false);
    CHECK(lock.idleMinutes().value() == AppLock::defaultIdleMinutes);
    CHECK_FALSE(lock.setPassword(QStringLiteral("abc")).ok()); // too short
    REQUIRE_OK(lock.setPassword(QStringLiteral("村委会2026")));
    CHECK(lock.isSet().value());

    const QString hash = storedHash(*db);
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("2026")));

    CHECK(verdictOf(lock, QStringLiteral("村委会2026")) == AppLock::Verdict::Unlocked);
    CHECK(verdictOf(lock, QStringLiteral("村委会2025")) == AppLock::Verdict::Wrong);
    CHECK(lock.failedAttempts().value() == 1);
    CHECK(verdictOf(lock, QStringLiteral("村委会2026")) == AppLock::Verdict::Unlocked);
    CHECK(lock.failedAttempts().value() == 0);
    // A second set is refused: changing needs the old password.
    CHECK(lock.setPassword(QStringLiteral("another")).error().kind == Error::Kind::Conflict);
}

TEST_CASE("Changing or removing the app password needs the current one", "[applock]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("lock.db")));
    FixedClock clock(start);
    AppLock lock(*db, clock);
    REQUIRE_OK(lock.setPassword(QStringLiteral("first-pass")));

    Status wrong = lock.changePassword(QStringLiteral("guess"), QStringLiteral("second-pass"));
    CHECK(wrong.error().kind == Error::Kind::Invalid);
    CHECK(verdictOf(lock, QStringLiteral("first-pass")) == AppLock::Verdict::Unlocked);

    REQUIRE_OK(lock.changePassword(QStringLiteral("first-pass"), QStringLiteral("second-pass")));
    CHECK(verdictOf(lock, QStringLiteral("first-pass")) == AppLock::Verdict::Wrong);
    CHECK(verdictOf(lock, QStringLiteral("second-pass")) == AppLock::Verdict::Unlocked);

    REQUIRE_OK(lock.setIdleMinutes(25));
    CHECK(lock.idleMinutes().value() == 25);
    CHECK_FALSE(lock.setIdleMinutes(0).ok());

    CHECK_FALSE(lock.removePassword(QStringLiteral("first-pass")).ok());
    CHECK(lock.isSet().value());
    REQUIRE_OK(lock.removePassword(QStringLiteral("second-pass")));
    CHECK(lock.isSet().value() == false);
    CHECK(lock.setIdleMinutes(5).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Wrong app passwords are throttled with growing waits", "[applock]")
{
    CHECK(AppLock::delayAfter(0) == 0);
    CHECK(AppLock::delayAfter(2) == 0);
    CHECK(AppLock::delayAfter(3) == 1);
    CHECK(AppLock::delayAfter(4) == 2);
    CHECK(AppLock::delayAfter(6) == 8);
    CHECK(AppLock::delayAfter(11) == 256);
    CHECK(AppLock::delayAfter(12) == 300);
    CHECK(AppLock::delayAfter(1000) == 300);

    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("lock.db"));
    auto db = testing::openSeeded(path);
    FixedClock clock(start);
    {
        AppLock lock(*db, clock);
        REQUIRE_OK(lock.setPassword(QStringLiteral("right-one")));
        for (int i = 1; i <= 3; ++i) {
            auto attempt = lock.verify(QStringLiteral("wrong"));
            REQUIRE_OK(attempt);
            CHECK(attempt->verdict == AppLock::Verdict::Wrong);
            CHECK(attempt->waitSeconds == (i < 3 ? 0 : 1));
        }
        CHECK(lock.secondsToWait().value() == 1);
        // Too soon: not even checked, so not counted, and the right password waits too.
        auto early = lock.verify(QStringLiteral("right-one"));
        REQUIRE_OK(early);
        CHECK(early->verdict == AppLock::Verdict::TooSoon);
        CHECK(early->waitSeconds == 1);
        CHECK(lock.failedAttempts().value() == 3);

        clock.set(start.addSecs(1));
        CHECK(lock.secondsToWait().value() == 0);
        auto fourth = lock.verify(QStringLiteral("wrong"));
        REQUIRE_OK(fourth);
        CHECK(fourth->waitSeconds == 2);
        clock.set(start.addSecs(2));
        CHECK(lock.secondsToWait().value() == 1);
    }

    // Closing and opening the database (a restart of the app) keeps the count and the wait.
    db.reset();
    auto reopened = Database::open(path);
    REQUIRE_OK(reopened);
    AppLock lock(*reopened.value(), clock);
    CHECK(lock.failedAttempts().value() == 4);
    CHECK(lock.secondsToWait().value() == 1);
    CHECK(verdictOf(lock, QStringLiteral("right-one")) == AppLock::Verdict::TooSoon);
    clock.set(start.addSecs(3));
    CHECK(verdictOf(lock, QStringLiteral("right-one")) == AppLock::Verdict::Unlocked);
    CHECK(lock.failedAttempts().value() == 0);
    CHECK(lock.secondsToWait().value() == 0);
}

TEST_CASE("The audit trail records app password changes but never the secret", "[applock]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("lock.db")));
    FixedClock clock(start);
    AppLock lock(*db, clock);
    REQUIRE_OK(lock.setPassword(QStringLiteral("secret-one")));
    const QString firstHash = storedHash(*db);
    REQUIRE_OK(lock.changePassword(QStringLiteral("secret-one"), QStringLiteral("secret-two")));
    const QString secondHash = storedHash(*db);
    REQUIRE_OK(lock.setIdleMinutes(15));
    REQUIRE_OK(lock.removePassword(QStringLiteral("secret-two")));

    CHECK(lockTrail(*db) == QStringLiteral("insert/password//|update/password//|"
                                           "update/idle_minutes/10/15|delete/password//"));
    auto all = Sql::scalar(*db, QStringLiteral("SELECT group_concat(coalesce(old_value, '') || "
                                               "coalesce(new_value, '') || field, '|') "
                                               "FROM audit_log"));
    REQUIRE_OK(all);
    const QString trail = all->toString();
    for (const QString &secret : {QStringLiteral("secret-one"), QStringLiteral("secret-two"),
                                  firstHash, secondHash, QStringLiteral("$argon2id$")}) {
        CHECK_FALSE(trail.contains(secret));
    }
}

TEST_CASE("The member who unlocked the app is named in every following audit entry",
          "[applock][audit]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("actor.db")));
    const QString user = AuditLog::currentActor();
    AuditLog::setSessionMember(QStringLiteral("王秀英"));
    REQUIRE_OK(AuditLog::append(
        *db, {{QStringLiteral("meeting"), 7, QStringLiteral("update"), QStringLiteral("topic"),
               QStringLiteral("a"), QStringLiteral("b")}}));
    AuditLog::setSessionMember(QString());
    auto entries = AuditLog::forRecord(*db, QStringLiteral("meeting"), 7);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().actor == user + QStringLiteral(" (王秀英)"));
    CHECK(AuditLog::currentActor() == user);
}
