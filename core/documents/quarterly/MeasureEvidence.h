#pragma once

#include "common/Result.h"
#include "reference/Editions.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace committee {

class Database;
class DocumentContext;

// What the records of a quarter show for one measure of the task list.
struct MeasureEvidence {
    int taskNumber = 0;
    QString taskTitle;
    int measureNumber = 0;
    QString measureText;
    QString shortText;    // its first clause, for a table row; the full text is in the list
    QStringList findings; // e.g. 召开居民代表会议1次; 关联记录：2023年3月15日 …
    QString status;       // in the form's wording: 正常推进, 推进滞后 or 已完成

    // The one rule every row's status follows, in the form's language, for the annex's note.
    static QString statusRule();
};

// The per-measure evidence behind the quarterly sheet's annex. An interface because the
// obligations engine will supply the suggested status later; RecordMeasureEvidence below
// stands in until then.
class MeasureEvidenceProvider {
public:
    virtual ~MeasureEvidenceProvider() = default;
    virtual Result<QList<MeasureEvidence>> evidence(int year, int quarter) const = 0;
};

// The facts of one quarter, read once from the records: how many of each kind (keys as in
// quarterly_draft.json, e.g. "meeting.representatives"), a few highlights, and the records
// the clerk linked to each measure (by measure number, so a new year's edition still finds
// them).
struct QuarterFacts {
    int quarter = 0;
    QHash<QString, int> counts;
    QStringList consultationTopics;
    QStringList decisionMatters;
    QHash<int, QStringList> linked;

    static Result<QuarterFacts> collect(Database &db, int year, int quarter);
};

// Evidence from the records: counts of the record kinds that plainly serve a measure
// (quarterly_draft.json, "measures") plus the records linked to it.
class RecordMeasureEvidence : public MeasureEvidenceProvider {
public:
    explicit RecordMeasureEvidence(const DocumentContext &context) : m_context(context) {}
    Result<QList<MeasureEvidence>> evidence(int year, int quarter) const override;

    // The same, from facts already collected (the sheet's draft and annex share them).
    Result<QList<MeasureEvidence>> evidence(int year, const QuarterFacts &facts) const;

private:
    const DocumentContext &m_context;
};

} // namespace committee
