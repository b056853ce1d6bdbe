// The document pipeline's core: templates, the quarterly sheet and its limits, evidence,
// frozen values and the template override folder.
#include "test_documents_support.h"

#include "committee/CommitteeProfile.h"
#include "documents/DocumentContext.h"
#include "documents/Documents.h"
#include "documents/TemplateEngine.h"
#include "documents/TemplateStore.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "records/Validation.h"
#include "reference/Editions.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QJsonArray>

using namespace committee;
using documents_test::knownCommittee;

namespace {

Record sheetFor(int year, int quarter, const QString &progress)
{
    Record sheet;
    sheet.values = {{QStringLiteral("year"), year},
                    {QStringLiteral("quarter"), quarter},
                    {QStringLiteral("township"), QStringLiteral("青枫街道")},
                    {QStringLiteral("filled_on"), QDate(year, quarter * 3, 28)},
                    {QStringLiteral("progress"), progress},
                    {QStringLiteral("problems"),
                     QStringLiteral("协商会议记录不够规范，下季度统一使用记录本。")},
                    {QStringLiteral("status"), QStringLiteral("正常推进")},
                    {QStringLiteral("contact"), QStringLiteral("王秀英")},
                    {QStringLiteral("phone"), QStringLiteral("023-67001234")}};
    return sheet;
}

QString html(Database &db, const QString &id, const DocumentRequest &request)
{
    auto filled = Documents::fill(db, id, request, DocumentFlavor::Web);
    REQUIRE_OK(filled);
    return filled->html;
}

} // namespace

TEST_CASE("Templates: values, escaping, sections, partials and missing names", "[documents]")
{
    const TemplateEngine engine([](const QString &name) {
        return name == QLatin1String("row") ? QStringLiteral("<td>{{name}}</td>") : QString();
    });
    const QVariantMap data{
        {QStringLiteral("title"), QStringLiteral("A & B <c>\n第二行")},
        {QStringLiteral("raw"), QStringLiteral("<b>x</b>")},
        {QStringLiteral("people"),
         QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("张立新")}},
                      QVariantMap{{QStringLiteral("name"), QStringLiteral("王秀英")}}}},
        {QStringLiteral("empty"), QVariantList()},
        {QStringLiteral("zero"), 0},
        {QStringLiteral("form"), QVariantMap{{QStringLiteral("label"), QStringLiteral("镇街")}}}};
    CHECK(engine.render(QStringLiteral("{{title}}"), data) ==
          QStringLiteral("A &amp; B &lt;c&gt;<br/>第二行"));
    CHECK(engine.render(QStringLiteral("{{{raw}}}|{{&raw}}"), data) ==
          QStringLiteral("<b>x</b>|<b>x</b>"));
    CHECK(engine.render(QStringLiteral("{{#people}}<tr>{{> row}}</tr>{{/people}}"), data) ==
          QStringLiteral("<tr><td>张立新</td></tr><tr><td>王秀英</td></tr>"));
    CHECK(engine.render(QStringLiteral("{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}"), data) ==
          QStringLiteral("none"));
    CHECK(engine.render(QStringLiteral("{{#zero}}x{{/zero}}{{^zero}}0{{/zero}}"), data) ==
          QStringLiteral("0"));
    CHECK(engine.render(QStringLiteral("{{form.label}}{{#form}}={{label}}{{/form}}"), data) ==
          QStringLiteral("镇街=镇街"));
    // Names the data lacks print nothing; an inner name hides an outer one.
    CHECK(engine.render(QStringLiteral("[{{missing}}]{{#people}}{{title}}{{/people}}"), data)
              .startsWith(QStringLiteral("[]A &amp; B")));
    CHECK(engine.render(QStringLiteral("{{! note }}ok{{"), data) == QStringLiteral("ok{{"));
    // A partial that includes itself stops instead of recursing for ever.
    const TemplateEngine loop([](const QString &) { return QStringLiteral("x{{> self}}"); });
    CHECK(loop.render(QStringLiteral("{{> self}}"), {}).size() < 20);
    // Nor does one that includes itself ten times grow as 10^8 (fuzz_template found it hang):
    // the first 200 partials are kept, the rest left out.
    const QString tenTimes = QStringLiteral("x") + QStringLiteral("{{> self}}").repeated(10);
    const TemplateEngine fanOut([&tenTimes](const QString &) { return tenTimes; });
    CHECK(fanOut.render(tenTimes, {}) == QString(201, QLatin1Char('x')));
    // Sections of a list nested in themselves 30 deep would print 3^30 times (fuzz_template
    // found it hang); rendering stops when its budget runs out.
    const QString nested = QStringLiteral("{{#l}}").repeated(30) + QStringLiteral("x") +
                           QStringLiteral("{{/l}}").repeated(30);
    const QString printed =
        TemplateEngine().render(nested, {{QStringLiteral("l"), QVariantList{1, 2, 3}}});
    CHECK(printed.size() > 1000);
    CHECK(printed.size() < 2000000);
}

