#include "TestSupport.h"

#include "exchange/Csv.h"
#include "exchange/RecordExchange.h"
#include "ledger/DemoData.h"
#include "ledger/LedgerTypes.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

using namespace committee;

namespace {
int rows(Database &db, const QString &table)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).value().toInt();
}
const QByteArray kHeader = "worked_on,duty_number,department,work_done,minutes\r\n";
} // namespace

TEST_CASE("CSV is read as Excel and WPS write it", "[exchange][csv]")
{
    const auto table =
        Csv::parse("\xEF\xBB\xBF"
                   "a,b,c\r\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n2,\"two\nlines\",z\r\n\r\n");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0] ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(table.rows[1][1] == QStringLiteral("x, y"));
    CHECK(table.rows[1][2] == QStringLiteral("he said \"hi\""));
    CHECK(table.rows[2][1] == QStringLiteral("two\nlines"));
    CHECK(table.lineOfRow == QList<int>{1, 2, 3});
    // Written with a BOM, so Excel opens the Chinese text correctly.
    CHECK(Csv::write(table.rows)
              .startsWith("\xEF\xBB\xBF"
                          "a,b,c\r\n"));
    const auto back = Csv::parse(Csv::write(table.rows));
    CHECK(back.rows == table.rows);
}

TEST_CASE("Importing a CSV with bad rows imports nothing and names every row and field",
          "[exchange][import]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("i.db")));
    const QByteArray content = "\xEF\xBB\xBF" + kHeader +
                               QStringLiteral("2024-03-05,7,街道应急办,开展季度消防安全宣传,90\r\n"
                                              "2024-03-06,,派出所,入户登记,30\r\n"
                                              "2024-02-30,10,城管,巡查,abc\r\n")
                                   .toUtf8();
    auto result = RecordExchange::import(*db, LedgerTypes::assistEntry(),
                                         QStringLiteral("台账.csv"), content);
    REQUIRE_FALSE(result.ok());
    const QString message = result.error().message;
    CHECK(message.contains(QStringLiteral("台账.csv")));
    CHECK(message.contains(QStringLiteral("Line 3: “Checklist item no.” must be filled in.")));
    CHECK(message.contains(QStringLiteral("Line 4: “Date” must be a date")));
    CHECK(
        message.contains(QStringLiteral("Line 4: “Time spent (minutes)” must be a whole number")));
    CHECK_FALSE(message.contains(QStringLiteral("Line 2")));
    CHECK(rows(*db, QStringLiteral("assist_entry")) == 0);
}

TEST_CASE("A good CSV, with a BOM or in GBK, imports every row", "[exchange][import]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("g.db")));
    const QString body = QStringLiteral("2024-03-05,7,街道应急办,开展季度消防安全宣传,90\r\n"
                                        "2024/3/6,3,派出所,\"受理居住证申领，核对材料\",30\r\n");
    SECTION("UTF-8 with a BOM")
    {
        auto r = RecordExchange::import(*db, LedgerTypes::assistEntry(), QStringLiteral("a.csv"),
                                        "\xEF\xBB\xBF" + kHeader + body.toUtf8());
        REQUIRE_OK(r);
        CHECK(r->imported == 2);
        CHECK_FALSE(r->decodedAsGbk);
    }
    SECTION("GBK, as older Excel saves CSV in China: decoded correctly")
    {
        QStringEncoder gbk("GB18030");
        REQUIRE(gbk.isValid());
        const QByteArray encoded = gbk.encode(QString::fromUtf8(kHeader) + body);
        auto r = RecordExchange::import(*db, LedgerTypes::assistEntry(), QStringLiteral("a.csv"),
                                        encoded);
        REQUIRE_OK(r);
        CHECK(r->imported == 2);
        CHECK(r->decodedAsGbk);
    }
    CHECK(
        Sql::scalar(*db, QStringLiteral("SELECT work_done FROM assist_entry WHERE duty_number = 3"))
            .value()
            .toString() == QStringLiteral("受理居住证申领，核对材料"));
    CHECK(
        Sql::scalar(*db, QStringLiteral("SELECT worked_on FROM assist_entry WHERE duty_number = 3"))
            .value()
            .toString() == QStringLiteral("2024-03-06"));
}

TEST_CASE("Records go out as JSON and CSV and come back the same", "[exchange]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("x.db")));
    REQUIRE_OK(DemoData::fill(*db, 1, QDate(2024, 12, 31)));
    RecordQuery all;
    auto json = RecordExchange::toJson(*db, LedgerTypes::triageCase(), all);
    REQUIRE_OK(json);
    const QJsonArray cases = QJsonDocument::fromJson(json.value()).array();
    REQUIRE(cases.size() == 12);
    // "parties" names residents: it is sensitive and left out unless asked for.
    CHECK_FALSE(cases[0].toObject().contains(QStringLiteral("parties")));
    ExchangeOptions sensitive;
    sensitive.includeSensitive = true;
    CHECK(QJsonDocument::fromJson(
              RecordExchange::toJson(*db, LedgerTypes::triageCase(), all, sensitive).value())
              .array()[0]
              .toObject()
              .contains(QStringLiteral("parties")));

    auto csv = RecordExchange::toCsv(*db, LedgerTypes::meeting(), all);
    REQUIRE_OK(csv);
    testing::Scratch other;
    auto copy = testing::openSeeded(other.path(QStringLiteral("copy.db")));
    auto imported =
        RecordExchange::import(*copy, LedgerTypes::meeting(), QStringLiteral("m.csv"), csv.value());
    REQUIRE_OK(imported);
    CHECK(imported->imported == rows(*db, QStringLiteral("meeting")));
    // Same rows but for the ids, which are the copy's own; meetings on the same day may come
    // out in another order.
    auto sortedLines = [](const QByteArray &bytes) {
        QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
        for (QString &line : lines) {
            line = line.section(QLatin1Char(','), 1);
        }
        lines.sort();
        return lines;
    };
    CHECK(sortedLines(RecordExchange::toCsv(*copy, LedgerTypes::meeting(), all).value()) ==
          sortedLines(csv.value()));

    auto back = RecordExchange::import(*copy, LedgerTypes::triageCase(), QStringLiteral("c.json"),
                                       json.value());
    REQUIRE_OK(back);
    CHECK(back->imported == 12);
}

TEST_CASE("Demo data follows the real cadences", "[demo]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("demo.db")));
    auto filled = DemoData::fill(*db, 2, QDate(2024, 12, 31));
    REQUIRE_OK(filled);
    auto count = [&](const QString &sql) {
        return Sql::scalar(*db, sql).value().toInt();
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'representatives' AND "
                               "held_on LIKE '2024%'")) == 4);
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM meeting WHERE kind = 'villagers' AND held_on LIKE '2023%'")) ==
          1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'consultation' AND "
                               "held_on BETWEEN '2024-04-01' AND '2024-06-30'")) == 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM disclosure WHERE category = 'finance' AND "
                               "posted_on LIKE '2024%'")) == 11);
    CHECK(count(QStringLiteral("SELECT count(*) FROM disclosure WHERE posted_on = '2024-07-15'")) ==
          3);
    CHECK(count(QStringLiteral("SELECT count(*) FROM consultation_topic WHERE year = 2024")) == 5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM meeting WHERE held_on > '2024-12-31'")) == 0);
    // The same seed gives the same data.
    testing::Scratch again;
    auto db2 = testing::openSeeded(again.path(QStringLiteral("demo.db")));
    REQUIRE(DemoData::fill(*db2, 2, QDate(2024, 12, 31))->records == filled->records);
}
