#include "TestSupport.h"

#include "committee/CommitteeProfile.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "obligations/MeasureSuggestion.h"
#include "obligations/ObligationEngine.h"
#include "obligations/ObligationService.h"
#include "obligations/ObligationStore.h"
#include "records/RecordRepository.h"
#include "storage/AuditLog.h"

#include <catch2/catch.hpp>

using namespace committee;
using State = ObligationStatus::State;

namespace {

Obligation obligation(const QString &cadence, int required, const QString &type,
                      QVariantMap equals = {})
{
    Obligation o;
    o.code = QStringLiteral("test");
    o.title = QStringLiteral("测试义务");
    o.cadence = cadence;
    o.requiredCount = required;
    o.evidence.type = type;
    o.evidence.equals = std::move(equals);
    return o;
}

Record meetingOn(QDate day, const QString &kind, qint64 id)
{
    Record r;
    r.id = id;
    r.values = {{QStringLiteral("held_on"), day},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("topic"), QStringLiteral("议题%1").arg(id)}};
    return r;
}

ObligationStatus evaluate(const Obligation &o, const QList<Record> &records, QDate today,
                          const QString &kind = QStringLiteral("village"), int horizon = 14)
{
    return ObligationEngine::evaluate(o, LedgerTypes::byId(o.evidence.type), records,
                                      {today, kind, horizon});
}

} // namespace

TEST_CASE("Quarterly: counted per quarter, at the last and first day of a quarter", "[obligations]")
{
    const Obligation twice = obligation(QStringLiteral("quarterly"), 2, QStringLiteral("meeting"),
                                        {{QStringLiteral("kind"), QStringLiteral("consultation")}});
    const QList<Record> meetings = {
        meetingOn(QDate(2024, 1, 20), QStringLiteral("consultation"), 1),
        meetingOn(QDate(2024, 3, 31), QStringLiteral("consultation"), 2),
        meetingOn(QDate(2024, 4, 1), QStringLiteral("consultation"), 3),
        meetingOn(QDate(2024, 4, 2), QStringLiteral("joint"), 4)};
    struct Row {
        QDate today;
        State state;
        int count;
    };
    const QList<Row> table = {
        {QDate(2024, 3, 30), State::DueSoon, 1},   // the 31 March meeting has not happened yet
        {QDate(2024, 3, 31), State::Done, 2},      // last day of Q1
        {QDate(2024, 4, 1), State::InProgress, 1}, // first day of Q2: a new count
        {QDate(2024, 6, 20), State::DueSoon, 1},   // 10 days before the quarter ends
        {QDate(2024, 7, 1), State::InProgress, 0}, // Q3, nothing yet
    };
    for (const Row &row : table) {
        INFO(row.today.toString(Qt::ISODate).toStdString());
        const ObligationStatus s = evaluate(twice, meetings, row.today);
        CHECK(s.state == row.state);
        CHECK(s.count == row.count);
    }
    const ObligationStatus q1 = evaluate(twice, meetings, QDate(2024, 3, 31));
    CHECK(q1.periodStart == QDate(2024, 1, 1));
    CHECK(q1.deadline == QDate(2024, 3, 31));
    REQUIRE(q1.evidence.size() == 2);
    CHECK(q1.evidence[1].id == 2);
    CHECK(q1.summary == QStringLiteral("2 of 2 this quarter"));
    CHECK(evaluate(twice, meetings, QDate(2024, 6, 30)).summary ==
          QStringLiteral("1 of 2 this quarter"));
}