TEST_CASE("A template in the override folder replaces the built-in one", "[documents]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("t.db")));
    const TemplateStore store(TemplateStore::overrideFolderFor(db->path()));
    CHECK(store.overrideFolder() ==
          QDir(dir.path(QString())).filePath(QStringLiteral("templates")));
    CHECK_FALSE(store.isOverridden(QStringLiteral("notice_decline.html")));
    CHECK(TemplateStore::builtInNames().contains(QStringLiteral("quarterly_sheet.html")));
    CHECK_FALSE(store.text(QStringLiteral("../committee.db")).ok());

    auto copied = store.copyBuiltInsForEditing();
    REQUIRE_OK(copied);
    CHECK(copied->size() == TemplateStore::builtInNames().size());
    // The clerk edits a copy; copying again never overwrites it.
    const QString mine =
        QDir(store.overrideFolder()).filePath(QStringLiteral("notice_decline.html"));
    testing::writeFile(mine, "<html><body><p>{{department}}：本村另行答复。</p></body></html>");
    REQUIRE_OK(store.copyBuiltInsForEditing());
    CHECK(testing::fileBytes(mine).contains("本村另行答复"));

    DocumentRequest request;
    request.recordId = documents_test::knownIds(*db).declinedRequest;
    CHECK(html(*db, QStringLiteral("notice-decline"), request)
              .contains(QStringLiteral("街道综合执法大队：本村另行答复。")));
    QFile::remove(mine);
    CHECK(html(*db, QStringLiteral("notice-decline"), request)
              .contains(QStringLiteral("渝民发〔2021〕6号")));
}

TEST_CASE("进展情况 takes 300 characters, not 301, and phone numbers are checked at their limits",
          "[documents]")
{
    const RecordType &type = QuarterlySheets::type();
    CHECK(QuarterlySheets::progressLimit() == 300);
    QVariantMap values = sheetFor(2024, 1, QString(300, QChar(0x6B63))).values; // 正 ×300
    CHECK(Validation::check(type, values).isEmpty());
    values.insert(QStringLiteral("progress"), QString(301, QChar(0x6B63)));
    const auto errors = Validation::check(type, values);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("progress"));
    CHECK(errors.first().message.contains(QStringLiteral("301")));

    // The form's own limit, from its edition, is the one the record type enforces.
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("p.db")));
    Editions editions(*db);
    auto form = editions.current(ListKind::ProgressForm);
    REQUIRE_OK(form);
    auto definition = editions.definition(form->id);
    REQUIRE_OK(definition);
    for (const QJsonValue &f : definition->value(QStringLiteral("fields")).toArray()) {
        if (f[QStringLiteral("key")].toString() == QLatin1String("progress")) {
            CHECK(f[QStringLiteral("max_length")].toInt() == QuarterlySheets::progressLimit());
        }
    }
    CHECK(type.field(QStringLiteral("progress"))->maxLength == QuarterlySheets::progressLimit());

    const auto phoneOk = [&type](const QString &phone) {
        QVariantMap v = sheetFor(2024, 1, QStringLiteral("进展")).values;
        v.insert(QStringLiteral("phone"), phone);
        return Validation::check(type, v).isEmpty();
    };
    CHECK(phoneOk(QStringLiteral("13912345678")));           // mobile: 11 digits
    CHECK_FALSE(phoneOk(QStringLiteral("1391234567")));      // 10
    CHECK_FALSE(phoneOk(QStringLiteral("139123456789")));    // 12
    CHECK_FALSE(phoneOk(QStringLiteral("12912345678")));     // no mobile starts 12
    CHECK(phoneOk(QStringLiteral("023-6700123")));           // 7-digit landline
    CHECK(phoneOk(QStringLiteral("023-67001234")));          // 8 digits
    CHECK_FALSE(phoneOk(QStringLiteral("023-670012")));      // 6
    CHECK_FALSE(phoneOk(QStringLiteral("023-670012345")));   // 9
    CHECK(phoneOk(QStringLiteral("023-67001234-801")));      // extension
    CHECK(phoneOk(QStringLiteral("(0851)6700123转123456"))); // 4-digit area code, 6-digit extension
    CHECK_FALSE(phoneOk(QStringLiteral("023-67001234-1234567"))); // extension too long
    CHECK_FALSE(phoneOk(QStringLiteral("67001234")));             // no area code
    CHECK_FALSE(phoneOk(QString()));                              // required
}

