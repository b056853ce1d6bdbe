#include "documents/quarterly/ProblemsDraft.h"

#include "common/Period.h"

#include "documents/DocumentContext.h"
#include "documents/quarterly/MeasureEvidence.h"
#include "ledger/LedgerTypes.h"
#include "obligations/MeasureSuggestion.h"
#include "obligations/ObligationOverview.h"
#include "obligations/ObligationService.h"
#include "records/RecordRepository.h"

#include <QRegularExpression>

namespace committee {

namespace {

// "召开协商会议（每季度至少2次）" → "召开协商会议": the cadence in brackets is the form's
// business, not the sentence's.
QString withoutCadence(const QString &title)
{
    static const QRegularExpression trailing(QStringLiteral("\\s*[（(][^（）()]*[）)]\\s*$"));
    QString shortTitle = title;
    shortTitle.remove(trailing);
    return shortTitle.isEmpty() ? title : shortTitle;
}

QDate dateValue(const QVariant &v)
{
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString(), Qt::ISODate);
}

QString fill(QString text, const QList<QPair<QString, QString>> &values)
{
    for (const auto &[key, value] : values) {
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    }
    return text;
}

} // namespace

Result<QuarterOutlook> QuarterOutlook::collect(const DocumentContext &context, int year,
                                               int quarter, const QDate &today)
{
    const QDate last = Quarter(year, quarter).last();
    const QDate when = qMin(last, today);
    auto statuses = ObligationService(context.db()).statusOn(when);
    if (!statuses) {
        return statuses.error();
    }
    QuarterOutlook outlook;
    const Quarter next = Quarter(year, quarter).next();
    const QDate nextFirst = next.first();
    const QDate nextLast = next.last();
    for (const ObligationStatus &s : statuses.value()) {
        const Obligation &o = s.obligation;
        if (o.measureNumber <= 0 || s.state == ObligationStatus::State::NotApplicable) {
            continue;
        }
        const QString title = withoutCadence(context.forThisCommittee(o.title));
        if (MeasureSuggestion::isLate(s, last, today)) {
            outlook.behind.append({title, s.count, s.required});
        }
        for (const QDate &d : ObligationOverview::deadlinesIn(o, nextFirst.year())) {
            // Monthly deadlines are routine; the sentence names the ones that come once.
            if (o.cadence != QLatin1String("monthly") && d >= nextFirst && d <= nextLast) {
                outlook.nextDeadlines.append({d, title});
                break;
            }
        }
    }
    std::stable_sort(outlook.nextDeadlines.begin(), outlook.nextDeadlines.end(),
                     [](const Deadline &a, const Deadline &b) { return a.date < b.date; });

    RecordRepository repo(context.db());
    auto requests = repo.list(LedgerTypes::deptRequest(), RecordQuery{});
    if (!requests) {
        return requests.error();
    }
    for (const Record &r : requests.value()) {
        const QVariantMap v = DocumentContext::printedValues(r);
        if (v.value(QStringLiteral("decision")).toString() == QLatin1String("pending") &&
            dateValue(v.value(QStringLiteral("received_on"))) <= last) {
            ++outlook.pendingRequests;
        }
    }
    auto decisions = repo.list(LedgerTypes::decision(), RecordQuery{});
    if (!decisions) {
        return decisions.error();
    }
    // Lists come newest first; the sentence names the oldest open matter.
    for (auto it = decisions->crbegin(); it != decisions->crend(); ++it) {
        const QVariantMap v = DocumentContext::printedValues(*it);
        const QDate resolved = dateValue(v.value(QStringLiteral("resolved_on")));
        if (resolved.isValid() && resolved <= last &&
            !dateValue(v.value(QStringLiteral("result_disclosed_on"))).isValid()) {
            outlook.openDecisions << v.value(QStringLiteral("matter")).toString();
        }
    }
    return outlook;
}

QString ProblemsDraft::compose(QuarterOutlook outlook, const QJsonObject &wording, int limit)
{
    const auto w = [&wording](const char *key) {
        return wording.value(QLatin1String(key)).toString();
    };
    const auto assemble = [&]() {
        QStringList problems;
        QStringList lateTitles;
        for (const QuarterOutlook::Behind &b : std::as_const(outlook.behind)) {
            problems << fill(w(b.required > 1 ? "behind_count" : "behind"),
                             {{QStringLiteral("title"), b.title},
                              {QStringLiteral("count"), QString::number(b.count)},
                              {QStringLiteral("required"), QString::number(b.required)}});
            lateTitles << b.title;
        }
        if (outlook.pendingRequests > 0) {
            problems << fill(w("pending_requests"),
                             {{QStringLiteral("n"), QString::number(outlook.pendingRequests)}});
        }
        if (!outlook.openDecisions.isEmpty()) {
            problems << fill(
                w(outlook.openDecisions.size() > 1 ? "open_decisions" : "open_decision"),
                {{QStringLiteral("matter"), outlook.openDecisions.first()},
                 {QStringLiteral("n"), QString::number(outlook.openDecisions.size())}});
        }
        QStringList plans;
        if (!lateTitles.isEmpty()) {
            plans << fill(w("catch_up"),
                          {{QStringLiteral("titles"), lateTitles.join(QStringLiteral("、"))}});
        }
        if (outlook.pendingRequests > 0) {
            plans << w("decide_requests");
        }
        if (!outlook.openDecisions.isEmpty()) {
            plans << w("disclose_results");
        }
        for (const QuarterOutlook::Deadline &d : std::as_const(outlook.nextDeadlines)) {
            plans << fill(w("deadline"),
                          {{QStringLiteral("date"),
                            QStringLiteral("%1月%2日").arg(d.date.month()).arg(d.date.day())},
                           {QStringLiteral("title"), d.title}});
        }
        if (problems.isEmpty()) {
            problems << w("none");
        }
        if (plans.isEmpty()) {
            plans << w("keep_going");
        }
        return w("problems") + problems.join(w("separator")) + w("end") + w("plans") +
               plans.join(w("separator")) + w("end");
    };
    QString text = assemble();
    while (text.size() > limit && !outlook.nextDeadlines.isEmpty()) {
        outlook.nextDeadlines.removeLast();
        text = assemble();
    }
    while (text.size() > limit && outlook.behind.size() > 1) {
        outlook.behind.removeLast();
        text = assemble();
    }
    return text.left(limit);
}

Result<QString> ProblemsDraft::write(const DocumentContext &context, int year, int quarter,
                                     const QDate &today, int limit)
{
    auto json = context.wording(QStringLiteral("quarterly_draft.json"));
    if (!json) {
        return json.error();
    }
    auto outlook = QuarterOutlook::collect(context, year, quarter, today);
    if (!outlook) {
        return outlook.error();
    }
    return compose(outlook.value(), json->value(QStringLiteral("problems")).toObject(), limit);
}

} // namespace committee
