#include "reference/ReferenceLoader.h"

#include "common/Period.h"
#include "records/RecordRepository.h"
#include "reference/ReferenceTypes.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace committee {

namespace {

Error badEntry(const QString &what)
{
    return makeError(Error::Kind::Invalid,
                     ReferenceLoader::tr("The reference list is damaged: %1").arg(what));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        list << v.toString();
    }
    return list;
}

// An official entry: its values are also its official text.
Record officialRecord(const RecordType &type, const QJsonObject &object)
{
    Record record;
    for (const FieldSpec &field : type.fields) {
        QVariant value;
        if (field.kind == FieldKind::StringList) {
            value = stringList(object.value(field.key));
        } else if (field.kind == FieldKind::Integer) {
            value = object.value(field.key).toInt();
        } else {
            value = object.value(field.key).toString();
        }
        record.values.insert(field.key, value);
        if (field.hasOfficial) {
            record.official.insert(field.key, value);
        }
    }
    return record;
}

Result<ListKind> kindOf(const QString &key)
{
    if (key == QLatin1String("duties")) {
        return ListKind::Duties;
    }
    if (key == QLatin1String("tasks")) {
        return ListKind::Tasks;
    }
    if (key == QLatin1String("progress_form")) {
        return ListKind::ProgressForm;
    }
    return badEntry(ReferenceLoader::tr("unknown list kind “%1”").arg(key));
}

} // namespace

QStringList ReferenceLoader::builtInResources()
{
    return {QStringLiteral(":/reference/duty_checklist_2021.json"),
            QStringLiteral(":/reference/task_list_2023.json"),
            QStringLiteral(":/reference/progress_form_2023.json")};
}

Result<ReferenceLoader::ParsedList> ReferenceLoader::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return badEntry(tr("not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    auto kind = kindOf(root.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return kind.error();
    }
    ParsedList list;
    list.edition.kind = kind.value();
    list.edition.title = root.value(QStringLiteral("title")).toString();
    list.edition.docNumber = root.value(QStringLiteral("doc_number")).toString();
    list.edition.issuer = root.value(QStringLiteral("issuer")).toString();
    list.edition.issuedOn = root.value(QStringLiteral("issued_on")).toString();
    list.edition.year = root.value(QStringLiteral("year")).toInt();
    list.edition.official = true;
    list.edition.current = true;
    if (list.edition.title.isEmpty() || !isValidYear(list.edition.year)) {
        return badEntry(tr("the list has no title or no valid year"));
    }

    if (kind.value() == ListKind::Duties) {
        int expected = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
            auto record = officialRecord(ReferenceTypes::dutyItem(), v.toObject());
            ++expected;
            if (record.value(QStringLiteral("number")).toInt() != expected ||
                record.text(QStringLiteral("name")).isEmpty()) {
                return badEntry(tr("item %1 has no name or is out of order").arg(expected));
            }
            list.duties.append(record);
        }
        if (list.duties.isEmpty()) {
            return badEntry(tr("the checklist has no items"));
        }
    } else if (kind.value() == ListKind::Tasks) {
        int expectedTask = 0;
        int expectedMeasure = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject object = v.toObject();
            Task task{officialRecord(ReferenceTypes::task(), object), {}};
            ++expectedTask;
            if (task.task.value(QStringLiteral("number")).toInt() != expectedTask ||
                task.task.text(QStringLiteral("title")).isEmpty()) {
                return badEntry(tr("task %1 has no title or is out of order").arg(expectedTask));
            }
            for (const QJsonValue &m : object.value(QStringLiteral("measures")).toArray()) {
                auto measure = officialRecord(ReferenceTypes::measure(), m.toObject());
                ++expectedMeasure;
                if (measure.value(QStringLiteral("number")).toInt() != expectedMeasure ||
                    measure.text(QStringLiteral("text")).isEmpty()) {
                    return badEntry(
                        tr("measure %1 has no text or is out of order").arg(expectedMeasure));
                }
                task.measures.append(measure);
            }
            list.tasks.append(task);
        }
        if (list.tasks.isEmpty()) {
            return badEntry(tr("the task list has no tasks"));
        }
    } else {
        if (!root.value(QStringLiteral("fields")).isArray()) {
            return badEntry(tr("the form has no fields"));
        }
        list.definition = root;
    }
    return list;
}

Result<ReferenceLoader::ParsedList> ReferenceLoader::parseResource(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         tr("The built-in list %1 is missing from this build.").arg(resourcePath));
    }
    return parse(file.readAll());
}

Status ReferenceLoader::load(Database &db, const ParsedList &list)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    Editions editions(db);
    auto editionId = editions.create(list.edition, list.definition);
    if (!editionId) {
        return editionId.error();
    }
    RecordRepository repo(db);
    for (Record duty : list.duties) {
        duty.parentId = editionId.value();
        if (auto r = repo.insertWithOfficial(ReferenceTypes::dutyItem(), duty); !r) {
            return r.error();
        }
    }
    for (const Task &task : list.tasks) {
        Record row = task.task;
        row.parentId = editionId.value();
        auto taskId = repo.insertWithOfficial(ReferenceTypes::task(), row);
        if (!taskId) {
            return taskId.error();
        }
        for (Record measure : task.measures) {
            measure.parentId = taskId.value();
            if (auto r = repo.insertWithOfficial(ReferenceTypes::measure(), measure); !r) {
                return r.error();
            }
        }
    }
    if (Status s = editions.setCurrent(editionId.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status ReferenceLoader::ensureOfficialEditions(Database &db)
{
    for (const QString &resource : builtInResources()) {
        auto parsed = parseResource(resource);
        if (!parsed) {
            return parsed.error();
        }
        auto present = Sql::scalar(db,
                                   QStringLiteral("SELECT count(*) FROM edition WHERE kind = ? AND "
                                                  "is_official = 1 AND year = ?"),
                                   {listKindKey(parsed->edition.kind), parsed->edition.year});
        if (!present) {
            return present.error();
        }
        if (present->toInt() > 0) {
            continue;
        }
        if (Status s = load(db, parsed.value()); !s) {
            return s;
        }
    }
    return {};
}

} // namespace committee
