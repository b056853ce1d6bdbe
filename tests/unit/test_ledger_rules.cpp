#include "TestSupport.h"

#include "ledger/LedgerRules.h"
#include "ledger/LedgerTypes.h"
#include "ledger/MeetingRules.h"
#include "ledger/RequestMatcher.h"
#include "ledger/Terms.h"
#include "records/RecordRepository.h"
#include "records/Validation.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"

#include <catch2/catch.hpp>

#include <QDate>

using namespace committee;

namespace {
Record withValues(QVariantMap values, QVariantMap context = {})
{
    Record r;
    r.values = std::move(values);
    r.context = std::move(context);
    return r;
}
QStringList warningsOf(const RecordType &type, const Record &r)
{
    return type.warnings ? type.warnings(r) : QStringList();
}
} // namespace

TEST_CASE("Quorum and majority at their boundaries", "[rules][meetings]")
{
    const auto representatives = MeetingRules::forKind(QStringLiteral("representatives"));
    const auto villagers = MeetingRules::forKind(QStringLiteral("villagers"));
    const auto party = MeetingRules::forKind(QStringLiteral("party"));
    REQUIRE(representatives);
    REQUIRE(villagers);
    REQUIRE(party);
    // Two thirds of 30 is 20: 20 present is enough, 19 is not.
    CHECK(MeetingRules::quorumProblem(*representatives, 30, 20).isEmpty());
    CHECK_FALSE(MeetingRules::quorumProblem(*representatives, 30, 19).isEmpty());
    // Two thirds of 31 is 20.67: 21 are needed.
    CHECK_FALSE(MeetingRules::quorumProblem(*representatives, 31, 20).isEmpty());
    CHECK(MeetingRules::quorumProblem(*representatives, 31, 21).isEmpty());
    // More than half of 100 villagers: 51, not 50.
    CHECK(MeetingRules::quorumProblem(*villagers, 100, 51).isEmpty());
    CHECK(MeetingRules::quorumProblem(*villagers, 100, 50).contains(QStringLiteral("51")));
    // Representatives: more than half of those present.
    CHECK(MeetingRules::motionProblem(*representatives, 30, 20, 11).isEmpty());
    CHECK_FALSE(MeetingRules::motionProblem(*representatives, 30, 20, 10).isEmpty());
    // Party assembly: more than half of all members, whoever came.
    CHECK(MeetingRules::motionProblem(*party, 42, 30, 22).isEmpty());
    CHECK(MeetingRules::motionProblem(*party, 42, 30, 21).contains(QStringLiteral("22")));
    CHECK_FALSE(MeetingRules::forKind(QStringLiteral("other")).has_value()); // no rule, no warning

    const RecordType &meeting = LedgerTypes::meeting();
    auto rep = [](int members, int present) {
        return withValues({{QStringLiteral("kind"), QStringLiteral("representatives")},
                           {QStringLiteral("members"), members},
                           {QStringLiteral("present"), present}});
    };
    CHECK(warningsOf(meeting, rep(30, 20)).isEmpty());
    CHECK(warningsOf(meeting, rep(30, 19)).size() == 1);
    // More present than members is an error, not a warning.
    const auto errors = Validation::check(meeting, rep(30, 31).values);
    CHECK(std::any_of(errors.begin(), errors.end(),
                      [](const FieldError &e) { return e.field == QLatin1String("present"); }));

    const RecordType &agenda = LedgerTypes::agendaItem();
    const QVariantMap context{{QStringLiteral("kind"), QStringLiteral("representatives")},
                              {QStringLiteral("members"), 30},
                              {QStringLiteral("present"), 20}};
    CHECK(warningsOf(agenda, withValues({{QStringLiteral("votes_for"), 11},
                                         {QStringLiteral("votes_against"), 9}},
                                        context))
              .isEmpty());
    CHECK(warningsOf(agenda, withValues({{QStringLiteral("votes_for"), 10},
                                         {QStringLiteral("votes_against"), 10}},
                                        context))
              .size() == 1);
    CHECK(warningsOf(agenda, withValues({{QStringLiteral("votes_for"), 15},
                                         {QStringLiteral("votes_against"), 6}},
                                        context))
              .first()
              .contains(QStringLiteral("21")));
}

