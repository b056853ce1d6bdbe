#include "documents/quarterly/QuarterlySheets.h"

#include "obligations/MeasureSuggestion.h"

#include "committee/CommitteeProfile.h"
#include "common/Period.h"
#include "documents/DocumentContext.h"
#include "documents/TemplateStore.h"
#include "documents/quarterly/MeasureEvidence.h"
#include "documents/quarterly/ProblemsDraft.h"
#include "documents/quarterly/ProgressDraft.h"
#include "records/RecordRepository.h"
#include "records/RecordStorage.h"
#include "reference/Editions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace committee {

namespace {
// A null QString binds as SQL NULL; the columns want empty text when nothing is known.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

Result<std::optional<Record>> QuarterlySheets::find(int year, int quarter) const
{
    auto id = Sql::scalar(m_db,
                          QStringLiteral("SELECT id FROM quarterly_sheet WHERE year = ? AND "
                                         "quarter = ? AND deleted_at IS NULL ORDER BY id LIMIT 1"),
                          {year, quarter});
    if (!id) {
        return id.error();
    }
    if (id->isNull()) {
        return std::optional<Record>();
    }
    auto record = RecordRepository(m_db).get(type(), id->toLongLong());
    if (!record) {
        return record.error();
    }
    return std::optional<Record>(record.value());
}

Result<QString> QuarterlySheets::titleFor(int year) const
{
    auto edition = Editions(m_db).forYear(ListKind::Tasks, year);
    if (!edition) {
        return edition.error();
    }
    return edition->title + QStringLiteral("办理情况表");
}

Status QuarterlySheets::refreshCommittee(Record &sheet) const
{
    auto profile = CommitteeProfile(m_db).load();
    if (!profile) {
        return profile.error();
    }
    if (profile->has_value()) {
        sheet.values.insert(QStringLiteral("committee_name"),
                            profile->value().text(QStringLiteral("name")));
        sheet.values.insert(QStringLiteral("committee_kind"),
                            profile->value().text(QStringLiteral("kind")));
    }
    auto title = titleFor(sheet.value(QStringLiteral("year")).toInt());
    if (!title) {
        return title.error();
    }
    sheet.values.insert(QStringLiteral("title"), title.value());
    return {};
}

std::optional<QString> QuarterlySheets::suggestedStatus(int year, int quarter,
                                                        const QDate &today) const
{
    auto suggestion = MeasureSuggestion::forQuarter(m_db, year, quarter, today);
    if (!suggestion || suggestion->perMeasure.isEmpty()) {
        return std::nullopt;
    }
    return statusOptions().value(MeasureSuggestion::optionIndex(suggestion->overall));
}

QString QuarterlySheets::suggestion(int year, int quarter, const QDate &today) const
{
    if (auto engine = suggestedStatus(year, quarter, today)) {
        return *engine;
    }
    // No obligation bears on the quarter: whether anything was recorded at all.
    auto facts = QuarterFacts::collect(m_db, year, quarter);
    const bool nothing = !facts || (facts->counts.isEmpty() && facts->linked.isEmpty());
    return statusOptions().value(nothing ? 1 : 0);
}

Result<QList<MeasureEvidence>> QuarterlySheets::evidence(int year, int quarter) const
{
    const TemplateStore templates(TemplateStore::overrideFolderFor(m_db.path()));
    auto context = DocumentContext::create(m_db, templates, DocumentFlavor::Print);
    if (!context) {
        return context.error();
    }
    return RecordMeasureEvidence(context.value()).evidence(year, quarter);
}

Result<Record> QuarterlySheets::draft(int year, int quarter, const QDate &today) const
{
    if (auto checked = Quarter::checked(year, quarter); !checked) {
        return checked.error();
    }
    const TemplateStore templates(TemplateStore::overrideFolderFor(m_db.path()));
    auto context = DocumentContext::create(m_db, templates, DocumentFlavor::Print);
    if (!context) {
        return context.error();
    }
    auto facts = QuarterFacts::collect(m_db, year, quarter);
    if (!facts) {
        return facts.error();
    }
    auto progress = ProgressDraft::write(context.value(), year, facts.value(), progressLimit());
    if (!progress) {
        return progress.error();
    }
    auto problems = ProblemsDraft::write(context.value(), year, quarter, today, problemsLimit());
    if (!problems) {
        return problems.error();
    }
    const Record &profile = context->profile();
    Record sheet;
    sheet.values = {
        {QStringLiteral("year"), year},
        {QStringLiteral("quarter"), quarter},
        {QStringLiteral("township"), profile.text(QStringLiteral("township"))},
        {QStringLiteral("filled_on"), today},
        {QStringLiteral("progress"), progress.value()},
        {QStringLiteral("problems"), problems.value()},
        // Empty: the clerk chooses, with the suggestion shown beside the choice. A draft
        // that chose for them was sent unread as 推进滞后.
        {QStringLiteral("status"), QString()},
        {QStringLiteral("contact"), profile.text(QStringLiteral("contact_person"))},
        {QStringLiteral("phone"), profile.text(QStringLiteral("contact_phone"))},
    };
    if (Status s = refreshCommittee(sheet); !s) {
        return s.error();
    }
    return sheet;
}

Result<qint64> QuarterlySheets::save(const Record &sheet, const QString &reason)
{
    Record row = sheet;
    const int year = row.value(QStringLiteral("year")).toInt();
    const int quarter = row.value(QStringLiteral("quarter")).toInt();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto existing = find(year, quarter);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value() && existing->value().id != row.id) {
        if (row.id > 0) {
            return makeError(
                Error::Kind::Conflict,
                tr("There is already a sheet for quarter %1 of %2.").arg(quarter).arg(year));
        }
        row.id = existing->value().id; // a new form for a quarter that has one: its next version
    }
    RecordRepository repo(m_db);
    const bool submitted = existing->has_value() && existing->value().isFinalized();
    QString note;
    if (submitted) {
        // The name and title stay as they were sent; a change is an amendment with a reason.
        if (reason.trimmed().isEmpty()) {
            return makeError(Error::Kind::Invalid,
                             tr("This sheet was submitted. Give the reason for changing it; "
                                "the submitted version stays on record."));
        }
        for (const QString &frozen :
             {QStringLiteral("committee_name"), QStringLiteral("committee_kind"),
              QStringLiteral("title"), QStringLiteral("submitted_on")}) {
            row.values.insert(frozen, existing->value().value(frozen));
        }
        if (Status s = repo.amend(type(), row, reason); !s) {
            return s.error();
        }
        note = reason.trimmed();
    } else {
        if (Status s = refreshCommittee(row); !s) {
            return s.error();
        }
        if (row.id > 0) {
            if (Status s = repo.update(type(), row); !s) {
                return s.error();
            }
        } else {
            auto id = repo.insert(type(), row);
            if (!id) {
                return id.error();
            }
            row.id = id.value();
        }
    }
    // The clerk may overrule the suggested status; the sheet's history says so.
    const auto suggested = suggestedStatus(year, quarter, QDate::currentDate());
    const QString chosen = row.text(QStringLiteral("status"));
    if (suggested && !chosen.isEmpty() && chosen != *suggested) {
        const QString override =
            tr("Progress status set to %1; the records suggested %2.").arg(chosen, *suggested);
        note = note.isEmpty() ? override : note + QLatin1Char('\n') + override;
        if (Status s =
                AuditLog::append(m_db, {{type().table, row.id, QStringLiteral("update"),
                                         QStringLiteral("status_override"), *suggested, chosen}});
            !s) {
            return s.error();
        }
    }
    if (Status s = appendVersion(row.id, note); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return row.id;
}

Status QuarterlySheets::appendVersion(qint64 id, const QString &note)
{
    auto saved = RecordRepository(m_db).get(type(), id);
    if (!saved) {
        return saved.error();
    }
    auto q = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO quarterly_sheet_version (sheet_id, version, saved_at, actor, "
                       "note, values_json) SELECT ?, COALESCE(MAX(version), 0) + 1, ?, ?, ?, ? "
                       "FROM quarterly_sheet_version WHERE sheet_id = ?"),
        {id, QDateTime::currentDateTime().toString(Qt::ISODate), notNull(AuditLog::currentActor()),
         notNull(note), RecordStorage::valuesToJson(type(), saved->values), id});
    return q ? Status() : Status(q.error());
}

