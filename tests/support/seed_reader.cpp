#include "seed_reader.h"

#include <QFile>
#include <QRegularExpression>

namespace seeds {
namespace {

// One table cell as it appears in the seed text.
struct Field {
    QString text;          // trimmed lines joined by '\n', the whole trimmed
    int line = 0;          // 1-based line of the seed where the field starts, for messages
    bool indented = false; // spaces stood before the tab (the run-on marker, see below)
};

void setError(QString *error, const QString &path, int line, const QString &what)
{
    if (error)
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(what);
}

bool readLines(const QString &path, QStringList *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    *lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (QString &line : *lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return true;
}

// Cuts lines [begin, end) into fields. Lines before the first tab line (title, notice text)
// belong to no field and are dropped. Blank lines inside a field are kept as empty lines; they
// carry no meaning but dropping them would hide where a cell was split (see item 7).
QList<Field> splitFields(const QStringList &lines, qsizetype begin, qsizetype end)
{
    QList<Field> fields;
    QStringList current;
    bool open = false;
    auto close = [&] {
        if (open)
            fields.last().text = current.join(u'\n').trimmed();
        current.clear();
    };
    for (qsizetype i = begin; i < end; ++i) {
        const QString &line = lines.at(i);
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == u' ')
            ++spaces;
        if (spaces < line.size() && line.at(spaces) == u'\t') {
            close();
            Field field;
            field.line = int(i + 1);
            field.indented = spaces > 0;
            fields.append(field);
            current.append(line.mid(spaces + 1).trimmed());
            open = true;
        } else if (open) {
            current.append(line.trimmed());
        }
    }
    close();
    return fields;
}

// Reads a 序号 cell. Whitespace is ignored so that a number split over several lines, as
// item 7's is ("\n\n\n7\n"), still reads as that number.
bool readNumber(const Field &field, int *number)
{
    bool ok = false;
    *number = normalised(field.text).toInt(&ok);
    return ok && *number > 0;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList result;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

// Index of the first line in [from, end of lines) whose text, whitespace aside, is marker.
qsizetype findLine(const QStringList &lines, const QString &marker, qsizetype from)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (normalised(lines.at(i)) == marker)
            return i;
    }
    return -1;
}

} // namespace

