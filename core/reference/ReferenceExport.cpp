#include "reference/ReferenceExport.h"

#include "common/JsonWriter.h"
#include "records/RecordRepository.h"
#include "reference/ReferenceTypes.h"

#include <QJsonArray>

namespace committee {

Result<ReferenceExport::CurrentLists> ReferenceExport::read(Database &db)
{
    Editions editions(db);
    RecordRepository repo(db);
    CurrentLists lists;
    auto duties = editions.current(ListKind::Duties);
    if (!duties) {
        return duties.error();
    }
    auto tasks = editions.current(ListKind::Tasks);
    if (!tasks) {
        return tasks.error();
    }
    lists.dutyEdition = duties.value();
    lists.taskEdition = tasks.value();
    auto items = repo.list(ReferenceTypes::dutyItem(), duties->id);
    if (!items) {
        return items.error();
    }
    lists.duties = items.value();
    auto taskRows = repo.list(ReferenceTypes::task(), tasks->id);
    if (!taskRows) {
        return taskRows.error();
    }
    for (const Record &task : taskRows.value()) {
        auto measures = repo.list(ReferenceTypes::measure(), task.id);
        if (!measures) {
            return measures.error();
        }
        lists.tasks.append({task, measures.value()});
    }
    return lists;
}

QByteArray ReferenceExport::toJson(const CurrentLists &lists)
{
    JsonWriter w;
    w.beginObject().key(QStringLiteral("duties")).beginArray();
    for (const Record &r : lists.duties) {
        w.beginObject()
            .field(QStringLiteral("number"), r.value(QStringLiteral("number")).toInt())
            .field(QStringLiteral("name"), r.text(QStringLiteral("name")))
            .field(QStringLiteral("content"), r.text(QStringLiteral("content")))
            .field(QStringLiteral("refined"), r.text(QStringLiteral("refined")))
            .field(QStringLiteral("basis"),
                   QJsonArray::fromStringList(r.value(QStringLiteral("basis")).toStringList()))
            .field(QStringLiteral("department"), r.text(QStringLiteral("department")))
            .field(QStringLiteral("remark"), r.text(QStringLiteral("remark")))
            .endObject();
    }
    w.endArray().key(QStringLiteral("tasks")).beginArray();
    for (const TaskWithMeasures &t : lists.tasks) {
        w.beginObject()
            .field(QStringLiteral("number"), t.task.value(QStringLiteral("number")).toInt())
            .field(QStringLiteral("title"), t.task.text(QStringLiteral("title")))
            .key(QStringLiteral("measures"))
            .beginArray();
        for (const Record &m : t.measures) {
            w.beginObject()
                .field(QStringLiteral("number"), m.value(QStringLiteral("number")).toInt())
                .field(QStringLiteral("text"), m.text(QStringLiteral("text")))
                .endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.toUtf8();
}

QString ReferenceExport::toText(const CurrentLists &lists)
{
    QString out;
    out += QStringLiteral("%1 %2\n\n").arg(lists.dutyEdition.title, lists.dutyEdition.docNumber);
    for (const Record &r : lists.duties) {
        out += QStringLiteral("%1. %2\n")
                   .arg(r.value(QStringLiteral("number")).toInt())
                   .arg(r.text(QStringLiteral("name")));
        out += QStringLiteral("    %1: %2\n")
                   .arg(tr("Competent department"), r.text(QStringLiteral("department")));
        out += QStringLiteral("    %1: %2\n")
                   .arg(tr("What the committee assists with"), r.text(QStringLiteral("content")));
    }
    out += QStringLiteral("\n%1 %2\n\n").arg(lists.taskEdition.title, lists.taskEdition.docNumber);
    for (const TaskWithMeasures &t : lists.tasks) {
        out += QStringLiteral("%1. %2\n")
                   .arg(t.task.value(QStringLiteral("number")).toInt())
                   .arg(t.task.text(QStringLiteral("title")));
        for (const Record &m : t.measures) {
            out += QStringLiteral("    (%1) %2\n")
                       .arg(m.value(QStringLiteral("number")).toInt())
                       .arg(m.text(QStringLiteral("text")));
        }
    }
    return out;
}

} // namespace committee