TEST_CASE("Yearly: a deadline passed with too few is overdue; a 社区 is not bound by the 村 rule",
          "[obligations]")
{
    Obligation four = obligation(QStringLiteral("yearly"), 4, QStringLiteral("meeting"),
                                 {{QStringLiteral("kind"), QStringLiteral("representatives")}});
    four.appliesTo = QStringLiteral("village");
    QList<Record> meetings;
    for (int q = 0; q < 3; ++q) {
        meetings << meetingOn(QDate(2023, q * 3 + 2, 10), QStringLiteral("representatives"), q + 1);
    }
    CHECK(evaluate(four, meetings, QDate(2023, 12, 31)).state == State::DueSoon);
    CHECK(evaluate(four, meetings, QDate(2024, 1, 1)).state == State::InProgress); // a new year
    CHECK(evaluate(four, meetings, QDate(2024, 1, 1)).count == 0);
    CHECK(evaluate(four, meetings, QDate(2023, 6, 1)).state == State::InProgress);
    CHECK(evaluate(four, meetings, QDate(2023, 12, 31), QStringLiteral("community")).state ==
          State::NotApplicable);
    meetings << meetingOn(QDate(2023, 11, 10), QStringLiteral("representatives"), 9);
    CHECK(evaluate(four, meetings, QDate(2023, 12, 31)).state == State::Done);

    // With its own deadline (commitments by 28 February).
    Obligation early = obligation(QStringLiteral("yearly"), 1, QStringLiteral("meeting"));
    early.dueDates = {{2, 28}};
    CHECK(evaluate(early, {}, QDate(2024, 2, 28)).state == State::DueSoon);
    CHECK(evaluate(early, {}, QDate(2024, 2, 29)).state ==
          State::Overdue); // leap day, one day late
    const ObligationStatus late = evaluate(
        early, {meetingOn(QDate(2024, 2, 29), QStringLiteral("joint"), 1)}, QDate(2024, 3, 1));
    CHECK(late.state == State::Done); // done, but said to be late
    CHECK(late.summary.contains(QStringLiteral("late")));
}

TEST_CASE("Fixed dates: the 15th of Jan/Apr/Jul/Oct, with the display time one day short",
          "[obligations]")
{
    Obligation general = obligation(QStringLiteral("fixed_dates"), 1, QStringLiteral("disclosure"));
    general.dueDates = {{1, 15}, {4, 15}, {7, 15}, {10, 15}};
    general.evidence.dateKey = QStringLiteral("posted_on");
    general.evidence.displayOk = true;
    auto posted = [](QDate day, int daysUp, qint64 id) {
        Record r;
        r.id = id;
        r.values = {{QStringLiteral("title"), QStringLiteral("季度公开")},
                    {QStringLiteral("category"), QStringLiteral("government")},
                    {QStringLiteral("channel"), QStringLiteral("board")},
                    {QStringLiteral("drafted_on"), day.addDays(-5)},
                    {QStringLiteral("posted_on"), day},
                    {QStringLiteral("taken_down_on"), day.addDays(daysUp)}};
        return r;
    };
    // Posted on the day and kept up 10 days: done, until the next date draws near.
    const ObligationStatus april =
        evaluate(general, {posted(QDate(2024, 4, 15), 10, 1)}, QDate(2024, 4, 20));
    CHECK(april.state == State::Done);
    CHECK(april.deadline == QDate(2024, 4, 15));
    CHECK(april.summary.contains(QStringLiteral("2024-07-15")));
    // The obligation's own display time, as edited, is what counts.
    Obligation longer = general;
    longer.displayDays = 12;
    CHECK(evaluate(longer, {posted(QDate(2024, 4, 15), 10, 1)}, QDate(2024, 4, 30)).state ==
          State::Overdue);
    CHECK(evaluate(longer, {posted(QDate(2024, 4, 15), 12, 1)}, QDate(2024, 4, 30)).state ==
          State::Done);
    // Kept up only 9 days: it does not count, and the date is missed.
    const ObligationStatus shortOne =
        evaluate(general, {posted(QDate(2024, 4, 15), 9, 1)}, QDate(2024, 4, 30));
    CHECK(shortOne.state == State::Overdue);
    CHECK(shortOne.deadline == QDate(2024, 4, 15));
    // Before a date, within the horizon: due soon; well before: in progress.
    CHECK(evaluate(general, {posted(QDate(2024, 4, 15), 12, 1)}, QDate(2024, 7, 5)).state ==
          State::DueSoon);
    CHECK(evaluate(general, {posted(QDate(2024, 4, 15), 12, 1)}, QDate(2024, 7, 16)).state ==
          State::Overdue);
    // Nothing posted in April: the missed date is what shows, in red.
    CHECK(evaluate(general, {}, QDate(2024, 7, 5)).state == State::Overdue);
    // After 15 October: the next one is 15 January of the next year.
    const ObligationStatus december = evaluate(general, {posted(QDate(2024, 10, 15), 12, 1)},
                                               QDate(2024, 12, 20), QStringLiteral("village"), 30);
    CHECK(december.state == State::DueSoon);
    CHECK(december.deadline == QDate(2025, 1, 15));
    CHECK(december.periodStart == QDate(2024, 10, 16));

    // 29 February as a due date falls on the 28th in other years.
    Obligation leap = obligation(QStringLiteral("fixed_dates"), 1, QStringLiteral("disclosure"));
    leap.dueDates = {{2, 29}};
    CHECK(evaluate(leap, {}, QDate(2023, 2, 20)).deadline == QDate(2023, 2, 28));
    CHECK(evaluate(leap, {}, QDate(2024, 2, 20)).deadline == QDate(2024, 2, 29));
}

