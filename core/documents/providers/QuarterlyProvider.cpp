// 附件2: the quarterly progress sheet and its annex of the measures.
#include "documents/DocumentContext.h"
#include "documents/providers/Providers.h"
#include "documents/quarterly/MeasureEvidence.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "reference/Editions.h"

#include <QJsonArray>

namespace committee::Providers {

namespace {

// The labels and notes of the form as its edition defines them (the form's own wording).
Result<QVariantMap> formDefinition(Database &db)
{
    Editions editions(db);
    auto edition = editions.current(ListKind::ProgressForm);
    if (!edition) {
        return edition.error();
    }
    auto definition = editions.definition(edition->id);
    if (!definition) {
        return definition.error();
    }
    QVariantMap labels;
    for (const QJsonValue &field : definition->value(QStringLiteral("fields")).toArray()) {
        labels.insert(field[QStringLiteral("key")].toString(),
                      field[QStringLiteral("label")].toString());
    }
    return QVariantMap{
        {QStringLiteral("attachment_label"),
         definition->value(QStringLiteral("attachment_label")).toString()},
        {QStringLiteral("doc_number"), definition->value(QStringLiteral("doc_number")).toString()},
        {QStringLiteral("labels"), labels}};
}

} // namespace

Result<QVariantMap> quarterlySheet(const DocumentContext &context, const DocumentRequest &request)
{
    QuarterlySheets sheets(context.db());
    auto saved = sheets.find(request.year, request.quarter);
    if (!saved) {
        return saved.error();
    }
    // Nothing saved for the quarter yet: print the draft the form would start with, marked.
    Record sheet;
    const bool draft = !saved->has_value();
    if (draft) {
        auto fresh = sheets.draft(request.year, request.quarter);
        if (!fresh) {
            return fresh.error();
        }
        sheet = fresh.value();
    } else {
        sheet = saved->value();
    }
    // Submitted: the sheet as it was sent, with its committee name and title frozen then.
    const QVariantMap v = DocumentContext::printedValues(sheet);
    const RecordType &type = QuarterlySheets::type();
    QVariantMap values;
    for (const FieldSpec &field : type.fields) {
        values.insert(field.key, context.display(type, field.key, v.value(field.key)));
    }
    auto form = formDefinition(context.db());
    if (!form) {
        return form.error();
    }
    auto facts = QuarterFacts::collect(context.db(), request.year, request.quarter);
    if (!facts) {
        return facts.error();
    }
    auto evidence = RecordMeasureEvidence(context).evidence(request.year, facts.value());
    if (!evidence) {
        return evidence.error();
    }
    QVariantList tasks;
    for (const MeasureEvidence &e : evidence.value()) {
        if (tasks.isEmpty() ||
            tasks.last().toMap().value(QStringLiteral("number")) != e.taskNumber) {
            tasks.append(QVariantMap{{QStringLiteral("number"), e.taskNumber},
                                     {QStringLiteral("title"), e.taskTitle},
                                     {QStringLiteral("measures"), QVariantList()}});
        }
        QVariantMap task = tasks.last().toMap();
        QVariantList measures = task.value(QStringLiteral("measures")).toList();
        // A task's heading stays on the page of its first two measures (KeepTogether.h).
        measures.append(
            QVariantMap{{QStringLiteral("number"), e.measureNumber},
                        {QStringLiteral("text"), e.shortText},
                        {QStringLiteral("findings"), e.findings.join(QStringLiteral("；"))},
                        {QStringLiteral("status"), e.status},
                        {QStringLiteral("keep_end"), measures.size() == 1}});
        task.insert(QStringLiteral("measures"), measures);
        tasks.last() = task;
    }
    auto notes = context.amendmentNotes(type, sheet);
    if (!notes) {
        return notes.error();
    }
    QString title = v.value(QStringLiteral("title")).toString();
    if (title.isEmpty()) {
        auto fresh = sheets.titleFor(request.year);
        title = fresh ? fresh.value() : QString();
    }
    QString committeeName = v.value(QStringLiteral("committee_name")).toString();
    if (committeeName.isEmpty()) {
        committeeName = context.committeeName();
    }
    values.insert(QStringLiteral("committee_name"), committeeName);
    auto edition = Editions(context.db()).forYear(ListKind::Tasks, request.year);
    if (!edition) {
        return edition.error();
    }
    // An older list than the reporting year: the title is still that list's, and the form
    // says so (the template's wording).
    const bool outdated = edition->isOlderThan(request.year);
    // The title on two lines broken where the official form breaks it, after the name of
    // the mechanism (…自治机制 / 2023年重点任务清单办理情况表), not wherever the line is full.
    QVariantList titleLines;
    const qsizetype cut = title.indexOf(QStringLiteral("机制"));
    const QStringList parts = cut > 0 && cut + 2 < title.size()
                                  ? QStringList{title.left(cut + 2), title.mid(cut + 2)}
                                  : QStringList{title};
    for (const QString &part : parts) {
        titleLines.append(QVariantMap{{QStringLiteral("text"), part},
                                      {QStringLiteral("first"), titleLines.isEmpty()}});
    }
    static const QStringList numerals = {QStringLiteral("一"), QStringLiteral("二"),
                                         QStringLiteral("三"), QStringLiteral("四")};
    return QVariantMap{
        {QStringLiteral("quarter_numeral"), numerals.value(request.quarter - 1)},
        {QStringLiteral("title_lines"), titleLines},
        {QStringLiteral("edition_outdated"), outdated},
        {QStringLiteral("edition_year"), edition->year},
        {QStringLiteral("status_rule"), MeasureEvidence::statusRule()},
        {QStringLiteral("title"), title},
        {QStringLiteral("form"), form.value()},
        {QStringLiteral("sheet"), values},
        {QStringLiteral("draft"), draft},
        {QStringLiteral("submitted"), sheet.isFinalized()},
        {QStringLiteral("year"), request.year},
        {QStringLiteral("quarter"), request.quarter},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("amendments"), notes.value()},
    };
}

} // namespace committee::Providers
