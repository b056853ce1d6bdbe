// Proves that the reference data the app embeds (the 27-item duty checklist of 渝民发〔2021〕6号
// and the 2023 key task list of 渝北民〔2023〕24号) is a faithful transcription of the two
// official documents. The expected values are parsed from the plain-text seeds themselves, never
// from the app's JSON, and the actual values come from the built CLI, so the check covers the
// whole path from the embedded resource to what the app shows. Whitespace is ignored on both
// sides: the documents are Chinese and their line wrapping is an artefact of the conversion.

#include "../support/seed_reader.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <string>
#include <vector>

using seeds::DutyRow;
using seeds::Measure;
using seeds::normalised;
using seeds::TaskRow;

namespace {

constexpr int kDutyCount = 27;
constexpr int kTaskCount = 8;
constexpr int kMeasureCount = 25;
constexpr int kCliTimeoutMs = 60'000;

QString seedPath(const char *fileName)
{
    return QString::fromUtf8(SEEDS_DIR) + u'/' + QString::fromUtf8(fileName);
}

// Catch2 prints std::string operands on failure but not QString ones, so compare as UTF-8.
std::string str(const QString &s)
{
    return s.toStdString();
}

std::string norm(const QString &s)
{
    return str(normalised(s));
}

QList<DutyRow> loadDuties()
{
    QString error;
    const QList<DutyRow> rows =
        seeds::readDutyChecklist(seedPath("000_e012e749a90da212.txt"), &error);
    INFO(str(error));
    REQUIRE(error.isEmpty());
    return rows;
}

QList<TaskRow> loadTasks()
{
    QString error;
    const QList<TaskRow> tasks = seeds::readTaskList(seedPath("004_6ffae0ce4eebf8b8.txt"), &error);
    INFO(str(error));
    REQUIRE(error.isEmpty());
    return tasks;
}

QList<Measure> allMeasures(const QList<TaskRow> &tasks)
{
    QList<Measure> measures;
    for (const TaskRow &task : tasks)
        measures += task.measures;
    return measures;
}

// Runs the CLI against the given database and returns its standard output. The child gets the
// offscreen platform so it never needs a display, whatever it links.
QByteArray runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(CLI_PATH), arguments);

    INFO("command: " << CLI_PATH << ' ' << str(arguments.join(u' ')));
    REQUIRE(process.waitForStarted(kCliTimeoutMs));
    REQUIRE(process.waitForFinished(kCliTimeoutMs));
    INFO("stderr: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QJsonValue member(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// One CHECK per field. The INFO names the item and the field, so a failure report says exactly
// what differs; both sides are shown normalised, which is what is compared.
void checkText(const std::string &item, const char *field, const QString &seed,
               const QJsonValue &cli)
{
    INFO(item << ", field \"" << field << '"'
              << (cli.isString() ? "" : " (missing or not a string in the CLI output)"));
    CHECK(norm(cli.toString()) == norm(seed));
}

void checkBasis(const std::string &item, const QStringList &seed, const QJsonValue &cli)
{
    const QJsonArray lines = cli.toArray();
    {
        INFO(item << ", field \"basis\": number of entries"
                  << (cli.isArray() ? "" : " (missing or not an array in the CLI output)"));
        CHECK(lines.size() == seed.size());
    }
    // Walk the longer of the two lists so a missing or extra entry is named, not just counted.
    const qsizetype count = std::max<qsizetype>(lines.size(), seed.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QString expected = i < seed.size() ? seed.at(i) : QString();
        const QJsonValue actual = i < lines.size() ? lines.at(i) : QJsonValue();
        checkText(item, ("basis[" + std::to_string(i) + ']').c_str(), expected, actual);
    }
}

// Indexes CLI objects by their "number" so that items are matched by number, not by position:
// an item missing from the middle then fails alone instead of shifting every later item.
QMap<int, QJsonObject> byNumber(const QJsonArray &array, std::vector<int> *numbers)
{
    QMap<int, QJsonObject> index;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const int number = member(object, "number").toInt();
        numbers->push_back(number);
        index.insert(number, object);
    }
    return index;
}

