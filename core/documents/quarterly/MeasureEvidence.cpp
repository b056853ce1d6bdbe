#include "documents/quarterly/MeasureEvidence.h"

#include "obligations/MeasureSuggestion.h"

#include "common/Period.h"
#include "documents/DocumentContext.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"
#include "storage/Sql.h"

#include <QDate>
#include <QJsonArray>

namespace committee {

namespace {

QDate dateOf(const QVariantMap &values, const QString &key)
{
    const QVariant v = values.value(key);
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString(), Qt::ISODate);
}

// A consultation meeting's matter: its first agenda item, else its subject without a
// "…会议：" lead-in, which the subject often repeats from the kind.
QString meetingMatter(RecordRepository &repo, const Record &meeting, const QVariantMap &values)
{
    if (auto items = repo.list(LedgerTypes::agendaItem(), meeting.id); items && !items->isEmpty()) {
        return items->first().text(QStringLiteral("title"));
    }
    QString topic = values.value(QStringLiteral("topic")).toString();
    const qsizetype colon = topic.indexOf(QStringLiteral("："));
    if (colon > 0 && topic.left(colon).endsWith(QStringLiteral("会议"))) {
        topic = topic.mid(colon + 1);
    }
    return topic;
}

// The measure's first sentence or clause, so 25 rows fit a few pages.
QString shortMeasure(const QString &text)
{
    qsizetype end = text.size();
    for (const QChar stop : {QChar(0x3002), QChar(0xFF1B), QChar(0xFF0C)}) { // 。；，
        const qsizetype at = text.indexOf(stop);
        if (at > 0 && at < end) {
            end = at;
        }
    }
    QString shortText = text.left(end);
    if (shortText.size() > 60) {
        shortText = shortText.left(58) + QStringLiteral("…");
    }
    return shortText;
}

const RecordType *typeOfTable(const QString &table)
{
    for (const RecordType *type : LedgerTypes::all()) {
        if (type->table == table) {
            return type;
        }
    }
    return nullptr;
}

} // namespace