QString normalised(const QString &s)
{
    QString result;
    result.reserve(s.size());
    for (const QChar c : s) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QList<DutyRow> readDutyChecklist(const QString &seedPath, QString *error)
{
    QStringList lines;
    if (!readLines(seedPath, &lines, error))
        return {};
    const QList<Field> fields = splitFields(lines, 0, lines.size());

    // The header spans two table rows (序号, 事项名称, …, 备注 plus merged-cell leftovers);
    // the body starts at the first cell that is a number.
    qsizetype pos = 0;
    int number = 0;
    while (pos < fields.size() && !readNumber(fields.at(pos), &number))
        ++pos;
    if (pos == fields.size()) {
        setError(error, seedPath, 0, QStringLiteral("no numbered row found"));
        return {};
    }

    constexpr qsizetype kFieldsAfterNumber = 5; // name, content, refined, basis, department
    QList<DutyRow> rows;
    int expected = 1;
    while (pos < fields.size()) {
        const Field &first = fields.at(pos);
        DutyRow row;
        if (first.indented) {
            // Known damage (README): items 19 and 23 lost their 序号 cell and the row before
            // them lost its 备注 cell, so the new row runs straight on after the previous
            // row's 主管单位. The only trace left is the line " \t<name>": spaces before the
            // tab. Such a field is the NAME of the next row, whose number is the next one.
            row.number = expected;
        } else {
            if (!readNumber(first, &row.number)) {
                setError(error, seedPath, first.line,
                         QStringLiteral("expected item number %1, found \"%2\"")
                             .arg(expected)
                             .arg(first.text.left(40)));
                return {};
            }
            ++pos;
        }
        if (row.number != expected) {
            setError(
                error, seedPath, first.line,
                QStringLiteral("expected item number %1, found %2").arg(expected).arg(row.number));
            return {};
        }
        if (pos + kFieldsAfterNumber > fields.size()) {
            setError(error, seedPath, first.line,
                     QStringLiteral("item %1 is cut short").arg(row.number));
            return {};
        }
        // Only a run-on name may be indented; any other indented field would be damage this
        // parser does not know about, so refuse to guess.
        const bool runOn = first.indented;
        for (qsizetype i = runOn ? pos + 1 : pos; i < pos + kFieldsAfterNumber; ++i) {
            if (fields.at(i).indented) {
                setError(error, seedPath, fields.at(i).line,
                         QStringLiteral("unexpected indented field in item %1").arg(row.number));
                return {};
            }
        }
        row.name = fields.at(pos++).text;
        row.content = fields.at(pos++).text;
        row.refined = fields.at(pos++).text;
        row.basis = nonEmptyLines(fields.at(pos++).text);
        row.department = fields.at(pos++).text;
        // The 备注 cell is absent in two cases, both meaning an empty remark: before a run-on
        // row (items 18 and 22, see above) and at the end of the file, where the last row's
        // trailing empty cell was not written out (item 27).
        if (pos < fields.size() && !fields.at(pos).indented)
            row.remark = fields.at(pos++).text;
        rows.append(row);
        ++expected;
    }
    return rows;
}

QList<TaskRow> readTaskList(const QString &seedPath, QString *error)
{
    QStringList lines;
    if (!readLines(seedPath, &lines, error))
        return {};

    // Only 附件1 is the task table. The heading line "附件2" that follows it has no tab, so
    // without this cut it (and 附件2's whole form) would be read as part of measure 25.
    const qsizetype start = findLine(lines, QStringLiteral("附件1"), 0);
    const qsizetype stop = start < 0 ? -1 : findLine(lines, QStringLiteral("附件2"), start + 1);
    if (start < 0 || stop < 0) {
        setError(error, seedPath, 0, QStringLiteral("cannot find the 附件1 … 附件2 section"));
        return {};
    }
    const QList<Field> fields = splitFields(lines, start + 1, stop);

    // Skip the header row (序号, 重点任务, 具体措施).
    qsizetype pos = 0;
    int number = 0;
    while (pos < fields.size() && !readNumber(fields.at(pos), &number))
        ++pos;

    // N.text, where the dot may be ASCII or full-width.
    static const QRegularExpression measurePrefix(QStringLiteral("^(\\d+)\\s*[.．]\\s*(.*)$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    QList<TaskRow> tasks;
    int expectedMeasure = 1;
    while (pos < fields.size()) {
        if (pos + 3 > fields.size()) {
            setError(error, seedPath, fields.at(pos).line, QStringLiteral("row cut short"));
            return {};
        }
        const Field &numberCell = fields.at(pos);
        const Field &titleCell = fields.at(pos + 1);
        const Field &measureCell = fields.at(pos + 2);
        pos += 3;

        if (numberCell.text.isEmpty() && titleCell.text.isEmpty()) {
            // Continuation row: 序号 and 重点任务 were merged cells spanning the task's
            // measures, so the flattened text repeats them as empty cells.
            if (tasks.isEmpty()) {
                setError(error, seedPath, numberCell.line,
                         QStringLiteral("continuation row before the first task"));
                return {};
            }
        } else {
            TaskRow task;
            if (!readNumber(numberCell, &task.number) || task.number != tasks.size() + 1) {
                setError(error, seedPath, numberCell.line,
                         QStringLiteral("expected task number %1, found \"%2\"")
                             .arg(tasks.size() + 1)
                             .arg(numberCell.text));
                return {};
            }
            task.title = titleCell.text;
            tasks.append(task);
        }

        const QRegularExpressionMatch match = measurePrefix.match(measureCell.text);
        Measure measure;
        measure.number = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (measure.number != expectedMeasure) {
            setError(error, seedPath, measureCell.line,
                     QStringLiteral("expected measure %1, found \"%2\"")
                         .arg(expectedMeasure)
                         .arg(measureCell.text.left(40)));
            return {};
        }
        measure.text = match.captured(2).trimmed();
        tasks.last().measures.append(measure);
        ++expectedMeasure;
    }
    return tasks;
}

} // namespace seeds
