// report, logbook and notice on the command line: formats by extension, exit codes, one
// line on failure, and files written whole or not at all.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QProcess>

namespace {

using Run = testing::CliRun;
using testing::checkOneLineError;
using testing::cli;

} // namespace

TEST_CASE("CLI: report, logbook and notice write each format", "[cli][documents]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("d.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--years"),
                 QStringLiteral("2")})
                .exitCode == 0);
    const QString year = QString::number(QDate::currentDate().year() - 1);
    for (const char *extension : {"pdf", "odt", "xlsx", "html"}) {
        const QString out = dir.path(QStringLiteral("q.") + QString::fromLatin1(extension));
        auto run =
            cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("quarterly"),
                 QStringLiteral("--year"), year, QStringLiteral("--quarter"), QStringLiteral("2"),
                 QStringLiteral("--out"), out});
        INFO(extension << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("Wrote ")));
        REQUIRE(QFile::exists(out));
    }
    CHECK(testing::fileBytes(dir.path(QStringLiteral("q.pdf"))).startsWith("%PDF"));
    CHECK(testing::fileBytes(dir.path(QStringLiteral("q.odt"))).startsWith("PK"));
    CHECK(testing::fileBytes(dir.path(QStringLiteral("q.xlsx"))).startsWith("PK"));
    const QString html = QString::fromUtf8(testing::fileBytes(dir.path(QStringLiteral("q.html"))));
    CHECK(html.contains(QStringLiteral("进展情况")));
    CHECK(html.contains(QStringLiteral("（%1年第二季度").arg(year)));
    CHECK(html.contains(QStringLiteral("草稿"))); // nothing saved: the draft, marked

    auto book =
        cli({QStringLiteral("--db"), db, QStringLiteral("logbook"), QStringLiteral("--book"),
             QStringLiteral("committee"), QStringLiteral("--year"), year, QStringLiteral("--out"),
             dir.path(QStringLiteral("book.pdf"))});
    INFO(book.err.toStdString());
    CHECK(book.exitCode == 0);
    CHECK(testing::fileBytes(dir.path(QStringLiteral("book.pdf"))).size() > 10000);

    auto commitments = cli({QStringLiteral("--db"), db, QStringLiteral("notice"),
                            QStringLiteral("commitments"), QStringLiteral("--year"), year,
                            QStringLiteral("--out"), dir.path(QStringLiteral("c.pdf"))});
    CHECK(commitments.exitCode == 0);
    const QString declined =
        testing::firstValue(db, QStringLiteral("SELECT id FROM dept_request WHERE "
                                               "decision = 'declined' LIMIT 1"));
    auto decline = cli({QStringLiteral("--db"), db, QStringLiteral("notice"),
                        QStringLiteral("decline"), QStringLiteral("--request"), declined,
                        QStringLiteral("--date"), QStringLiteral("2024-05-06"),
                        QStringLiteral("--out"), dir.path(QStringLiteral("d.html"))});
    CHECK(decline.exitCode == 0);
    CHECK(QString::fromUtf8(testing::fileBytes(dir.path(QStringLiteral("d.html"))))
              .contains(QStringLiteral("2024年5月6日")));
    const QString disclosure =
        testing::firstValue(db, QStringLiteral("SELECT id FROM disclosure LIMIT 1"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("notice"), QStringLiteral("disclosure"),
               QStringLiteral("--disclosure"), disclosure, QStringLiteral("--out"),
               dir.path(QStringLiteral("p.odt"))})
              .exitCode == 0);
}

TEST_CASE("CLI: logbook --help lists the kinds, and wrong command lines exit 2", "[cli][documents]")
{
    auto help = cli({QStringLiteral("logbook"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *kind :
         {"committee", "consultation", "supervision", "decisions", "assistance", "outside-list"}) {
        CHECK(help.out.contains(QString::fromLatin1(kind)));
    }
    CHECK(cli({QStringLiteral("report"), QStringLiteral("--help")})
              .out.contains(QStringLiteral("--quarter")));
    CHECK(cli({QStringLiteral("notice"), QStringLiteral("--help")})
              .out.contains(QStringLiteral("--request")));

    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("u.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 0);
    const QString out = dir.path(QStringLiteral("x.pdf"));
    const QList<QStringList> wrong = {
        {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
         QStringLiteral("2024"), QStringLiteral("--quarter"), QStringLiteral("5"),
         QStringLiteral("--out"), out},
        {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
         QStringLiteral("2024"), QStringLiteral("--quarter"), QStringLiteral("1"),
         QStringLiteral("--out"), dir.path(QStringLiteral("x.docx"))},
        {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
         QStringLiteral("2024"), QStringLiteral("--quarter"), QStringLiteral("1")},
        {QStringLiteral("report"), QStringLiteral("yearly"), QStringLiteral("--year"),
         QStringLiteral("2024")},
        {QStringLiteral("logbook"), QStringLiteral("--book"), QStringLiteral("diary"),
         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"), out},
        {QStringLiteral("logbook"), QStringLiteral("--book"), QStringLiteral("committee"),
         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--to"),
         QStringLiteral("2023"), QStringLiteral("--out"), out},
        {QStringLiteral("notice"), QStringLiteral("decline"), QStringLiteral("--out"), out},
        {QStringLiteral("notice"), QStringLiteral("poster"), QStringLiteral("--out"), out},
    };
    for (const QStringList &args : wrong) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        checkOneLineError(cli(QStringList{QStringLiteral("--db"), db} + args), 2);
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("CLI: a failed document is one line, exit 1, and never replaces a file",
          "[cli][documents]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("f.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--years"),
                 QStringLiteral("1")})
                .exitCode == 0);
    const QString out = dir.path(QStringLiteral("notice.pdf"));
    testing::writeFile(out, "the clerk's earlier copy");
    const QString assisted =
        testing::firstValue(db, QStringLiteral("SELECT id FROM dept_request WHERE "
                                               "duty_number > 0 LIMIT 1"));
    // A request on the list is not declined with this notice.
    auto onList =
        cli({QStringLiteral("--db"), db, QStringLiteral("notice"), QStringLiteral("decline"),
             QStringLiteral("--request"), assisted, QStringLiteral("--out"), out});
    checkOneLineError(onList, 1);
    CHECK(onList.err.contains(QStringLiteral("checklist item")));
    CHECK(testing::fileBytes(out) == "the clerk's earlier copy");

    auto missing = cli({QStringLiteral("--db"), db, QStringLiteral("notice"),
                        QStringLiteral("disclosure"), QStringLiteral("--disclosure"),
                        QStringLiteral("999999"), QStringLiteral("--out"), out});
    checkOneLineError(missing, 1);
    CHECK(testing::fileBytes(out) == "the clerk's earlier copy");

    auto noFolder =
        cli({QStringLiteral("--db"), db, QStringLiteral("logbook"), QStringLiteral("--book"),
             QStringLiteral("committee"), QStringLiteral("--year"),
             QString::number(QDate::currentDate().year()), QStringLiteral("--out"),
             dir.path(QStringLiteral("no/such/folder/book.pdf"))});
    checkOneLineError(noFolder, 1);

    auto noDatabase = cli(
        {QStringLiteral("--db"), dir.path(QStringLiteral("missing.db")), QStringLiteral("report"),
         QStringLiteral("quarterly"), QStringLiteral("--year"), QStringLiteral("2024"),
         QStringLiteral("--quarter"), QStringLiteral("1"), QStringLiteral("--out"), out});
    checkOneLineError(noDatabase, 1);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("missing.db"))));
}