Result<QuarterFacts> QuarterFacts::collect(Database &db, int year, int quarter)
{
    RecordRepository repo(db);
    QuarterFacts facts;
    facts.quarter = quarter;
    const Quarter sheetQuarter(year, quarter);
    auto within = [&](const QDate &d) {
        return sheetQuarter.contains(d);
    };
    RecordQuery inQuarter;
    inQuarter.year = year;
    inQuarter.quarter = quarter;
    RecordQuery inYear;
    inYear.year = year;

    auto count =
        [&](const RecordType &type, const RecordQuery &query,
            const std::function<void(const Record &, const QVariantMap &)> &each) -> Status {
        auto rows = repo.list(type, query);
        if (!rows) {
            return rows.error();
        }
        // Lists come newest first; the facts read in the order things happened.
        for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
            each(*it, DocumentContext::printedValues(*it));
        }
        return {};
    };
    const auto add = [&facts](const QString &key, bool when = true) {
        if (when) {
            ++facts.counts[key];
        }
    };
    QList<Status> steps;
    steps << count(LedgerTypes::meeting(), inQuarter, [&](const Record &r, const QVariantMap &v) {
        const QString kind = v.value(QStringLiteral("kind")).toString();
        add(QStringLiteral("meeting.") + kind);
        if (kind == QLatin1String("consultation")) {
            facts.consultationTopics << meetingMatter(repo, r, v);
        }
    });
    steps << count(LedgerTypes::decision(), inQuarter, [&](const Record &, const QVariantMap &v) {
        add(QStringLiteral("decision"));
        facts.decisionMatters << v.value(QStringLiteral("matter")).toString();
    });
    // A disclosure counts in the quarter it was posted (drafted, while not yet posted).
    steps << count(LedgerTypes::disclosure(), {}, [&](const Record &, const QVariantMap &v) {
        QDate day = dateOf(v, QStringLiteral("posted_on"));
        if (!day.isValid()) {
            day = dateOf(v, QStringLiteral("drafted_on"));
        }
        if (!within(day)) {
            return;
        }
        add(QStringLiteral("disclosure"));
        add(QStringLiteral("disclosure.finance"),
            v.value(QStringLiteral("category")).toString() == QLatin1String("finance"));
        add(QStringLiteral("disclosure.procedure"),
            dateOf(v, QStringLiteral("reviewed_on")).isValid() &&
                dateOf(v, QStringLiteral("fixed_on")).isValid() &&
                v.value(QStringLiteral("seals")).toString() == QLatin1String("both"));
    });
    steps << count(LedgerTypes::commitment(), inYear, [&](const Record &, const QVariantMap &v) {
        add(QStringLiteral("commitment"), within(dateOf(v, QStringLiteral("posted_on"))));
    });
    steps << count(LedgerTypes::evaluation(), inQuarter,
                   [&](const Record &, const QVariantMap &) { add(QStringLiteral("evaluation")); });
    steps << count(LedgerTypes::convention(), {}, [&](const Record &, const QVariantMap &v) {
        add(QStringLiteral("convention"), within(dateOf(v, QStringLiteral("adopted_on"))));
        add(QStringLiteral("convention.nominated"),
            within(dateOf(v, QStringLiteral("nominated_on"))));
    });
    steps << count(
        LedgerTypes::consultationTopic(), inYear,
        [&](const Record &, const QVariantMap &) { add(QStringLiteral("consultation_topic")); });
    steps << count(LedgerTypes::supervisionEntry(), inQuarter,
                   [&](const Record &, const QVariantMap &v) {
                       add(QStringLiteral("supervision_entry"));
                       const QString right = v.value(QStringLiteral("right_used")).toString();
                       add(QStringLiteral("supervision_entry.right"),
                           !right.isEmpty() && right != QLatin1String("none"));
                   });
    steps << count(LedgerTypes::assistEntry(), inQuarter, [&](const Record &, const QVariantMap &) {
        add(QStringLiteral("assist_entry"));
    });
    steps << count(LedgerTypes::deptRequest(), inQuarter,
                   [&](const Record &, const QVariantMap &v) {
                       add(QStringLiteral("dept_request"));
                       add(QStringLiteral("dept_request.outside"),
                           v.value(QStringLiteral("duty_number")).toInt() == 0);
                   });
    steps << count(LedgerTypes::triageCase(), inQuarter, [&](const Record &, const QVariantMap &) {
        add(QStringLiteral("triage_case"));
    });
    steps << count(LedgerTypes::activity(), inQuarter, [&](const Record &, const QVariantMap &v) {
        add(QStringLiteral("activity.") + v.value(QStringLiteral("kind")).toString());
    });
    steps << count(
        LedgerTypes::caseSubmission(), inQuarter,
        [&](const Record &, const QVariantMap &) { add(QStringLiteral("case_submission")); });
    for (const Status &s : std::as_const(steps)) {
        if (!s) {
            return s.error();
        }
    }

    // Records the clerk linked to a measure, placed in the quarter by their own date.
    auto links = Sql::exec(db, QStringLiteral("SELECT l.record_table, l.record_id, m.number "
                                              "FROM record_link l JOIN measure m ON m.id = "
                                              "l.target_id WHERE l.target_table = 'measure' "
                                              "ORDER BY m.number, l.record_table, l.record_id"));
    if (!links) {
        return links.error();
    }
    QSet<QPair<int, QString>> seen;
    while (links->next()) {
        const RecordType *type = typeOfTable(links->value(0).toString());
        if (!type || type->dateKey.isEmpty()) {
            continue;
        }
        auto record = repo.get(*type, links->value(1).toLongLong());
        if (!record || !record->deletedAt.isEmpty()) {
            continue;
        }
        const QVariantMap v = DocumentContext::printedValues(record.value());
        const QDate day = dateOf(v, type->dateKey);
        if (!within(day)) {
            continue;
        }
        QString subject;
        for (const FieldSpec &f : type->fields) {
            if (f.kind == FieldKind::Text && f.required) {
                subject = v.value(f.key).toString();
                break;
            }
        }
        const int measure = links->value(2).toInt();
        const QString label = DocumentContext::date(day) + QLatin1Char(' ') + subject;
        // The same record linked to one measure in two editions shows once.
        if (!seen.contains({measure, type->table + QString::number(record->id)})) {
            seen.insert({measure, type->table + QString::number(record->id)});
            facts.linked[measure] << label;
        }
    }
    return facts;
}