std::vector<int> oneTo(int last)
{
    std::vector<int> numbers;
    for (int n = 1; n <= last; ++n)
        numbers.push_back(n);
    return numbers;
}

void compareDuties(const QList<DutyRow> &seedRows, const QJsonArray &cliDuties)
{
    std::vector<int> cliNumbers;
    const QMap<int, QJsonObject> cli = byNumber(cliDuties, &cliNumbers);
    {
        INFO("duty item numbers in the CLI output, in order");
        CHECK(cliNumbers == oneTo(kDutyCount));
    }

    for (const DutyRow &row : seedRows) {
        const std::string item = "duty item " + std::to_string(row.number);
        const bool present = cli.contains(row.number);
        {
            INFO(item << " is in the CLI output");
            CHECK(present);
        }
        if (!present)
            continue;
        const QJsonObject duty = cli.value(row.number);
        checkText(item, "name", row.name, member(duty, "name"));
        checkText(item, "content", row.content, member(duty, "content"));
        checkText(item, "refined", row.refined, member(duty, "refined"));
        checkBasis(item, row.basis, member(duty, "basis"));
        checkText(item, "department", row.department, member(duty, "department"));
        checkText(item, "remark", row.remark, member(duty, "remark"));
    }

    // Whitespace is ignored above, but the refined steps are shown to the clerk one per line,
    // so the line breaks themselves must survive.
    const QString refined = member(cli.value(1), "refined").toString();
    INFO("duty item 1, field \"refined\" keeps its line breaks: " << str(refined.left(40)));
    CHECK(refined.contains(u'\n'));
}

void compareTasks(const QList<TaskRow> &seedTasks, const QJsonArray &cliTasks)
{
    std::vector<int> cliTaskNumbers;
    const QMap<int, QJsonObject> cli = byNumber(cliTasks, &cliTaskNumbers);
    {
        INFO("task numbers in the CLI output, in order");
        CHECK(cliTaskNumbers == oneTo(kTaskCount));
    }

    std::vector<int> cliMeasureNumbers;
    for (const QJsonValue &task : cliTasks) {
        for (const QJsonValue &measure : member(task.toObject(), "measures").toArray())
            cliMeasureNumbers.push_back(member(measure.toObject(), "number").toInt());
    }
    {
        INFO("measure numbers in the CLI output, across all tasks, in order");
        CHECK(cliMeasureNumbers == oneTo(kMeasureCount));
    }

    for (const TaskRow &task : seedTasks) {
        const std::string item = "task " + std::to_string(task.number);
        const bool present = cli.contains(task.number);
        {
            INFO(item << " is in the CLI output");
            CHECK(present);
        }
        if (!present)
            continue;
        const QJsonObject cliTask = cli.value(task.number);
        checkText(item, "title", task.title, member(cliTask, "title"));

        // Measures are looked up within their own task, which also proves each one is filed
        // under the right task.
        std::vector<int> ignored;
        const QJsonArray cliMeasureArray = member(cliTask, "measures").toArray();
        const QMap<int, QJsonObject> cliMeasures = byNumber(cliMeasureArray, &ignored);
        {
            INFO(item << ": number of measures");
            CHECK(cliMeasureArray.size() == task.measures.size());
        }
        for (const Measure &measure : task.measures) {
            const std::string where =
                "measure " + std::to_string(measure.number) + " (" + item + ')';
            const bool found = cliMeasures.contains(measure.number);
            {
                INFO(where << " is in the CLI output under its task");
                CHECK(found);
            }
            if (found)
                checkText(where, "text", measure.text,
                          member(cliMeasures.value(measure.number), "text"));
        }
    }
}

} // namespace