Result<QList<SheetVersion>> QuarterlySheets::versions(qint64 sheetId) const
{
    auto q =
        Sql::exec(m_db,
                  QStringLiteral("SELECT version, saved_at, actor, note, values_json FROM "
                                 "quarterly_sheet_version WHERE sheet_id = ? ORDER BY version"),
                  {sheetId});
    if (!q) {
        return q.error();
    }
    QList<SheetVersion> list;
    while (q->next()) {
        list.append({q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(),
                     RecordStorage::valuesFromJson(type(), q->value(4).toString())});
    }
    return list;
}

Status QuarterlySheets::markSubmitted(qint64 id, const QDate &on)
{
    RecordRepository repo(m_db);
    auto sheet = repo.get(type(), id);
    if (!sheet) {
        return sheet.error();
    }
    if (sheet->text(QStringLiteral("status")).isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         tr("Choose the progress status (进展状态) before marking the sheet as "
                            "submitted."));
    }
    if (sheet->isFinalized()) {
        return makeError(
            Error::Kind::Conflict,
            tr("This sheet was already marked as submitted on %1.")
                .arg(sheet->value(QStringLiteral("submitted_on")).toDate().toString(Qt::ISODate)));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    Record row = sheet.value();
    row.values.insert(QStringLiteral("submitted_on"), on);
    // Freeze the committee as it is on the day the sheet is sent.
    if (Status s = refreshCommittee(row); !s) {
        return s;
    }
    if (Status s = repo.update(type(), row); !s) {
        return s;
    }
    if (Status s = repo.finalize(type(), id); !s) {
        return s;
    }
    if (Status s = appendVersion(id, QStringLiteral("submitted")); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace committee
