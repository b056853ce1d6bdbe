#include "exchange/RecordExchange.h"

#include "common/JsonWriter.h"
#include "exchange/Csv.h"
#include "records/FieldText.h"
#include "records/RecordStorage.h"
#include "records/Validation.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace committee {

namespace {

bool isList(const FieldSpec &f)
{
    return f.kind == FieldKind::StringList || f.kind == FieldKind::People;
}

QList<const FieldSpec *> exportedFields(const RecordType &type, bool includeSensitive)
{
    QList<const FieldSpec *> fields;
    for (const FieldSpec &f : type.fields) {
        if (includeSensitive || !f.sensitive) {
            fields << &f;
        }
    }
    return fields;
}

QString csvCell(const FieldSpec &f, const QVariant &v)
{
    if (f.kind == FieldKind::Choice) {
        return v.toString(); // the stored value, so a re-import is exact
    }
    if (f.kind == FieldKind::RecordRef) {
        return v.isNull() ? QString() : QString::number(v.toLongLong());
    }
    return FieldText::display(f, v);
}

// A cell as typed in a spreadsheet, to the value the field holds. Choices may be given as
// their stored value or as their label in either language.
QVariant fromCell(const FieldSpec &f, const QString &cell)
{
    const QString text = cell.trimmed();
    switch (f.kind) {
    case FieldKind::StringList:
    case FieldKind::People:
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    case FieldKind::Integer:
    case FieldKind::RecordRef:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case FieldKind::Date: {
        QString normal = text;
        normal.replace(QLatin1Char('/'), QLatin1Char('-'))
            .replace(QLatin1Char('.'), QLatin1Char('-'));
        const QDate d = QDate::fromString(normal, QStringLiteral("yyyy-M-d"));
        return d.isValid() ? QVariant(d) : QVariant(text);
    }
    case FieldKind::Choice:
        for (const Choice &c : f.choices) {
            if (text == c.value || text == QLatin1String(c.label) ||
                text == FieldText::typeName(c.label)) {
                return c.value;
            }
        }
        return text;
    default:
        return cell;
    }
}

QVariant fromJson(const FieldSpec &f, const QJsonValue &v)
{
    if (isList(f)) {
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            list << item.toString();
        }
        return list;
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return fromCell(f, v.toString());
}

} // namespace

Result<QByteArray> RecordExchange::toJson(Database &db, const RecordType &type,
                                          const RecordQuery &query, const Options &options)
{
    auto records = RecordRepository(db).list(type, query);
    if (!records) {
        return records.error();
    }
    return recordsToJson(type, records.value(), options);
}

QByteArray RecordExchange::recordsToJson(const RecordType &type, const QList<Record> &records,
                                         const Options &options)
{
    JsonWriter w;
    w.beginArray();
    for (const Record &r : records) {
        w.beginObject().field(QStringLiteral("id"), r.id);
        if (!type.parentKey.isEmpty()) {
            w.field(type.parentKey, r.parentId);
        }
        for (const FieldSpec *f : exportedFields(type, options.includeSensitive)) {
            const QVariant v = r.values.value(f->key);
            if (isList(*f)) {
                w.field(f->key, QJsonArray::fromStringList(v.toStringList()));
            } else if ((f->kind == FieldKind::Integer || f->kind == FieldKind::RecordRef)) {
                w.field(f->key, v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong()));
            } else {
                w.field(f->key, csvCell(*f, v));
            }
        }
        if (type.ledger) {
            w.field(QStringLiteral("finalized"), r.isFinalized());
        }
        w.endObject();
    }
    w.endArray();
    return w.toUtf8();
}

