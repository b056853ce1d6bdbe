#include "test_documents_support.h"

#include "committee/CommitteeProfile.h"
#include "documents/ZipArchive.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "ledger/RecordLinks.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace committee;

namespace documents_test {

namespace {

qint64 add(RecordRepository &repo, const RecordType &type, const QVariantMap &values,
           qint64 parent = 0)
{
    Record r;
    r.parentId = parent;
    r.values = values;
    auto id = repo.insert(type, r);
    REQUIRE_OK(id);
    return id.value();
}

qint64 meeting(RecordRepository &repo, const QString &kind, int number, const QDate &day,
               const QString &topic)
{
    const qint64 id = add(repo, LedgerTypes::meeting(),
                          {{QStringLiteral("kind"), kind},
                           {QStringLiteral("number"), number},
                           {QStringLiteral("held_on"), day},
                           {QStringLiteral("time"), QStringLiteral("14:30-16:00")},
                           {QStringLiteral("place"), QStringLiteral("社区议事厅")},
                           {QStringLiteral("topic"), topic},
                           {QStringLiteral("chair"), QStringLiteral("张立新")},
                           {QStringLiteral("recorder"), QStringLiteral("李建华")},
                           {QStringLiteral("members"), 30},
                           {QStringLiteral("present"), 24},
                           {QStringLiteral("attendees"),
                            QStringList{QStringLiteral("张立新"), QStringLiteral("王秀英")}},
                           {QStringLiteral("discussion"), QStringLiteral("逐项讨论，意见一致。")},
                           {QStringLiteral("resolutions"), QStringLiteral("同意实施。")}});
    add(repo, LedgerTypes::agendaItem(),
        {{QStringLiteral("title"), topic},
         {QStringLiteral("votes_for"), 22},
         {QStringLiteral("votes_against"), 1},
         {QStringLiteral("votes_abstain"), 1},
         {QStringLiteral("resolution"), QStringLiteral("通过")}},
        id);
    return id;
}

} // namespace

std::unique_ptr<Database> knownCommittee(const QString &path)
{
    auto db = testing::openSeeded(path);
    REQUIRE_OK(CommitteeProfile(*db).save(DemoCommittee::profile(), DemoCommittee::members()));
    RecordRepository repo(*db);
    meeting(repo, QStringLiteral("representatives"), 1, QDate(2024, 2, 10),
            QStringLiteral("背街小巷路灯维修方案"));
    meeting(repo, QStringLiteral("consultation"), 1, QDate(2024, 1, 18),
            QStringLiteral("停车位划线与收费方案"));
    meeting(repo, QStringLiteral("consultation"), 2, QDate(2024, 3, 21),
            QStringLiteral("高龄老人助餐点选址"));
    meeting(repo, QStringLiteral("joint"), 1, QDate(2024, 1, 5), QStringLiteral("一季度工作安排"));
    add(repo, LedgerTypes::disclosure(),
        {{QStringLiteral("title"), QStringLiteral("2024年1月财务收支公开")},
         {QStringLiteral("category"), QStringLiteral("finance")},
         {QStringLiteral("content"), QStringLiteral("收入12000元，支出8650元。")},
         {QStringLiteral("channel"), QStringLiteral("both")},
         {QStringLiteral("drafted_on"), QDate(2024, 1, 10)},
         {QStringLiteral("reviewed_on"), QDate(2024, 1, 11)},
         {QStringLiteral("fixed_on"), QDate(2024, 1, 12)},
         {QStringLiteral("posted_on"), QDate(2024, 1, 15)},
         {QStringLiteral("signed_by"), QStringList{QStringLiteral("周建国")}},
         {QStringLiteral("seals"), QStringLiteral("both")},
         {QStringLiteral("taken_down_on"), QDate(2024, 2, 15)}});
    for (const QString &name : {QStringLiteral("周建国"), QStringLiteral("吴丽")}) {
        add(repo, LedgerTypes::supervisor(),
            {{QStringLiteral("name"), name}, {QStringLiteral("role"), QStringLiteral("member")}});
    }
    add(repo, LedgerTypes::commitment(),
        {{QStringLiteral("year"), 2024},
         {QStringLiteral("member"), QStringLiteral("王秀英")},
         {QStringLiteral("commitments"), QStringLiteral("每月走访困难群众不少于4户。")},
         {QStringLiteral("posted_on"), QDate(2024, 1, 20)},
         {QStringLiteral("filed_on"), QDate(2024, 1, 25)}});
    for (int i = 0; i < 3; ++i) {
        add(repo, LedgerTypes::assistEntry(),
            {{QStringLiteral("worked_on"), QDate(2024, 1, 8 + i * 7)},
             {QStringLiteral("duty_number"), 7},
             {QStringLiteral("department"), QStringLiteral("区消防救援支队")},
             {QStringLiteral("work_done"), QStringLiteral("开展季度消防安全宣传")},
             {QStringLiteral("people"), QStringLiteral("3栋住户")},
             {QStringLiteral("minutes"), 90}});
    }
    add(repo, LedgerTypes::deptRequest(),
        {{QStringLiteral("received_on"), QDate(2024, 2, 1)},
         {QStringLiteral("department"), QStringLiteral("街道综合执法大队")},
         {QStringLiteral("channel"), QStringLiteral("message")},
         {QStringLiteral("request"), QStringLiteral("代为催缴辖区企业税费")},
         {QStringLiteral("duty_number"), 0},
         {QStringLiteral("decision"), QStringLiteral("declined")}});
    add(repo, LedgerTypes::deptRequest(),
        {{QStringLiteral("received_on"), QDate(2024, 2, 2)},
         {QStringLiteral("department"), QStringLiteral("区消防救援支队")},
         {QStringLiteral("channel"), QStringLiteral("document")},
         {QStringLiteral("request"), QStringLiteral("协助开展消防安全宣传进家庭")},
         {QStringLiteral("duty_number"), 7},
         {QStringLiteral("decision"), QStringLiteral("assist")}});
    // A matter the clerk linked to measure 4 (四议两公开).
    const qint64 decision = add(repo, LedgerTypes::decision(),
                                {{QStringLiteral("matter"), QStringLiteral("集体资产出租方案")},
                                 {QStringLiteral("origin"), QStringLiteral("cadres")},
                                 {QStringLiteral("proposed_on"), QDate(2024, 2, 20)}});
    auto measures = RecordLinks(*db).candidates();
    REQUIRE_OK(measures);
    for (const RecordLink &link : measures.value()) {
        if (link.targetTable == QLatin1String("measure") && link.number == 4) {
            REQUIRE_OK(RecordLinks(*db).set(QStringLiteral("decision"), decision, {link}));
        }
    }
    return db;
}

void saveKnownSheet(Database &db)
{
    Record sheet;
    sheet.values = {{QStringLiteral("year"), 2024},
                    {QStringLiteral("quarter"), 1},
                    {QStringLiteral("township"), QStringLiteral("青枫街道")},
                    {QStringLiteral("filled_on"), QDate(2024, 3, 28)},
                    {QStringLiteral("progress"),
                     QStringLiteral("本季度召开居民代表会议1次、协商会议2次；开展居务公开1次。")},
                    {QStringLiteral("problems"),
                     QStringLiteral("协商会议记录不够规范，下季度统一使用记录本。")},
                    {QStringLiteral("status"), QStringLiteral("正常推进")},
                    {QStringLiteral("contact"), QStringLiteral("王秀英")},
                    {QStringLiteral("phone"), QStringLiteral("023-67001234")}};
    REQUIRE_OK(QuarterlySheets(db).save(sheet));
}

DocumentRequest quarter2024Q1()
{
    DocumentRequest r;
    r.year = 2024;
    r.quarter = 1;
    return r;
}

Ids knownIds(Database &db)
{
    auto id = [&db](const QString &sql) {
        auto v = Sql::scalar(db, sql);
        REQUIRE_OK(v);
        return v->toLongLong();
    };
    Ids ids;
    ids.declinedRequest =
        id(QStringLiteral("SELECT id FROM dept_request WHERE decision = 'declined'"));
    ids.assistedRequest =
        id(QStringLiteral("SELECT id FROM dept_request WHERE decision = 'assist'"));
    ids.financeDisclosure = id(QStringLiteral("SELECT id FROM disclosure LIMIT 1"));
    ids.representativesMeeting =
        id(QStringLiteral("SELECT id FROM meeting WHERE kind = 'representatives'"));
    return ids;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    INFO("running " << program.toStdString() << " (installer/setup.sh installs poppler-utils)");
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int firstPage, int lastPage)
{
    QStringList args;
    if (firstPage > 0) {
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l")
             << QString::number(lastPage > 0 ? lastPage : firstPage);
    }
    return runTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

int pdfPages(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    text.remove(QChar(0x3000));
    return text;
}

namespace {

QList<QXmlStreamAttributes> elements(const QByteArray &xml, QStringView name,
                                     QStringView within = {})
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader r(xml);
    bool inside = within.isEmpty();
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement && r.name() == within) {
            inside = true;
        } else if (token == QXmlStreamReader::EndElement && r.name() == within) {
            inside = false;
        } else if (token == QXmlStreamReader::StartElement && inside && r.name() == name) {
            found << r.attributes();
        }
    }
    return found;
}

} // namespace

