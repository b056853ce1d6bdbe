// The 四议两公开 record's meeting steps: which agenda item is the matter's, the figures as
// printed (blank where nobody recorded one, never an uncounted 0), and the decisions logbook
// filling them from the meetings a matter links to.
#include "test_documents_support.h"

#include "documents/DocumentContext.h"
#include "documents/TemplateStore.h"
#include "documents/providers/DecisionSteps.h"
#include "documents/providers/Providers.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDate>

using namespace committee;
using DecisionSteps::AgendaVotes;
using DecisionSteps::LinkedMeeting;

namespace {

AgendaVotes item(const QString &title)
{
    return AgendaVotes{title, 20, 1, 0};
}

qint64 idOf(Database &db, const QString &sql)
{
    auto v = Sql::scalar(db, sql);
    REQUIRE_OK(v);
    return v->toLongLong();
}

} // namespace

TEST_CASE("四议两公开: the agenda item that is the matter's", "[documents][decisions]")
{
    const QString matter = QStringLiteral("2025年集体资产出租方案");
    const AgendaVotes parking = item(QStringLiteral("停车位划线与收费方案"));
    // The matter's own title, spaces of either width aside, before any other.
    CHECK(DecisionSteps::agendaItemFor(
              matter, {parking, item(QStringLiteral("2025年　集体资产 出租方案"))}) == 1);
    CHECK(DecisionSteps::agendaItemFor(
              matter, {item(QStringLiteral("审议2025年集体资产出租方案")), item(matter)}) == 1);
    // Else the one title that holds the matter or is held by it.
    CHECK(DecisionSteps::agendaItemFor(
              matter, {parking, item(QStringLiteral("审议2025年集体资产出租方案"))}) == 1);
    CHECK(DecisionSteps::agendaItemFor(matter,
                                       {item(QStringLiteral("集体资产出租方案")), parking}) == 0);
    // Two such titles, or one too short to say anything ("方案"): no telling which.
    CHECK(DecisionSteps::agendaItemFor(matter,
                                       {item(QStringLiteral("集体资产出租方案")),
                                        item(QStringLiteral("审议2025年集体资产出租方案"))}) == -1);
    CHECK(DecisionSteps::agendaItemFor(matter, {item(QStringLiteral("方案")), parking}) == -1);
    // A meeting with one item decided this matter, whatever the item is called.
    CHECK(DecisionSteps::agendaItemFor(matter, {parking}) == 0);
    CHECK(DecisionSteps::agendaItemFor(QString(), {parking}) == 0);
    CHECK(DecisionSteps::agendaItemFor(QString(), {parking, parking}) == -1);
    CHECK(DecisionSteps::agendaItemFor(matter, {}) == -1);
}

TEST_CASE("四议两公开: a step's figures are blank where unknown, and a recorded 0 prints",
          "[documents][decisions]")
{
    const QString matter = QStringLiteral("集体资产出租方案");
    // No meeting linked: nothing printed, room to write.
    const DecisionSteps::Figures none = DecisionSteps::figures(matter, std::nullopt);
    CHECK(none.expected.isEmpty());
    CHECK(none.present.isEmpty());
    CHECK(none.votesFor.isEmpty());
    CHECK(none.votesAgainst.isEmpty());
    CHECK(none.votesAbstain.isEmpty());

    // Present and an abstention not recorded; no one against, recorded as 0.
    const DecisionSteps::Figures partly = DecisionSteps::figures(
        matter, LinkedMeeting{35, QVariant(), {AgendaVotes{matter, 28, 0, QVariant()}}});
    CHECK(partly.expected == QStringLiteral("35"));
    CHECK(partly.present.isEmpty());
    CHECK(partly.votesFor == QStringLiteral("28"));
    CHECK(partly.votesAgainst == QStringLiteral("0"));
    CHECK(partly.votesAbstain.isEmpty());

    // Several items, none of them the matter: the attendance prints, the votes stay blank.
    const DecisionSteps::Figures otherItems = DecisionSteps::figures(
        matter, LinkedMeeting{
                    9, 8, {item(QStringLiteral("路灯维修")), item(QStringLiteral("助餐点选址"))}});
    CHECK(otherItems.expected == QStringLiteral("9"));
    CHECK(otherItems.present == QStringLiteral("8"));
    CHECK(otherItems.votesFor.isEmpty());
    CHECK(otherItems.votesAgainst.isEmpty());
    CHECK(otherItems.votesAbstain.isEmpty());
}