QString MeasureEvidence::statusRule()
{
    // Printed on a Chinese form whatever the interface language, like the form's labels.
    return QStringLiteral("“参考状态”：措施有应办事项（会议、公开等次数与期限）的，按应办事项本季度"
                          "是否按期办理给出；没有应办事项的，本季度有相关台账记录为正常推进，"
                          "没有为推进滞后。");
}

Result<QList<MeasureEvidence>> RecordMeasureEvidence::evidence(int year, int quarter) const
{
    auto facts = QuarterFacts::collect(m_context.db(), year, quarter);
    if (!facts) {
        return facts.error();
    }
    return evidence(year, facts.value());
}

Result<QList<MeasureEvidence>> RecordMeasureEvidence::evidence(int year,
                                                               const QuarterFacts &facts) const
{
    auto edition = Editions(m_context.db()).forYear(ListKind::Tasks, year);
    if (!edition) {
        return edition.error();
    }
    auto wording = m_context.wording(QStringLiteral("quarterly_draft.json"));
    if (!wording) {
        return wording.error();
    }
    const QJsonObject phrases = wording->value(QStringLiteral("phrases")).toObject();
    const QJsonObject serving = wording->value(QStringLiteral("measures")).toObject();
    const QString linkedPhrase = wording->value(QStringLiteral("linked")).toString();
    const QStringList options = QuarterlySheets::statusOptions();
    const auto suggestion =
        MeasureSuggestion::forQuarter(m_context.db(), year, facts.quarter, QDate::currentDate());

    RecordRepository repo(m_context.db());
    auto tasks = repo.list(ReferenceTypes::task(), edition->id);
    if (!tasks) {
        return tasks.error();
    }
    QList<MeasureEvidence> all;
    for (const Record &task : tasks.value()) {
        auto measures = repo.list(ReferenceTypes::measure(), task.id);
        if (!measures) {
            return measures.error();
        }
        for (const Record &measure : measures.value()) {
            MeasureEvidence e;
            e.taskNumber = task.value(QStringLiteral("number")).toInt();
            e.taskTitle = task.text(QStringLiteral("title"));
            e.measureNumber = measure.value(QStringLiteral("number")).toInt();
            e.measureText = measure.text(QStringLiteral("text"));
            e.shortText = shortMeasure(e.measureText);
            for (const QJsonValue &key :
                 serving.value(QString::number(e.measureNumber)).toArray()) {
                const int n = facts.counts.value(key.toString());
                if (n > 0) {
                    e.findings << m_context.words(phrases.value(key.toString()).toString())
                                      .replace(QStringLiteral("{n}"), QString::number(n));
                }
            }
            for (const QString &label : facts.linked.value(e.measureNumber)) {
                e.findings << QString(linkedPhrase).replace(QStringLiteral("{label}"), label);
            }
            // Measures with obligations take the engine's suggestion; the
            // others count any evidence this quarter as on schedule, none as behind. The
            // clerk decides the sheet's status.
            if (suggestion && suggestion->perMeasure.contains(e.measureNumber)) {
                e.status = options.value(
                    MeasureSuggestion::optionIndex(suggestion->perMeasure.value(e.measureNumber)));
            } else {
                e.status = e.findings.isEmpty() ? options.value(1) : options.value(0);
            }
            all.append(e);
        }
    }
    return all;
}

} // namespace committee