TEST_CASE("四议两公开 steps are completed in order", "[rules][decisions]")
{
    const RecordType &decision = LedgerTypes::decision();
    QVariantMap v{{QStringLiteral("matter"), QStringLiteral("集体土地流转方案")},
                  {QStringLiteral("origin"), QStringLiteral("cadres")},
                  {QStringLiteral("proposed_on"), QDate(2024, 3, 1)}};
    CHECK(Validation::check(decision, v).isEmpty());
    CHECK(decision.progress(withValues(v)).contains(QStringLiteral("Two committees")));

    // Step 4 before steps 2 and 3: refused, naming the step it needs first.
    v.insert(QStringLiteral("resolved_on"), QDate(2024, 3, 20));
    auto errors = Validation::check(decision, v);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("resolved_on"));
    CHECK(errors[0].message.contains(QStringLiteral("3. Party members' assembly")));

    v.insert(QStringLiteral("discussed_on"), QDate(2024, 3, 5));
    v.insert(QStringLiteral("reviewed_on"), QDate(2024, 3, 10));
    CHECK(Validation::check(decision, v).isEmpty());
    CHECK(decision.progress(withValues(v)).contains(QStringLiteral("Resolution disclosed")));

    // A step dated before the one it follows is refused; the same day is fine.
    v.insert(QStringLiteral("reviewed_on"), QDate(2024, 3, 4));
    CHECK(Validation::check(decision, v).size() == 1);
    v.insert(QStringLiteral("reviewed_on"), QDate(2024, 3, 5));
    CHECK(Validation::check(decision, v).isEmpty());

    v.insert(QStringLiteral("resolution_disclosed_on"), QDate(2024, 3, 21));
    v.insert(QStringLiteral("result_disclosed_on"), QDate(2024, 6, 1));
    CHECK(decision.progress(withValues(v)) == QStringLiteral("All steps done"));
}

TEST_CASE("Disclosures: workflow order and the minimum display time", "[rules][disclosures]")
{
    const RecordType &disclosure = LedgerTypes::disclosure();
    QVariantMap v{{QStringLiteral("title"), QStringLiteral("2024年第一季度公开")},
                  {QStringLiteral("category"), QStringLiteral("government")},
                  {QStringLiteral("channel"), QStringLiteral("both")},
                  {QStringLiteral("drafted_on"), QDate(2024, 1, 8)},
                  {QStringLiteral("reviewed_on"), QDate(2024, 1, 10)},
                  {QStringLiteral("fixed_on"), QDate(2024, 1, 12)},
                  {QStringLiteral("posted_on"), QDate(2024, 1, 15)},
                  {QStringLiteral("signed_by"), QStringList{QStringLiteral("陈敏")}},
                  {QStringLiteral("seals"), QStringLiteral("both")}};
    CHECK(Validation::check(disclosure, v).isEmpty());

    // Ten days on the board is enough; one day short is not.
    v.insert(QStringLiteral("taken_down_on"), QDate(2024, 1, 25));
    CHECK(warningsOf(disclosure, withValues(v)).isEmpty());
    v.insert(QStringLiteral("taken_down_on"), QDate(2024, 1, 24));
    REQUIRE(warningsOf(disclosure, withValues(v)).size() == 1);
    CHECK(warningsOf(disclosure, withValues(v)).first().contains(QStringLiteral("2024-01-25")));
    // Online only: the board's rule does not apply.
    v.insert(QStringLiteral("channel"), QStringLiteral("online"));
    CHECK(warningsOf(disclosure, withValues(v)).isEmpty());
    v.insert(QStringLiteral("channel"), QStringLiteral("both"));

    // Finance: a full month. Posted 31 January 2024, the month ends on 29 February.
    v.insert(QStringLiteral("category"), QStringLiteral("finance"));
    v.insert(QStringLiteral("drafted_on"), QDate(2024, 1, 25));
    v.insert(QStringLiteral("reviewed_on"), QDate(2024, 1, 26));
    v.insert(QStringLiteral("fixed_on"), QDate(2024, 1, 27));
    v.insert(QStringLiteral("posted_on"), QDate(2024, 1, 31));
    v.insert(QStringLiteral("taken_down_on"), QDate(2024, 2, 29));
    CHECK(warningsOf(disclosure, withValues(v)).isEmpty());
    v.insert(QStringLiteral("taken_down_on"), QDate(2024, 2, 28));
    CHECK(warningsOf(disclosure, withValues(v)).size() == 1);

    // Posted before the supervisory committee reviewed it: refused.
    v.remove(QStringLiteral("reviewed_on"));
    auto errors = Validation::check(disclosure, v);
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors[0].field == QStringLiteral("fixed_on"));
    // Unsigned and unsealed, once posted: warned.
    v.insert(QStringLiteral("reviewed_on"), QDate(2024, 1, 26));
    v.insert(QStringLiteral("signed_by"), QStringList());
    v.insert(QStringLiteral("seals"), QStringLiteral("none"));
    v.insert(QStringLiteral("taken_down_on"), QDate(2024, 3, 1));
    CHECK(warningsOf(disclosure, withValues(v)).size() == 2);
}