Result<QByteArray> RecordExchange::toCsv(Database &db, const RecordType &type,
                                         const RecordQuery &query, const Options &options)
{
    auto records = RecordRepository(db).list(type, query);
    if (!records) {
        return records.error();
    }
    const auto fields = exportedFields(type, options.includeSensitive);
    QList<QStringList> rows;
    // The id first: notices and links name a record by it (notice --request ID). Import
    // ignores the column, so a list read back in makes new records.
    QStringList header{QStringLiteral("id")};
    for (const FieldSpec *f : fields) {
        header << f->key;
    }
    rows << header;
    for (const Record &r : records.value()) {
        QStringList row{QString::number(r.id)};
        for (const FieldSpec *f : fields) {
            row << csvCell(*f, r.values.value(f->key));
        }
        rows << row;
    }
    return Csv::write(rows);
}

Result<QList<Record>> RecordExchange::parse(const RecordType &type, const QString &fileName,
                                            const QByteArray &content, bool *decodedAsGbk)
{
    QList<Record> records;
    QList<int> lines; // what the clerk calls the row: its line in the file, or its index
    QStringList problems;
    const bool json = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            return makeError(Error::Kind::Invalid,
                             tr("%1 is not a JSON list of records (%2 at byte %3).")
                                 .arg(fileName, error.errorString())
                                 .arg(error.offset));
        }
        int index = 0;
        for (const QJsonValue &v : doc.array()) {
            ++index;
            Record r;
            const QJsonObject o = v.toObject();
            for (const FieldSpec &f : type.fields) {
                if (o.contains(f.key)) {
                    r.values.insert(f.key, fromJson(f, o.value(f.key)));
                }
            }
            records << r;
            lines << index;
        }
    } else {
        const Csv::Table table = Csv::parse(content);
        if (decodedAsGbk) {
            *decodedAsGbk = table.decodedAsGbk;
        }
        if (table.rows.isEmpty()) {
            return makeError(Error::Kind::Invalid, tr("%1 is empty.").arg(fileName));
        }
        // Columns by key or by label (in English or Chinese), so a sheet made by hand works.
        QList<const FieldSpec *> columns;
        for (const QString &heading : table.rows.first()) {
            const QString h = heading.trimmed();
            const FieldSpec *match = nullptr;
            for (const FieldSpec &f : type.fields) {
                if (h == f.key || h == QLatin1String(f.label) || h == FieldText::label(f)) {
                    match = &f;
                }
            }
            if (!match && !h.isEmpty() && h != QLatin1String("id")) {
                problems << tr("Line 1: the column “%1” is not a field of %2.")
                                .arg(h, FieldText::typeName(type.plural));
            }
            columns << match;
        }
        for (int i = 1; i < table.rows.size(); ++i) {
            Record r;
            const QStringList &row = table.rows[i];
            for (int c = 0; c < row.size() && c < columns.size(); ++c) {
                if (columns[c]) {
                    r.values.insert(columns[c]->key, fromCell(*columns[c], row[c]));
                }
            }
            if (row.size() > columns.size()) {
                problems << tr("Line %1: %2 cells, but the header has %3 columns.")
                                .arg(table.lineOfRow[i])
                                .arg(row.size())
                                .arg(columns.size());
            }
            records << r;
            lines << table.lineOfRow[i];
        }
    }
    for (int i = 0; i < records.size(); ++i) {
        for (const FieldError &e : Validation::check(type, records[i].values)) {
            problems
                << (json ? tr("Record %1: %2") : tr("Line %1: %2")).arg(lines[i]).arg(e.message);
        }
    }
    if (!problems.isEmpty()) {
        return makeError(
            Error::Kind::Invalid,
            tr("Nothing was imported from %1: %2").arg(fileName, problems.join(QLatin1Char('\n'))));
    }
    return records;
}

Result<RecordExchange::ImportResult> RecordExchange::import(Database &db, const RecordType &type,
                                                            const QString &fileName,
                                                            const QByteArray &content)
{
    ImportResult result;
    auto records = parse(type, fileName, content, &result.decodedAsGbk);
    if (!records) {
        return records.error();
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    RecordRepository repo(db);
    for (const Record &r : records.value()) {
        if (auto id = repo.insert(type, r); !id) {
            return id.error();
        }
        ++result.imported;
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return result;
}

} // namespace committee
