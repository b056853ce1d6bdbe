#include "TestSupport.h"
#include "test_documents_support.h"

#include "committee/CommitteeProfile.h"
#include "documents/DocumentExport.h"
#include "documents/Documents.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleReader.h"
#include "exchange/RecordExchange.h"
#include "exchange/TownshipOverview.h"
#include "ledger/DemoData.h"
#include "ledger/LedgerTypes.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace committee;

namespace {

Record profileNamed(const QString &name)
{
    Record p = DemoCommittee::profile();
    p.values.insert(QStringLiteral("name"), name);
    return p;
}

std::unique_ptr<Database> committeeDb(const testing::Scratch &dir, const QString &file,
                                      const QString &name, const QString &progress)
{
    auto db = testing::openSeeded(dir.path(file));
    REQUIRE_OK(CommitteeProfile(*db).save(profileNamed(name), DemoCommittee::members()));
    REQUIRE_OK(DemoData::fill(*db, 1, QDate(2026, 9, 30)));
    if (!progress.isEmpty()) {
        QuarterlySheets sheets(*db);
        auto sheet = sheets.draft(2026, 3, QDate(2026, 9, 28));
        REQUIRE_OK(sheet);
        sheet->values.insert(QStringLiteral("progress"), progress);
        sheet->values.insert(QStringLiteral("status"), QStringLiteral("推进滞后"));
        REQUIRE_OK(sheets.save(sheet.value()));
    }
    return db;
}

Bundle exported(Database &db, const QDate &from, const QDate &to)
{
    auto bytes = BundleExport::build(db, BundleOptions{from, to});
    REQUIRE_OK(bytes);
    auto bundle = BundleReader::read(bytes.value());
    REQUIRE_OK(bundle);
    return bundle.value();
}

std::unique_ptr<Database> overviewDb(const testing::Scratch &dir)
{
    auto db = Database::open(dir.path(QStringLiteral("township.db")));
    REQUIRE_OK(db);
    REQUIRE_OK(TownshipOverview(*db.value()).create(QStringLiteral("青枫街道")));
    return std::move(db).value();
}

const QDate q3from(2026, 7, 1);
const QDate q3to(2026, 9, 30);

} // namespace

TEST_CASE("An export imported into the township overview gives the same records", "[township]")
{
    testing::Scratch dir;
    auto committee =
        committeeDb(dir, QStringLiteral("a.db"), QStringLiteral("桂花湾社区居民委员会"),
                    QStringLiteral("按期完成"));
    auto township = overviewDb(dir);
    TownshipOverview overview(*township);
    auto outcome = overview.import(exported(*committee, q3from, q3to), QStringLiteral("a.cdx"));
    REQUIRE_OK(outcome);
    CHECK_FALSE(outcome->replaced);

    int total = 0;
    QList<const RecordType *> types = LedgerTypes::all();
    types << &LedgerTypes::agendaItem() << &QuarterlySheets::type();
    for (const RecordType *type : types) {
        INFO(type->id.toStdString());
        // What the committee holds for the period, as the export describes it...
        auto bundle = exported(*committee, q3from, q3to);
        const QJsonArray sent =
            QJsonDocument::fromJson(
                bundle.files.value(QStringLiteral("records/%1.json").arg(type->id)))
                .array();
        // ...is what the township has, record by record.
        auto received = overview.records(outcome->submission.importId, type->id);
        REQUIRE_OK(received);
        REQUIRE(received->size() == sent.size());
        for (int i = 0; i < sent.size(); ++i) {
            CHECK(QJsonDocument::fromJson(received->at(i)).object() == sent[i].toObject());
        }
        total += int(sent.size());
    }
    CHECK(total == outcome->submission.records);
    // And against the committee's own database: the quarter's meetings, by topic.
    auto meetings = Sql::exec(*committee, QStringLiteral("SELECT topic FROM meeting WHERE held_on "
                                                         "BETWEEN '2026-07-01' AND '2026-09-30' "
                                                         "AND deleted_at IS NULL ORDER BY id"));
    QStringList topics;
    while (meetings->next()) {
        topics << meetings->value(0).toString();
    }
    QStringList imported;
    for (const QByteArray &json :
         overview.records(outcome->submission.importId, QStringLiteral("meeting")).value()) {
        imported << QJsonDocument::fromJson(json)[QStringLiteral("topic")].toString();
    }
    imported.sort();
    topics.sort();
    CHECK(imported == topics);
}