TEST_CASE("Sub-committee size, chair and the required set for a 村 and a 社区",
          "[rules][subcommittees]")
{
    auto members = [](int n) {
        QStringList list;
        for (int i = 0; i < n; ++i) {
            list << QStringLiteral("成员%1").arg(i + 1);
        }
        return list;
    };
    auto problems = [&](int n, const QString &chair) {
        return LedgerRules::subcommitteeProblems(
            {{QStringLiteral("members"), members(n)}, {QStringLiteral("chair"), chair}});
    };
    CHECK(problems(3, QStringLiteral("成员1")).isEmpty());
    CHECK(problems(9, QStringLiteral("成员1")).isEmpty());
    CHECK(problems(2, QStringLiteral("成员1")).size() == 1);
    CHECK(problems(10, QStringLiteral("成员1")).size() == 1);
    CHECK(problems(2, QStringLiteral("主任甲")).isEmpty()); // a chair not in the list counts too
    CHECK(problems(4, QString()).size() == 1);

    auto named = [](const QStringList &names) {
        QList<Record> list;
        for (const QString &n : names) {
            list << withValues({{QStringLiteral("name"), n}});
        }
        return list;
    };
    const QStringList common = {QStringLiteral("人民调解委员会"), QStringLiteral("治安保卫委员会"),
                                QStringLiteral("公共卫生委员会")};
    CHECK(LedgerRules::missingSubcommittees(
              named(common + QStringList{QStringLiteral("妇女和儿童工作委员会")}),
              QStringLiteral("village"))
              .isEmpty());
    // The 2026 name is accepted for the same committee.
    CHECK(LedgerRules::missingSubcommittees(
              named(common + QStringList{QStringLiteral("老年人和妇女儿童工作委员会")}),
              QStringLiteral("village"))
              .isEmpty());
    const auto missing = LedgerRules::missingSubcommittees(
        named(common + QStringList{QStringLiteral("妇女和儿童工作委员会")}),
        QStringLiteral("community"));
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().contains(QStringLiteral("环境和物业管理委员会")));
}

TEST_CASE("The consultation catalogue has 4 to 6 entries a year", "[rules][consultation]")
{
    const RecordType &topic = LedgerTypes::consultationTopic();
    auto catalogue = [](int year, int n) {
        QList<Record> list;
        for (int i = 0; i < n; ++i) {
            list << withValues({{QStringLiteral("year"), year}});
        }
        return list;
    };
    CHECK(topic.listWarnings(catalogue(2024, 4), {}).isEmpty());
    CHECK(topic.listWarnings(catalogue(2024, 6), {}).isEmpty());
    CHECK(topic.listWarnings(catalogue(2024, 3), {}).size() == 1);
    CHECK(topic.listWarnings(catalogue(2024, 7), {}).first().contains(QStringLiteral("2024")));
}

