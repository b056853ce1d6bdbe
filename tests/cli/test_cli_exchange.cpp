// export, verify and import on the command line: the round trip into a township overview,
// encrypted bundles with a password file, and one clear line with a non-zero exit otherwise.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using testing::checkOneLineError;
using testing::cli;

TEST_CASE("CLI: export, verify and import a bundle", "[cli][bundle]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("committee.db"));
    const QString township = dir.path(QStringLiteral("township.db"));
    const QString bundle = dir.path(QStringLiteral("q3.cdx"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--years"),
                 QStringLiteral("1")})
                .exitCode == 0);

    auto exported =
        cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"), bundle,
             QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
             QStringLiteral("2026-09-30")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("checked")));

    auto verified = cli({QStringLiteral("verify"), bundle});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.startsWith(QStringLiteral("OK: ")));
    CHECK(verified.out.contains(QStringLiteral("2026-07-01 to 2026-09-30")));

    auto imported = cli({QStringLiteral("--db"), township, QStringLiteral("import"), bundle});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported ")));
    auto again = cli({QStringLiteral("--db"), township, QStringLiteral("import"), bundle});
    CHECK(again.exitCode == 0);
    CHECK(again.out.startsWith(QStringLiteral("Replaced the earlier import")));

    auto summary = cli({QStringLiteral("--db"), township, QStringLiteral("report"),
                        QStringLiteral("township"), QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--quarter"), QStringLiteral("3"),
                        QStringLiteral("--out"), dir.path(QStringLiteral("summary.pdf"))});
    CHECK(summary.exitCode == 0);
    CHECK(testing::fileBytes(dir.path(QStringLiteral("summary.pdf"))).startsWith("%PDF"));

    // A committee's own database is not an overview.
    checkOneLineError(cli({QStringLiteral("--db"), db, QStringLiteral("import"), bundle}), 1);

    // A damaged bundle: one line, exit 1, nothing imported.
    QByteArray bytes = testing::fileBytes(bundle);
    testing::writeFile(dir.path(QStringLiteral("cut.cdx")), bytes.left(bytes.size() / 2));
    auto cut = cli({QStringLiteral("verify"), dir.path(QStringLiteral("cut.cdx"))});
    checkOneLineError(cut, 1);
    CHECK(cut.err.contains(QStringLiteral("incomplete")));
    checkOneLineError(cli({QStringLiteral("--db"), township, QStringLiteral("import"),
                           dir.path(QStringLiteral("cut.cdx"))}),
                      1);
}

TEST_CASE("CLI: an encrypted bundle needs its password file", "[cli][bundle]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("committee.db"));
    const QString bundle = dir.path(QStringLiteral("sealed.cdx"));
    const QString password = dir.path(QStringLiteral("password.txt"));
    const QString wrong = dir.path(QStringLiteral("wrong.txt"));
    testing::writeFile(password, "石板村2026\n");
    testing::writeFile(wrong, "guess\n");
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--years"),
                 QStringLiteral("1")})
                .exitCode == 0);

    // Sensitive fields without a password: a usage error, and no file.
    checkOneLineError(cli({QStringLiteral("--db"), db, QStringLiteral("export"),
                           QStringLiteral("--out"), bundle, QStringLiteral("--include-sensitive")}),
                      2);
    CHECK_FALSE(QFile::exists(bundle));

    auto sealed =
        cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"), bundle,
             QStringLiteral("--include-sensitive"), QStringLiteral("--password-file"), password});
    INFO(sealed.err.toStdString());
    REQUIRE(sealed.exitCode == 0);

    auto noPassword = cli({QStringLiteral("verify"), bundle});
    checkOneLineError(noPassword, 1);
    CHECK(noPassword.err.contains(QStringLiteral("needs its password")));
    auto wrongPassword =
        cli({QStringLiteral("verify"), bundle, QStringLiteral("--password-file"), wrong});
    checkOneLineError(wrongPassword, 1);
    CHECK(wrongPassword.err.contains(QStringLiteral("password is wrong")));
    auto right =
        cli({QStringLiteral("verify"), bundle, QStringLiteral("--password-file"), password});
    CHECK(right.exitCode == 0);
    CHECK(right.out.contains(QStringLiteral("encrypted")));

    // Wrong command lines.
    checkOneLineError(cli({QStringLiteral("verify")}), 2);
    checkOneLineError(cli({QStringLiteral("--db"), db, QStringLiteral("export"),
                           QStringLiteral("--out"), dir.path(QStringLiteral("x.zip"))}),
                      2);
    checkOneLineError(
        cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"), bundle,
             QStringLiteral("--from"), QStringLiteral("2026-13-01")}),
        2);
    checkOneLineError(cli({QStringLiteral("verify"), bundle, QStringLiteral("--password-file"),
                           dir.path(QStringLiteral("none.txt"))}),
                      1);
}

TEST_CASE("CLI: on a Chinese system the messages are in Chinese", "[cli]")
{
    // Each command's own messages, and those from core.
    auto book = testing::cliInChinese({QStringLiteral("logbook"), QStringLiteral("--book"),
                                       QStringLiteral("x"), QStringLiteral("--year"),
                                       QStringLiteral("2026")});
    checkOneLineError(book, 2);
    CHECK(book.err.contains(QStringLiteral("未知的记录本“x”")));
    testing::Scratch dir;
    testing::writeFile(dir.path(QStringLiteral("x.cdx")), "not a bundle");
    auto bundle =
        testing::cliInChinese({QStringLiteral("verify"), dir.path(QStringLiteral("x.cdx"))});
    checkOneLineError(bundle, 1);
    CHECK(bundle.err.contains(QStringLiteral("此文件不是数据包")));
}