TEST_CASE("Re-importing a committee's period replaces the earlier import and says so", "[township]")
{
    testing::Scratch dir;
    auto committee = committeeDb(dir, QStringLiteral("a.db"),
                                 QStringLiteral("桂花湾社区居民委员会"), QStringLiteral("第一版"));
    auto township = overviewDb(dir);
    TownshipOverview overview(*township);
    auto first = overview.import(exported(*committee, q3from, q3to), QStringLiteral("first.cdx"));
    REQUIRE_OK(first);

    // The committee corrects its sheet and sends the quarter again.
    QuarterlySheets sheets(*committee);
    auto sheet = sheets.find(2026, 3);
    REQUIRE(sheet->has_value());
    Record corrected = sheet->value();
    corrected.values.insert(QStringLiteral("progress"), QStringLiteral("第二版"));
    REQUIRE_OK(sheets.save(corrected));
    auto second = overview.import(exported(*committee, q3from, q3to), QStringLiteral("second.cdx"));
    REQUIRE_OK(second);
    CHECK(second->replaced);
    CHECK(second->submission.importId == first->submission.importId);

    auto all = overview.submissions();
    REQUIRE(all->size() == 1);
    CHECK(all->first().bundleName == QStringLiteral("second.cdx"));
    auto rows = overview.quarterlySheets(2026, 3);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().progress == QStringLiteral("第二版"));

    auto trail = AuditLog::forRecord(*township, QStringLiteral("township_import"),
                                     first->submission.importId);
    REQUIRE_OK(trail);
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(1).action == QStringLiteral("update"));
    CHECK(trail->at(1).oldValue.startsWith(QStringLiteral("first.cdx")));
    CHECK(trail->at(1).newValue.startsWith(QStringLiteral("second.cdx")));

    // A different period of the same committee is a separate import.
    auto year = overview.import(exported(*committee, QDate(2026, 1, 1), QDate(2026, 12, 31)),
                                QStringLiteral("year.cdx"));
    REQUIRE_OK(year);
    CHECK_FALSE(year->replaced);
    CHECK(overview.submissions()->size() == 2);
}

TEST_CASE("The overview names the committees that have not submitted", "[township]")
{
    testing::Scratch dir;
    auto a = committeeDb(dir, QStringLiteral("a.db"), QStringLiteral("桂花湾社区居民委员会"),
                         QStringLiteral("甲社区本季度进展"));
    auto b =
        committeeDb(dir, QStringLiteral("b.db"), QStringLiteral("石板村村民委员会"), QString());
    auto township = overviewDb(dir);
    TownshipOverview overview(*township);
    REQUIRE_OK(
        overview.addCommittee(QStringLiteral("石板村村民委员会"), QStringLiteral("village")));
    REQUIRE_OK(
        overview.addCommittee(QStringLiteral("龙井村村民委员会"), QStringLiteral("village")));
    REQUIRE_OK(overview.addCommittee(QStringLiteral("白鹤村村民委员会"), QString()));
    CHECK(overview.addCommittee(QStringLiteral("龙井村村民委员会"), QString()).error().kind ==
          Error::Kind::Conflict);
    CHECK(overview.missing(q3from, q3to)->size() == 3);

    REQUIRE_OK(overview.import(exported(*a, q3from, q3to), QStringLiteral("a.cdx")));
    REQUIRE_OK(overview.import(exported(*b, q3from, q3to), QStringLiteral("b.cdx")));
    // 石板村 was added by hand and is now matched by its name: still three committees.
    auto committees = overview.committees();
    REQUIRE(committees->size() == 4);
    auto missing = overview.missing(q3from, q3to);
    REQUIRE(missing->size() == 2);
    CHECK(missing->at(0).name == QStringLiteral("白鹤村村民委员会"));
    CHECK(missing->at(1).name == QStringLiteral("龙井村村民委员会"));
    // A quarter nobody sent: everyone is missing.
    CHECK(overview.missing(QDate(2026, 10, 1), QDate(2026, 12, 31))->size() == 4);

    // The township's 附件2 summary: the sheet sent, one bundle without a sheet, one missing.
    auto filled = Documents::fill(*township, QStringLiteral("township-quarterly"),
                                  DocumentRequest{.year = 2026, .quarter = 3});
    REQUIRE_OK(filled);
    const QString html = filled->html;
    CHECK(html.contains(QStringLiteral("青枫街道2026年第3季度村（社区）重点任务办理情况汇总表")));
    CHECK(html.contains(QStringLiteral("甲社区本季度进展")));
    CHECK(html.contains(QStringLiteral("推进滞后")));
    CHECK(html.contains(QStringLiteral("未附办理情况表")));
    CHECK(html.contains(QStringLiteral("未报送：白鹤村村民委员会、龙井村村民委员会。")));
    CHECK(html.contains(QStringLiteral("共4个村（社区），已报送2个，其中附办理情况表1个")));
    auto page = DocumentExport::render(*township, QStringLiteral("township-quarterly"),
                                       DocumentRequest{.year = 2026, .quarter = 3},
                                       DocumentExport::Format::Html);
    REQUIRE_OK(page);
    documents_test::checkGolden(QStringLiteral("township_quarterly.html"),
                                documents_test::normalisedHtml(QString::fromUtf8(page.value())));
}

TEST_CASE("Only an overview takes imports, and a committee's database is never one", "[township]")
{
    testing::Scratch dir;
    auto a =
        committeeDb(dir, QStringLiteral("a.db"), QStringLiteral("桂花湾社区居民委员会"), QString());
    const Bundle bundle = exported(*a, q3from, q3to);
    CHECK(TownshipOverview(*a).import(bundle, QStringLiteral("a.cdx")).error().kind ==
          Error::Kind::Invalid);
    CHECK(TownshipOverview(*a).create(QStringLiteral("x")).error().kind == Error::Kind::Conflict);
    CHECK_FALSE(TownshipOverview::isOverview(*a).value());
    auto township = overviewDb(dir);
    CHECK(TownshipOverview::isOverview(*township).value());
}