TEST_CASE("The decisions logbook takes each step's figures from the meeting it links to",
          "[documents][decisions]")
{
    testing::Scratch dir;
    auto db = documents_test::knownCommittee(dir.path(QStringLiteral("d.db")));
    RecordRepository repo(*db);
    // The representatives' meeting (30 expected, 24 present, its one item 22/1/1) resolved
    // the matter; a consultation meeting with a second, unrelated item discussed it; the
    // Party members' assembly is dated but linked to no meeting; the result's disclosure
    // was deleted after it was linked.
    const qint64 representatives =
        idOf(*db, QStringLiteral("SELECT id FROM meeting WHERE kind = 'representatives'"));
    const qint64 consultation = idOf(
        *db, QStringLiteral("SELECT id FROM meeting WHERE kind = 'consultation' AND number = 1"));
    Record other;
    other.parentId = consultation;
    other.values = {{QStringLiteral("title"), QStringLiteral("楼道照明改造")},
                    {QStringLiteral("votes_for"), 20}};
    REQUIRE_OK(repo.insert(LedgerTypes::agendaItem(), other));
    const qint64 disclosure = idOf(*db, QStringLiteral("SELECT id FROM disclosure LIMIT 1"));
    auto decision = repo.get(LedgerTypes::decision(),
                             idOf(*db, QStringLiteral("SELECT id FROM decision LIMIT 1")));
    REQUIRE_OK(decision);
    Record d = decision.value();
    d.values.insert(QStringLiteral("discussed_on"), QDate(2024, 2, 25));
    d.values.insert(QStringLiteral("discussed_meeting"), consultation);
    d.values.insert(QStringLiteral("reviewed_on"), QDate(2024, 3, 1));
    d.values.insert(QStringLiteral("resolved_on"), QDate(2024, 3, 5));
    d.values.insert(QStringLiteral("resolved_meeting"), representatives);
    d.values.insert(QStringLiteral("resolution_disclosed_on"), QDate(2024, 3, 8));
    d.values.insert(QStringLiteral("resolution_disclosure"), disclosure);
    d.values.insert(QStringLiteral("result_disclosed_on"), QDate(2024, 3, 30));
    d.values.insert(QStringLiteral("result_disclosure"), 999999);
    REQUIRE_OK(repo.update(LedgerTypes::decision(), d));

    TemplateStore templates;
    auto context = DocumentContext::create(*db, templates, DocumentFlavor::Print);
    REQUIRE_OK(context);
    DocumentRequest year;
    year.year = 2024;
    auto values = Providers::decisionsBook(context.value(), year);
    REQUIRE_OK(values);
    const QVariantList sections = values->value(QStringLiteral("sections")).toList();
    REQUIRE(sections.size() == 1);
    const QVariantList matters =
        sections.first().toMap().value(QStringLiteral("decisions")).toList();
    REQUIRE(matters.size() == 1);
    const QVariantMap page = matters.first().toMap();
    auto cell = [&page](const char *step, const char *key) {
        return page.value(QString::fromLatin1(step))
            .toMap()
            .value(QString::fromLatin1(key))
            .toString();
    };

    CHECK(cell("resolved", "number") == QStringLiteral("1"));
    CHECK(cell("resolved", "kind") == QStringLiteral("居民代表会议"));
    CHECK(cell("resolved", "expected") == QStringLiteral("30"));
    CHECK(cell("resolved", "present") == QStringLiteral("24"));
    CHECK(cell("resolved", "for") == QStringLiteral("22"));
    CHECK(cell("resolved", "against") == QStringLiteral("1"));
    CHECK(cell("resolved", "abstain") == QStringLiteral("1"));

    CHECK(cell("discussed", "kind") == QStringLiteral("协商会议"));
    CHECK(cell("discussed", "expected") == QStringLiteral("30"));
    CHECK(cell("discussed", "present") == QStringLiteral("24"));
    CHECK(cell("discussed", "for").isEmpty());
    CHECK(cell("discussed", "against").isEmpty());

    CHECK_FALSE(
        page.value(QStringLiteral("reviewed")).toMap().value(QStringLiteral("linked")).toBool());
    for (const char *key : {"expected", "present", "for", "against", "abstain"}) {
        INFO(key);
        CHECK(cell("reviewed", key).isEmpty());
    }
    CHECK(page.value(QStringLiteral("resolution_disclosure")).toString() ==
          QStringLiteral("2024年1月财务收支公开"));
    CHECK(page.value(QStringLiteral("result_disclosure")).toString().isEmpty());
}