TEST_CASE("Quarterly sheet: draft from records, versions, one per quarter, submission",
          "[documents]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("q.db")));
    QuarterlySheets sheets(*db);

    auto draft = sheets.draft(2024, 1, QDate(2024, 3, 28));
    REQUIRE_OK(draft);
    const QString progress = draft->text(QStringLiteral("progress"));
    INFO(progress.toStdString());
    // Grouped by the tasks of the list, the quarter's counts under each.
    CHECK(
        progress ==
        QStringLiteral(
            "本季度，一是坚持党组织的全面领导，召开两委联席会议1次、居民代表会议1次、按“四议两公开”"
            "推进重大事项1件、成员公开履职承诺1人；二是落实“四张清单”机制和运行流程，协助政府工作3"
            "次、接收部门交办事项2件，其中清单外事项1件；三是规范居务公开工作，开展居务公开1次，其"
            "中"
            "财务公开1次，经监委会审查、联席会确定并加盖双章的公开1次；四是深化社区议事协商，召开协"
            "商"
            "会议2次，协商“停车位划线与收费方案”“高龄老人助餐点选址”等事项。"));
    const QString problems = draft->text(QStringLiteral("problems"));
    INFO(problems.toStdString());
    CHECK(problems.startsWith(QStringLiteral("存在问题：")));
    CHECK(problems.contains(QStringLiteral("。下步打算：")));
    // The next quarter's once-a-quarter deadline, without the cadence in brackets.
    CHECK(problems.contains(QStringLiteral("6月30日前召开协商会议")));
    CHECK(problems.size() <= QuarterlySheets::problemsLimit());
    CHECK(progress.size() <= 300);
    CHECK(draft->text(QStringLiteral("township")) == QStringLiteral("青枫街道"));
    CHECK(draft->text(QStringLiteral("phone")) == QStringLiteral("023-67001234"));
    // The status is left for the clerk to choose; the suggestion is what the obligations
    // say for the quarter (see test_obligations).
    CHECK(draft->text(QStringLiteral("status")).isEmpty());
    CHECK(
        sheets.suggestion(2023, 1, QDate::currentDate()) ==
        sheets.suggestedStatus(2023, 1, QDate::currentDate()).value_or(QStringLiteral("正常推进")));
    CHECK(draft->text(QStringLiteral("title")) ==
          QStringLiteral("健全党组织领导的基层群众自治机制2023年重点任务清单办理情况表"));
    // A quarter with nothing recorded says so, and suggests 推进滞后.
    auto empty = sheets.draft(2023, 4);
    REQUIRE_OK(empty);
    CHECK(empty->text(QStringLiteral("progress")).contains(QStringLiteral("暂无")));
    CHECK(empty->text(QStringLiteral("status")).isEmpty());
    if (!sheets.suggestedStatus(2023, 4, QDate::currentDate())) {
        CHECK(sheets.suggestion(2023, 4, QDate::currentDate()) == QStringLiteral("推进滞后"));
    }

    auto id = sheets.save(draft.value());
    REQUIRE_OK(id);
    Record edited = draft.value();
    edited.id = id.value();
    edited.values.insert(QStringLiteral("problems"), QStringLiteral("协商记录需规范。"));
    REQUIRE_OK(sheets.save(edited));
    // A second form for the same quarter becomes the next version of its sheet.
    auto again = sheets.save(sheetFor(2024, 1, QStringLiteral("重新填写的进展情况。")));
    REQUIRE_OK(again);
    CHECK(again.value() == id.value());
    auto versions = sheets.versions(id.value());
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 3);
    CHECK(versions->at(0).values.value(QStringLiteral("progress")).toString() == progress);
    CHECK(versions->at(1).values.value(QStringLiteral("problems")).toString() ==
          QStringLiteral("协商记录需规范。"));
    CHECK(versions->at(2).values.value(QStringLiteral("progress")).toString() ==
          QStringLiteral("重新填写的进展情况。"));

    // Too long is refused, and nothing is saved.
    Record tooLong = sheetFor(2024, 1, QString(301, QChar(0x6B63)));
    CHECK_FALSE(sheets.save(tooLong).ok());
    CHECK(sheets.versions(id.value())->size() == 3);

    REQUIRE_OK(sheets.markSubmitted(id.value(), QDate(2024, 3, 29)));
    auto sent = sheets.find(2024, 1);
    REQUIRE_OK(sent);
    REQUIRE(sent->has_value());
    CHECK(sent->value().isFinalized());
    CHECK_FALSE(sheets.markSubmitted(id.value()).ok());
    // After submission a change needs a reason, and is kept beside the sent version.
    Record late = sheetFor(2024, 1, QStringLiteral("补充：三月底又召开协商会议1次。"));
    CHECK_FALSE(sheets.save(late).ok());
    REQUIRE_OK(sheets.save(late, QStringLiteral("镇街要求补充")));
    versions = sheets.versions(id.value());
    CHECK(versions->size() == 5);
    CHECK(versions->at(3).note == QStringLiteral("submitted"));
    CHECK(versions->at(4).note.startsWith(QStringLiteral("镇街要求补充")));
}