TEST_CASE("Requests from departments: matching and the decision rules", "[rules][requests]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("m.db")));
    const qint64 edition = Editions(*db).current(ListKind::Duties).value().id;
    const auto items = RecordRepository(*db).list(ReferenceTypes::dutyItem(), edition).value();
    auto best = [&](const QString &text) {
        const auto s = RequestMatcher::suggest(text, items);
        return s.isEmpty() ? 0 : s.first().number;
    };
    CHECK(best(QStringLiteral("请社区协助开展消防宣传教育进家庭活动")) == 7);
    CHECK(best(QStringLiteral("协助做好居住证的申领受理")) == 3);
    CHECK(best(QStringLiteral("发现违法建筑请及时劝阻并报告")) == 10);
    CHECK(best(QStringLiteral("家庭暴力告诫书送达后的查访")) == 26);
    CHECK(RequestMatcher::suggest(QStringLiteral("XYZ 123"), items).isEmpty());

    const RecordType &request = LedgerTypes::deptRequest();
    QVariantMap v{{QStringLiteral("received_on"), QDate(2024, 5, 6)},
                  {QStringLiteral("department"), QStringLiteral("街道税务所")},
                  {QStringLiteral("channel"), QStringLiteral("phone")},
                  {QStringLiteral("request"), QStringLiteral("代为催缴辖区企业税费")},
                  {QStringLiteral("duty_number"), 0},
                  {QStringLiteral("decision"), QStringLiteral("declined")}};
    CHECK(Validation::check(request, v).isEmpty());
    v.insert(QStringLiteral("decision"), QStringLiteral("assist"));
    CHECK(Validation::check(request, v).first().field == QStringLiteral("duty_number"));
    v.insert(QStringLiteral("decision"), QStringLiteral("purchased"));
    CHECK(Validation::check(request, v).first().field == QStringLiteral("agreement"));
    v.insert(QStringLiteral("agreement"), QStringLiteral("2024年政府购买服务协议第3号"));
    CHECK(Validation::check(request, v).isEmpty());
    v.insert(QStringLiteral("duty_number"), 7);
    CHECK(Validation::check(request, v).first().field == QStringLiteral("decision"));
}

TEST_CASE("A term that has run out is named, the day after its last day", "[rules][terms]")
{
    auto withTerm = [](const QString &name, const QDate &end) {
        Record r;
        r.values = {{QStringLiteral("name"), name}, {QStringLiteral("term_end"), end}};
        return r;
    };
    const Record profile = withTerm(QStringLiteral("桂花湾社区居民委员会"), QDate(2026, 11, 30));
    const QList<Record> subcommittees = {
        withTerm(QStringLiteral("人民调解委员会"), QDate(2026, 11, 30)),
        withTerm(QStringLiteral("公共卫生委员会"), QDate(2027, 3, 31)),
        withTerm(QStringLiteral("治安保卫委员会"), QDate())}; // no date entered: no warning
    // On the last day the term still runs.
    CHECK(endedTerms(profile, subcommittees, QDate(2026, 11, 30)).isEmpty());
    const auto ended = endedTerms(profile, subcommittees, QDate(2026, 12, 1));
    REQUIRE(ended.size() == 2);
    CHECK(ended[0].name == QStringLiteral("桂花湾社区居民委员会"));
    CHECK(ended[0].endedOn == QDate(2026, 11, 30));
    CHECK(ended[1].name == QStringLiteral("人民调解委员会"));
    CHECK(endedTerms(profile, subcommittees, QDate(2027, 4, 1)).size() == 3);
    CHECK(endedTerms(Record(), {}, QDate(2030, 1, 1)).isEmpty()); // before the set-up

    // Read from a database: a sub-committee in the trash does not count.
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("t.db")));
    RecordRepository repo(*db);
    Record kept = subcommittees[0];
    REQUIRE_OK(repo.insert(LedgerTypes::subcommittee(), kept));
    Record binned = subcommittees[1];
    auto binnedId = repo.insert(LedgerTypes::subcommittee(), binned);
    REQUIRE_OK(binnedId);
    REQUIRE_OK(repo.remove(LedgerTypes::subcommittee(), binnedId.value()));
    auto read = endedTermsIn(*db, QDate(2027, 4, 1));
    REQUIRE_OK(read);
    REQUIRE(read->size() == 1);
    CHECK(read->at(0).name == QStringLiteral("人民调解委员会"));
}
