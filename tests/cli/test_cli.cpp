#include "CliRunner.h"
#include "TestSupport.h"

#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

using Run = testing::CliRun;
using testing::checkOneLineError;
using testing::cli;

} // namespace

TEST_CASE("CLI: version and help", "[cli]")
{
    auto version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("committee-desk-cli 0.")));
    auto help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("reference")));
    CHECK(help.out.contains(QStringLiteral("--db FILE")));
}

TEST_CASE("CLI: a wrong command line exits 2 with one line", "[cli]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("x.db"));
    auto unknown = cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));

    auto badFormat = cli({QStringLiteral("--db"), db, QStringLiteral("reference"),
                          QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    checkOneLineError(badFormat);
    CHECK(badFormat.err.contains(QStringLiteral("xml")));

    auto noValue = cli({QStringLiteral("--db")});
    CHECK(noValue.exitCode == 2);
    checkOneLineError(noValue);
}

TEST_CASE("CLI: init creates the database and is safe to repeat", "[cli]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("deep/folder/c.db"));
    auto first = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(
        QStringLiteral("version %1").arg(committee::Migrations::latestVersion())));
    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.exitCode == 0);
    auto text = cli({QStringLiteral("--db"), db, QStringLiteral("reference")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("7. 协助开展消防宣传教育")));
    CHECK(text.out.contains(QStringLiteral("(25) 开展渝北区“十佳”城乡社区治理优秀案例评选活动")));
    // Running init twice did not load the lists twice.
    auto json = cli({QStringLiteral("--db"), db, QStringLiteral("reference"),
                     QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("duties")).toArray().size() == 27);
    CHECK(json.out.startsWith(QStringLiteral("{\"duties\":[{\"number\":1,\"name\":")));
}

TEST_CASE("CLI: errors give exit 1 and one clear line", "[cli]")
{
    testing::Scratch dir;

    SECTION("a folder that cannot be created")
    {
        testing::writeFile(dir.path(QStringLiteral("afile")), "x");
        auto run = cli({QStringLiteral("--db"), dir.path(QStringLiteral("afile/sub/c.db")),
                        QStringLiteral("init")});
        CHECK(run.exitCode == 1);
        checkOneLineError(run);
        CHECK(run.err.contains(QStringLiteral("afile")));
    }
    SECTION("a folder where nothing can be written")
    {
        auto run = cli({QStringLiteral("--db"), QStringLiteral("/proc/committee-desk-test/c.db"),
                        QStringLiteral("init")});
        CHECK(run.exitCode == 1);
        checkOneLineError(run);
    }
    SECTION("a corrupt file")
    {
        const QString path = dir.path(QStringLiteral("corrupt.db"));
        const QByteArray junk = QByteArray("This is a spreadsheet, not a database.").repeated(200);
        testing::writeFile(path, junk);
        auto run = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        CHECK(run.exitCode == 1);
        checkOneLineError(run);
        CHECK(run.err.contains(QStringLiteral("not a usable")));
        CHECK(testing::fileBytes(path) == junk);
    }
    SECTION("a newer schema")
    {
        const QString path = dir.path(QStringLiteral("newer.db"));
        REQUIRE(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto run = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        CHECK(run.exitCode == 1);
        checkOneLineError(run);
        CHECK(run.err.contains(QStringLiteral("newer version")));
    }
    SECTION("a database that does not exist, for reading")
    {
        auto run = cli({QStringLiteral("--db"), dir.path(QStringLiteral("missing.db")),
                        QStringLiteral("reference")});
        CHECK(run.exitCode == 1);
        checkOneLineError(run);
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("missing.db"))));
    }
}

TEST_CASE("CLI: demo fills an empty database once", "[cli]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("demo.db"));
    auto first = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("桂花湾社区居民委员会")));
    auto second = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(second.exitCode == 1);
    checkOneLineError(second);
}

TEST_CASE("CLI: records list and import", "[cli][records]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("r.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--years"),
                 QStringLiteral("2")})
                .exitCode == 0);

    auto json = cli({QStringLiteral("--db"), db, QStringLiteral("records"), QStringLiteral("list"),
                     QStringLiteral("--type"), QStringLiteral("meeting"), QStringLiteral("--year"),
                     QString::number(QDate::currentDate().year() - 1)});
    CHECK(json.exitCode == 0);
    const QJsonArray meetings = QJsonDocument::fromJson(json.out.toUtf8()).array();
    // A full year: 4 representatives', 4 party, 8 consultation, 12 joint, 1 villagers'.
    CHECK(meetings.size() == 29);

    auto csv = cli({QStringLiteral("--db"), db, QStringLiteral("records"), QStringLiteral("list"),
                    QStringLiteral("--type"), QStringLiteral("assist_entry"),
                    QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("id,worked_on,duty_number,detailed_task,department")));
    // Each row starts with the id a notice or a link asks for.
    const QStringList csvLines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(csvLines.size() > 1);
    const QString firstId = csvLines[1].section(QLatin1Char(','), 0, 0);
    CHECK(firstId.toLongLong() > 0);

    auto unknown =
        cli({QStringLiteral("--db"), db, QStringLiteral("records"), QStringLiteral("list"),
             QStringLiteral("--type"), QStringLiteral("gossip")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);

    const QString bad = dir.path(QStringLiteral("bad.csv"));
    testing::writeFile(bad, QStringLiteral("worked_on,duty_number,department,work_done\n"
                                           "2024-05-01,7,街道应急办,消防宣传\n"
                                           "2024-05-02,7,,消防宣传\n")
                                .toUtf8());
    auto refused =
        cli({QStringLiteral("--db"), db, QStringLiteral("records"), QStringLiteral("import"),
             QStringLiteral("--type"), QStringLiteral("assist_entry"), bad});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(refused.err.contains(QStringLiteral("Line 3")));
    CHECK(refused.err.contains(QStringLiteral("Requesting department")));

    const QString good = dir.path(QStringLiteral("good.csv"));
    testing::writeFile(good, QByteArray("\xEF\xBB\xBF") +
                                 QStringLiteral("worked_on,duty_number,department,work_done\n"
                                                "2024-05-01,7,街道应急办,消防宣传\n")
                                     .toUtf8());
    auto imported =
        cli({QStringLiteral("--db"), db, QStringLiteral("records"), QStringLiteral("import"),
             QStringLiteral("--type"), QStringLiteral("assist_entry"), good});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1")));
}