TEST_CASE("A submitted sheet and a finalized record keep the names they were sent with",
          "[documents]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("f.db")));
    QuarterlySheets sheets(*db);
    auto id = sheets.save(sheetFor(2024, 1, QStringLiteral("本季度召开居民代表会议1次。")));
    REQUIRE_OK(id);
    REQUIRE_OK(sheets.markSubmitted(id.value(), QDate(2024, 3, 29)));
    const qint64 meetingId = documents_test::knownIds(*db).representativesMeeting;
    RecordRepository repo(*db);
    REQUIRE_OK(repo.finalize(LedgerTypes::meeting(), meetingId));

    // The committee is renamed and the chair's name corrected afterwards.
    CommitteeProfile profile(*db);
    Record renamed = profile.load()->value();
    renamed.values.insert(QStringLiteral("name"), QStringLiteral("桂花湾社区居委会（新）"));
    REQUIRE_OK(profile.save(renamed, profile.members().value()));
    Record meeting = repo.get(LedgerTypes::meeting(), meetingId).value();
    meeting.values.insert(QStringLiteral("chair"), QStringLiteral("张力新"));
    REQUIRE_OK(repo.amend(LedgerTypes::meeting(), meeting, QStringLiteral("姓名笔误")));

    DocumentRequest quarter;
    quarter.year = 2024;
    quarter.quarter = 1;
    const QString sheet = html(*db, QStringLiteral("quarterly"), quarter);
    CHECK(sheet.contains(QStringLiteral("填报单位：桂花湾社区居民委员会")));
    CHECK_FALSE(sheet.contains(QStringLiteral("（新）")));
    CHECK(sheet.contains(QStringLiteral("本表已于2024年3月29日报送")));

    DocumentRequest year;
    year.year = 2024;
    const QString book = html(*db, QStringLiteral("logbook-committee"), year);
    // The page shows the meeting as finalized, and the correction under it.
    CHECK(book.contains(QStringLiteral("<td>张立新</td>")));
    CHECK(book.contains(QStringLiteral("本记录已定稿")));
    CHECK(book.contains(QStringLiteral("由“张立新”改为“张力新”。原因：姓名笔误")));
    // Books made later still carry the committee's current name on their cover.
    CHECK(book.contains(QStringLiteral("桂花湾社区居委会（新）")));
}