TEST_CASE("Monthly, daily and at-all-times obligations", "[obligations]")
{
    Obligation finance = obligation(QStringLiteral("monthly"), 1, QStringLiteral("disclosure"),
                                    {{QStringLiteral("category"), QStringLiteral("finance")}});
    finance.evidence.dateKey = QStringLiteral("posted_on");
    finance.evidence.displayOk = true;
    Record feb;
    feb.id = 1;
    feb.values = {{QStringLiteral("category"), QStringLiteral("finance")},
                  {QStringLiteral("channel"), QStringLiteral("board")},
                  {QStringLiteral("posted_on"), QDate(2024, 2, 29)},
                  {QStringLiteral("taken_down_on"), QDate(2024, 3, 29)}};
    CHECK(evaluate(finance, {feb}, QDate(2024, 2, 29)).state == State::Done);
    CHECK(evaluate(finance, {feb}, QDate(2024, 3, 1)).state == State::InProgress);
    feb.values.insert(QStringLiteral("taken_down_on"), QDate(2024, 3, 28)); // one day short
    CHECK(evaluate(finance, {feb}, QDate(2024, 3, 1)).count == 0);

    const Obligation patrol = obligation(QStringLiteral("daily"), 1, QStringLiteral("assist_entry"),
                                         {{QStringLiteral("duty_number"), 10}});
    Record log;
    log.id = 3;
    log.values = {{QStringLiteral("worked_on"), QDate(2024, 5, 6)},
                  {QStringLiteral("duty_number"), 10}};
    CHECK(evaluate(patrol, {log}, QDate(2024, 5, 6)).state == State::Done);
    CHECK(evaluate(patrol, {log}, QDate(2024, 5, 7)).state == State::DueSoon);

    const Obligation standing =
        obligation(QStringLiteral("standing"), 0, QStringLiteral("subcommittee"));
    auto named = [](const QString &name) {
        Record r;
        r.values = {
            {QStringLiteral("name"), name},
            {QStringLiteral("chair"), QStringLiteral("甲")},
            {QStringLiteral("members"),
             QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}}};
        return r;
    };
    const QList<Record> village = {
        named(QStringLiteral("人民调解委员会")), named(QStringLiteral("治安保卫委员会")),
        named(QStringLiteral("公共卫生委员会")), named(QStringLiteral("妇女和儿童工作委员会"))};
    CHECK(evaluate(standing, village, QDate(2024, 1, 1), QStringLiteral("village")).state ==
          State::Done);
    const ObligationStatus community =
        evaluate(standing, village, QDate(2024, 1, 1), QStringLiteral("community"));
    CHECK(community.state == State::Overdue);
    CHECK(community.summary.contains(QStringLiteral("环境和物业管理委员会")));
}