TEST_CASE("Seed parser reads the duty checklist of Yu Min Fa 2021 No. 6", "[reference][fidelity]")
{
    const QList<DutyRow> rows = loadDuties();
    REQUIRE(rows.size() == kDutyCount);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DutyRow &row = rows.at(i);
        INFO("row " << i);
        REQUIRE(row.number == i + 1);
        CHECK_FALSE(row.name.isEmpty());
        CHECK_FALSE(row.content.isEmpty());
        CHECK_FALSE(row.refined.isEmpty());
        CHECK_FALSE(row.basis.isEmpty());
        CHECK_FALSE(row.department.isEmpty());
    }
    // The three places the README calls damaged: the run-on rows and the split number.
    CHECK(norm(rows.at(18).name) == "协助管理宗教事务");
    CHECK(norm(rows.at(17).department) == "气象部门");
    CHECK(norm(rows.at(22).name) == "协助做好物业管理工作");
    CHECK(norm(rows.at(21).department) == "应急管理部门");
    CHECK(norm(rows.at(6).name) == "协助开展消防宣传教育");
    CHECK(norm(rows.at(6).department) == "消防总队");
    // A wrapped cell reads whole, and a two-line 依据 gives two entries.
    CHECK(norm(rows.at(0).name) == "协助做好社会救助工作");
    CHECK(rows.at(0).basis.size() == 2);
    CHECK(rows.at(10).basis.size() == 3);
    CHECK(rows.at(0).refined.contains(u'\n'));
    CHECK(norm(rows.at(26).department) == "相关部门");
}

TEST_CASE("Seed parser reads the 2023 key task list of Yubei Min 2023 No. 24",
          "[reference][fidelity]")
{
    const QList<TaskRow> tasks = loadTasks();
    REQUIRE(tasks.size() == kTaskCount);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        INFO("task " << i + 1);
        REQUIRE(tasks.at(i).number == i + 1);
        CHECK_FALSE(tasks.at(i).title.isEmpty());
        CHECK_FALSE(tasks.at(i).measures.isEmpty());
    }
    const QList<Measure> measures = allMeasures(tasks);
    REQUIRE(measures.size() == kMeasureCount);
    for (qsizetype i = 0; i < measures.size(); ++i) {
        INFO("measure " << i + 1);
        REQUIRE(measures.at(i).number == i + 1);
        // The "N." prefix is the number, not part of the text.
        CHECK_FALSE(normalised(measures.at(i).text).startsWith(QString::number(i + 1) + u'.'));
    }
    CHECK(tasks.at(0).measures.size() == 5);
    CHECK(norm(tasks.at(7).title) == "提升服务职能");
    CHECK(norm(measures.at(3).text) == "重大事项决策严格执行“四议两公开”；");
    // The table ends at 附件2; nothing of the progress form may leak into the last measure.
    CHECK(norm(measures.last().text).ends_with("报送1-2个优秀案例至区民政局。"));
}

TEST_CASE("Reference data shown by the CLI matches the seed documents", "[reference][fidelity]")
{
    const QList<DutyRow> duties = loadDuties();
    const QList<TaskRow> tasks = loadTasks();
    REQUIRE(duties.size() == kDutyCount);
    REQUIRE(tasks.size() == kTaskCount);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("t.db"));
    runCli({QStringLiteral("--db"), database, QStringLiteral("init")});
    const QByteArray output = runCli({QStringLiteral("--db"), database, QStringLiteral("reference"),
                                      QStringLiteral("--format"), QStringLiteral("json")});

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    {
        INFO("CLI output is JSON: " << str(parseError.errorString()) << " at offset "
                                    << parseError.offset);
        REQUIRE(parseError.error == QJsonParseError::NoError);
        REQUIRE(document.isObject());
    }
    const QJsonObject root = document.object();
    REQUIRE(member(root, "duties").isArray());
    REQUIRE(member(root, "tasks").isArray());

    compareDuties(duties, member(root, "duties").toArray());
    compareTasks(tasks, member(root, "tasks").toArray());
}