QList<XlsxCell> xlsxCellList(const QString &path)
{
    const QByteArray zip = testing::fileBytes(path);
    auto part = [&zip](const QString &name) {
        auto bytes = ZipArchive::read(zip, name);
        REQUIRE_OK(bytes);
        return bytes.value();
    };
    QStringList strings;
    QXmlStreamReader shared(part(QStringLiteral("xl/sharedStrings.xml")));
    while (!shared.atEnd()) {
        if (shared.readNext() == QXmlStreamReader::StartElement && shared.name() == u"si") {
            strings << shared.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    // A cell's style (s="N") is the Nth <xf> of <cellXfs>; its numFmtId is a built-in format
    // or one of <numFmts>.
    const QByteArray styles = part(QStringLiteral("xl/styles.xml"));
    QHash<int, QString> customFormats;
    for (const QXmlStreamAttributes &a : elements(styles, u"numFmt")) {
        customFormats.insert(a.value(QStringLiteral("numFmtId")).toInt(),
                             a.value(QStringLiteral("formatCode")).toString());
    }
    QStringList cellFormats;
    for (const QXmlStreamAttributes &a : elements(styles, u"xf", u"cellXfs")) {
        cellFormats << customFormats.value(a.value(QStringLiteral("numFmtId")).toInt());
    }
    QStringList sheetNames;
    for (const QXmlStreamAttributes &a :
         elements(part(QStringLiteral("xl/workbook.xml")), u"sheet")) {
        sheetNames << a.value(QStringLiteral("name")).toString();
    }
    QList<XlsxCell> cells;
    for (int s = 0; s < sheetNames.size(); ++s) {
        QXmlStreamReader sheet(part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1)));
        XlsxCell cell;
        while (!sheet.atEnd()) {
            if (sheet.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (sheet.name() == u"c") {
                const QXmlStreamAttributes a = sheet.attributes();
                cell = XlsxCell{sheetNames[s], a.value(QStringLiteral("r")).toString(),
                                a.value(QStringLiteral("t")).toString(), QString(),
                                cellFormats.value(a.value(QStringLiteral("s")).toInt())};
            } else if (sheet.name() == u"v") {
                const QString v = sheet.readElementText();
                cell.value = cell.type == QLatin1String("s") ? strings.value(v.toInt()) : v;
                cells << cell;
            }
        }
    }
    return cells;
}

QDate XlsxCell::date() const
{
    // Excel's day 1 is 1900-01-01, counting the 29th of February 1900 it never had.
    const int serial = value.toInt();
    return type.isEmpty() && numberFormat.contains(QLatin1Char('y')) && serial > 60
               ? QDate(1899, 12, 30).addDays(serial)
               : QDate();
}

QStringList xlsxCells(const QString &path)
{
    QStringList lines;
    for (const XlsxCell &cell : xlsxCellList(path)) {
        const QDate date = cell.date();
        const QString value =
            date.isValid()
                ? QStringLiteral("%1 [%2]").arg(date.toString(Qt::ISODate), cell.numberFormat)
                : QString(cell.value).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        lines << QStringLiteral("%1!%2=%3").arg(cell.sheet, cell.reference, value);
    }
    return lines;
}

void keep(const QString &path)
{
    const QString folder = qEnvironmentVariable("COMMITTEE_KEEP_OUTPUT");
    if (!folder.isEmpty()) {
        const QString target = QDir(folder).filePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

QString normalisedHtml(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style>.*</style>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    html.replace(QStringLiteral("> <"), QStringLiteral(">\n<"));
    return html.trimmed() + QLatin1Char('\n');
}

void checkGolden(const QString &name, const QString &actual)
{
    const QString path = testing::dataFile(QStringLiteral("golden/") + name);
    if (qEnvironmentVariableIsSet("COMMITTEE_UPDATE_GOLDEN")) {
        testing::writeFile(path, actual.toUtf8());
        WARN("wrote " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("golden file " << path.toStdString()
                        << " (COMMITTEE_UPDATE_GOLDEN=1 rewrites it after a deliberate change)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(expected.size(), got.size()); ++i) {
        INFO("line " << i + 1);
        CHECK(got.value(i) == expected.value(i));
        if (got.value(i) != expected.value(i)) {
            break; // the first difference says enough
        }
    }
}

} // namespace documents_test