TEST_CASE("Measure evidence: linked records and the record kinds that serve a measure",
          "[documents]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("e.db")));
    auto evidence = QuarterlySheets(*db).evidence(2024, 1);
    REQUIRE_OK(evidence);
    REQUIRE(evidence->size() == 25);
    auto measure = [&](int number) {
        for (const MeasureEvidence &e : evidence.value()) {
            if (e.measureNumber == number) {
                return e;
            }
        }
        FAIL("no measure " << number);
        return MeasureEvidence();
    };
    CHECK(measure(3).findings == QStringList{QStringLiteral("召开居民代表会议1次")});
    CHECK(measure(19).findings == QStringList{QStringLiteral("召开协商会议2次")});
    CHECK(measure(15).findings.join(QLatin1Char(';')) ==
          QStringLiteral("开展居务公开1次;其中财务公开1次"));
    // Measure 4: the matter counted by kind, and the same matter through its link.
    CHECK(measure(4).findings.contains(QStringLiteral("按“四议两公开”推进重大事项1件")));
    CHECK(measure(4).findings.contains(QStringLiteral("关联记录：2024年2月20日 集体资产出租方案")));
    CHECK(measure(2).findings.isEmpty());
    CHECK(measure(2).status == QStringLiteral("推进滞后"));
    CHECK(measure(19).taskTitle == QStringLiteral("深化村 (居) 议事协商"));
    // Another quarter has none of it.
    auto later = QuarterlySheets(*db).evidence(2024, 2);
    REQUIRE_OK(later);
    for (const MeasureEvidence &e : later.value()) {
        CHECK(e.findings.isEmpty());
    }
}

TEST_CASE("Documents name 村民 or 居民 by the committee's type", "[documents]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("k.db")));
    DocumentRequest year;
    year.year = 2024;
    CHECK(html(*db, QStringLiteral("logbook-committee"), year)
              .contains(QStringLiteral("居民委员会工作簿")));
    CommitteeProfile profile(*db);
    Record village = profile.load()->value();
    village.values.insert(QStringLiteral("kind"), QStringLiteral("village"));
    village.values.insert(QStringLiteral("name"), QStringLiteral("玉峰山村民委员会"));
    REQUIRE_OK(profile.save(village, profile.members().value()));
    const QString book = html(*db, QStringLiteral("logbook-committee"), year);
    CHECK(book.contains(QStringLiteral("村民委员会工作簿")));
    CHECK(book.contains(QStringLiteral("村民代表会议")));
    CHECK(book.contains(QStringLiteral("村务公开")));
    CHECK_FALSE(book.contains(QStringLiteral("居民")));
}

TEST_CASE("Documents refuse what they cannot make, with a clear message", "[documents]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("r.db")));
    DocumentRequest request;
    request.recordId = documents_test::knownIds(*db).assistedRequest;
    auto onList = Documents::fill(*db, QStringLiteral("notice-decline"), request);
    REQUIRE_FALSE(onList.ok());
    CHECK(onList.error().message.contains(QStringLiteral("checklist item 7")));
    DocumentRequest badQuarter;
    badQuarter.year = 2024;
    badQuarter.quarter = 5;
    CHECK_FALSE(Documents::fill(*db, QStringLiteral("quarterly"), badQuarter).ok());
    CHECK_FALSE(Documents::fill(*db, QStringLiteral("no-such-document"), badQuarter).ok());
    DocumentRequest noCommitments;
    noCommitments.year = 2019;
    CHECK_FALSE(Documents::fill(*db, QStringLiteral("notice-commitments"), noCommitments).ok());

    // Without a committee there is nothing to name on a document.
    auto bare = testing::openSeeded(dir.path(QStringLiteral("bare.db")));
    DocumentRequest year;
    year.year = 2024;
    auto unnamed = Documents::fill(*bare, QStringLiteral("logbook-committee"), year);
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().message.contains(QStringLiteral("committee")));
}
