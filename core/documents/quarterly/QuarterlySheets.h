#pragma once

#include "common/Result.h"
#include "documents/quarterly/MeasureEvidence.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace committee {

class Database;

// One saved state of a quarterly sheet.
struct SheetVersion {
    int version = 0;
    QString savedAt; // ISO date and time
    QString actor;   // the operating-system user
    QString note;    // "submitted", or the reason for a change after submission
    QVariantMap values;
};

// 附件2 of 渝北民〔2023〕24号, the quarterly progress sheet: one per quarter. Every save is
// kept as a version; marking it submitted finalizes it, which freezes the committee's
// name and the sheet's title as they were when it was sent.
class QuarterlySheets {
    Q_DECLARE_TR_FUNCTIONS(committee::QuarterlySheets)
public:
    explicit QuarterlySheets(Database &db) : m_db(db) {}

    static const RecordType &type();
    // The three states of 进展状态, in the form's own wording.
    static QStringList statusOptions();
    static int progressLimit(); // 300, as the form says
    // What the drafted 存在问题及下步打算 may take: what its fixed box on the form holds.
    static int problemsLimit();

    Result<std::optional<Record>> find(int year, int quarter) const;
    // What a new sheet starts with: the committee's 镇街 and contact, the day, a draft of
    // 进展情况 from the quarter's records and the status the evidence suggests.
    Result<Record> draft(int year, int quarter, const QDate &today = QDate::currentDate()) const;
    // Saves the sheet of its quarter (new, or changes to the one there is) and keeps the
    // values as a new version. After submission a change needs a reason.
    Result<qint64> save(const Record &sheet, const QString &reason = {});
    Result<QList<SheetVersion>> versions(qint64 sheetId) const;
    Status markSubmitted(qint64 id, const QDate &on = QDate::currentDate());
    // What the quarter's records show for each measure (the sheet's annex).
    Result<QList<MeasureEvidence>> evidence(int year, int quarter) const;
    // The status the obligations suggest for the quarter, in the form's wording; none when
    // no obligation speaks to the task list's measures.
    std::optional<QString> suggestedStatus(int year, int quarter, const QDate &today) const;
    // The status to show beside the (empty) choice: the obligations' suggestion, or with
    // none, 正常推进 when anything was recorded in the quarter and 推进滞后 when nothing was.
    QString suggestion(int year, int quarter, const QDate &today) const;
    // 《…重点任务清单办理情况表》: the task list edition of that year (or the current one),
    // followed by 办理情况表.
    Result<QString> titleFor(int year) const;

private:
    Status appendVersion(qint64 id, const QString &note);
    Status refreshCommittee(Record &sheet) const;

    Database &m_db;
};

} // namespace committee
