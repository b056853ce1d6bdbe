#include "TestSupport.h"

#include "ledger/Attachments.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace committee;

namespace {

// Starts the child, waits until it has said a line starting with `startedWith` (so the
// kill falls while it is saving, however slow the machine or a sanitizer makes it), lets it
// work for `ms` milliseconds more, kills it with SIGKILL (no chance to clean up, like a
// power cut) and returns every line it reported.
QStringList runAndKill(const QStringList &args, int ms,
                       const QString &startedWith = QStringLiteral("ready"))
{
    QProcess child;
    child.start(QStringLiteral(CRASH_CHILD_PATH), args);
    REQUIRE(child.waitForStarted(30000));
    QByteArray said;
    const QByteArray wanted = startedWith.toUtf8();
    auto hasStarted = [&] {
        return said.startsWith(wanted) || said.contains("\n" + wanted) ||
               said.startsWith("error") || said.contains("\nerror");
    };
    while (!hasStarted() && child.state() == QProcess::Running) {
        child.waitForReadyRead(30000);
        said += child.readAllStandardOutput();
    }
    said += child.readAllStandardOutput(); // what it said just before it ended by itself
    REQUIRE(hasStarted());
    QThread::msleep(ulong(ms));
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(30000);
    said += child.readAllStandardOutput();
    return QString::fromUtf8(said).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void checkIntegrity(Database &db)
{
    auto ok = Sql::scalar(db, QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(ok.ok());
    REQUIRE(ok->toString() == QStringLiteral("ok"));
}

} // namespace

TEST_CASE(
    "Killed while saving, 200 times: the database opens, is intact and has every reported record",
    "[crash]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("crash.db"));
    {
        REQUIRE(Database::open(path).ok());
    }
    QRandomGenerator rng(20231123);
    QHash<qint64, int> reported; // record id -> the n it was saved with
    int next = 0;
    for (int round = 0; round < 200; ++round) {
        const QStringList lines =
            runAndKill({QStringLiteral("records"), path, QString::number(next)},
                       int(rng.bounded(0, 40)), QStringLiteral("saved "));
        for (const QString &line : lines) {
            REQUIRE_FALSE(line.startsWith(QStringLiteral("error")));
            if (line.startsWith(QStringLiteral("saved "))) {
                const QStringList parts = line.split(QLatin1Char(' '));
                reported.insert(parts[1].toLongLong(), parts[2].toInt());
                next = parts[2].toInt() + 1;
            }
        }
        next += 1000; // a record cut off before it was reported may or may not be there
        INFO("round " << round);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        checkIntegrity(*db.value());
    }
    REQUIRE(reported.size() >= 200); // each round saved at least once before it was killed
    auto db = Database::open(path);
    REQUIRE(db.ok());
    RecordRepository repo(*db.value());
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        auto r = repo.get(LedgerTypes::meeting(), it.key());
        REQUIRE(r.ok());
        CHECK(r->text(QStringLiteral("topic")) == QStringLiteral("第%1次会议议题").arg(it.value()));
        CHECK(r->text(QStringLiteral("discussion")) ==
              QStringLiteral("讨论内容").repeated(1 + it.value() % 50));
    }
}

TEST_CASE("Killed while attaching files: every reported attachment is stored whole", "[crash]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("att.db"));
    {
        REQUIRE(Database::open(path).ok());
    }
    QDir().mkpath(dir.path(QStringLiteral("files")));
    for (int i = 0; i < 40; ++i) {
        testing::writeFile(
            dir.path(QStringLiteral("files/photo%1.jpg").arg(i, 2, 10, QLatin1Char('0'))),
            QByteArray(200000 + i * 1000, char('a' + i % 26)));
    }
    QRandomGenerator rng(7);
    for (int round = 0; round < 30; ++round) {
        const QStringList lines =
            runAndKill({QStringLiteral("attachments"), path, dir.path(QStringLiteral("files"))},
                       int(rng.bounded(1, 30)));
        auto db = Database::open(path);
        REQUIRE(db.ok());
        checkIntegrity(*db.value());
        for (const QString &line : lines) {
            if (!line.startsWith(QStringLiteral("attached "))) {
                continue;
            }
            const QString sha = line.split(QLatin1Char(' ')).at(2);
            const QString stored = QDir(Attachments(*db.value()).storeFolder())
                                       .filePath(sha.left(2) + QLatin1Char('/') + sha);
            auto actual = Attachments::sha256Of(stored);
            REQUIRE(actual.ok());
            CHECK(actual.value() == sha);
        }
    }
}

TEST_CASE("Killed while migrating: the old version or the new one, never a mixture", "[crash]")
{
    QRandomGenerator rng(11);
    int sawOld = 0, sawNew = 0;
    for (int round = 0; round < 40; ++round) {
        testing::Scratch dir;
        const QString path = dir.path(QStringLiteral("old.db"));
        REQUIRE(QFile::copy(testing::dataFile(QStringLiteral("schema-v1.db")), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        runAndKill({QStringLiteral("migrate"), path}, int(rng.bounded(0, 6)));
        OpenOptions look;
        look.migrate = false;
        auto db = Database::open(path, look);
        INFO((db ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        checkIntegrity(*db.value());
        const int version = db.value()->schemaVersion();
        const int tables =
            Sql::scalar(*db.value(),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                       "type = 'table' AND name IN ('audit_log', 'meeting')"))
                .value()
                .toInt();
        INFO("version " << version << ", tables " << tables);
        // Each step is one transaction: version and tables always agree.
        CHECK((version == 1 || version == 2 || version == Migrations::latestVersion()));
        CHECK(tables == (version >= 3 ? 2 : version == 2 ? 1 : 0));
        (version == 1 ? sawOld : sawNew)++;
        // And whatever state it was left in, opening it normally finishes the job.
        db.value().reset();
        auto again = Database::open(path);
        REQUIRE(again.ok());
        CHECK(again.value()->schemaVersion() == Migrations::latestVersion());
    }
    CHECK(sawNew > 0);
}

TEST_CASE("A full disk while saving gives a clear error, and what was saved before is intact",
          "[crash][disk]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("full.db"));
    {
        REQUIRE(Database::open(path).ok());
    }
    QProcess child;
    // A 2 MB file-size limit stands in for a full disk; SIGXFSZ is ignored so the write
    // fails with an error, as it would on a full disk, instead of killing the process.
    child.setChildProcessModifier([] {
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = {2 * 1024 * 1024, 2 * 1024 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    child.start(QStringLiteral(CRASH_CHILD_PATH),
                {QStringLiteral("records"), path, QStringLiteral("0")});
    REQUIRE(child.waitForFinished(120000));
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(child.exitCode() == 1);
    REQUIRE_FALSE(lines.isEmpty());
    INFO(lines.last().toStdString());
    CHECK(lines.last().contains(QStringLiteral("could not be written to the disk")));
    int saved = 0;
    for (const QString &line : lines) {
        saved += line.startsWith(QStringLiteral("saved ")) ? 1 : 0;
    }
    REQUIRE(saved > 50);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    checkIntegrity(*db.value());
    CHECK(
        Sql::scalar(*db.value(), QStringLiteral("SELECT count(*) FROM meeting")).value().toInt() ==
        saved);
}