TEST_CASE("Obligations are data: loaded once, edited, restored, and a finalized record amended",
          "[obligations]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("o.db")));
    REQUIRE_OK(ObligationStore::ensureLoaded(*db));
    REQUIRE_OK(ObligationStore::ensureLoaded(*db));
    auto all = ObligationStore::all(*db);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 16);
    CHECK(all->at(4).dueDates.size() == 4);
    CHECK(all->at(4).evidence.displayOk);

    RecordRepository repo(*db);
    auto rows = repo.list(ObligationStore::type()).value();
    Record consultation = rows[2];
    REQUIRE(consultation.text(QStringLiteral("code")) == QStringLiteral("consultation_meetings"));
    ObligationService service(*db);
    const QDate day(2024, 3, 31);

    // An edited obligation: three consultations a quarter instead of two.
    Record meeting1, meeting2;
    meeting1.values = {{QStringLiteral("kind"), QStringLiteral("consultation")},
                       {QStringLiteral("number"), 1},
                       {QStringLiteral("held_on"), QDate(2024, 1, 20)},
                       {QStringLiteral("topic"), QStringLiteral("加装电梯")}};
    meeting2 = meeting1;
    meeting2.values.insert(QStringLiteral("held_on"), QDate(2024, 3, 1));
    REQUIRE_OK(repo.insert(LedgerTypes::meeting(), meeting1));
    auto second = repo.insert(LedgerTypes::meeting(), meeting2);
    REQUIRE_OK(second);
    CHECK(service.statusOn(day).value()[2].state == State::Done);
    consultation.values.insert(QStringLiteral("required_count"), 3);
    REQUIRE_OK(repo.update(ObligationStore::type(), consultation));
    CHECK(service.statusOn(day).value()[2].state == State::DueSoon);
    REQUIRE_OK(repo.restoreOfficial(ObligationStore::type(), consultation.id));
    CHECK(service.statusOn(day).value()[2].state == State::Done);

    // A record amended after finalization counts by its amended values.
    REQUIRE_OK(repo.finalize(LedgerTypes::meeting(), second.value()));
    Record moved = repo.get(LedgerTypes::meeting(), second.value()).value();
    moved.values.insert(QStringLiteral("held_on"), QDate(2024, 4, 2));
    REQUIRE_OK(repo.amend(LedgerTypes::meeting(), moved, QStringLiteral("日期记错")));
    const ObligationStatus after = service.statusOn(day).value()[2];
    CHECK(after.state == State::DueSoon);
    CHECK(after.count == 1);
    // A record in the trash is not evidence.
    CHECK(service.statusOn(QDate(2024, 6, 30)).value()[2].count == 1);
}

TEST_CASE(
    "The quarterly sheet's status is suggested by the obligations, and an override is recorded",
    "[obligations][quarterly]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("s.db")));
    REQUIRE_OK(CommitteeProfile(*db).save(DemoCommittee::profile(), DemoCommittee::members()));
    const QDate after(2024, 8, 1);
    auto empty = MeasureSuggestion::forQuarter(*db, 2024, 2, after);
    REQUIRE_OK(empty);
    CHECK(empty->perMeasure.value(19) == MeasureSuggestion::Status::Behind); // no consultations
    CHECK(empty->overall == MeasureSuggestion::Status::Behind);

    RecordRepository repo(*db);
    for (const QDate day : {QDate(2024, 4, 20), QDate(2024, 6, 30)}) {
        Record m;
        m.values = {{QStringLiteral("kind"), QStringLiteral("consultation")},
                    {QStringLiteral("number"), 1},
                    {QStringLiteral("held_on"), day},
                    {QStringLiteral("topic"), QStringLiteral("协商议题")}};
        REQUIRE_OK(repo.insert(LedgerTypes::meeting(), m));
    }
    auto two = MeasureSuggestion::forQuarter(*db, 2024, 2, after);
    REQUIRE_OK(two);
    CHECK(two->perMeasure.value(19) == MeasureSuggestion::Status::OnSchedule);
    CHECK(two->reasons.value(19).join(QString()).contains(QStringLiteral("2 of 2")));

    // The draft leaves the status to the clerk, with the suggestion beside it; choosing
    // otherwise is kept in the sheet's history.
    QuarterlySheets sheets(*db);
    auto draft = sheets.draft(2024, 2, after);
    REQUIRE_OK(draft);
    CHECK(draft->text(QStringLiteral("status")).isEmpty());
    const QString suggested = sheets.suggestion(2024, 2, after);
    CHECK(suggested ==
          QuarterlySheets::statusOptions().value(1)); // 推进滞后: other measures are behind
    Record sheet = draft.value();
    sheet.values.insert(QStringLiteral("status"), QuarterlySheets::statusOptions().value(0));
    auto id = sheets.save(sheet);
    REQUIRE_OK(id);
    auto trail = AuditLog::forRecord(*db, QuarterlySheets::type().table, id.value());
    REQUIRE_OK(trail);
    CHECK(std::any_of(trail->begin(), trail->end(), [&](const AuditEntry &e) {
        return e.field == QLatin1String("status_override") && e.oldValue == suggested;
    }));
    auto versions = sheets.versions(id.value());
    REQUIRE_OK(versions);
    CHECK(versions->last().note.contains(suggested));
}
