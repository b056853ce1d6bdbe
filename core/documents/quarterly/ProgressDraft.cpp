#include "documents/quarterly/ProgressDraft.h"

#include "documents/DocumentContext.h"
#include "documents/quarterly/MeasureEvidence.h"
#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"

#include <QJsonArray>
#include <QSet>

namespace committee {

namespace {

enum class Detail { Full, NoExamples, NoTitles };

QString assemble(const QList<ProgressDraft::Task> &tasks, const ProgressDraft::Wording &w,
                 Detail detail)
{
    QString text = w.opening;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const ProgressDraft::Task &task = tasks[i];
        text += QString(w.ordinal).replace(QStringLiteral("{n}"),
                                           DocumentContext::chineseNumber(int(i) + 1));
        if (detail != Detail::NoTitles && !task.title.isEmpty()) {
            text += task.title + w.afterTitle;
        }
        text += detail == Detail::Full ? task.factsWithExample : task.facts;
        text += i + 1 < tasks.size() ? w.separator : w.end;
    }
    return text;
}

// The counts of one task as one clause: "召开党员大会1次、两委联席会议2次，协商“…”等事项".
// A count that repeats the verb of the one before drops it ("召开A1次、B2次"); a "其中…"
// count follows its total with a comma.
struct Clause {
    QString plain;
    QString withExample;
    void add(const QString &phrase, const QStringList &sharedVerbs, const QString &previous)
    {
        QString shown = phrase;
        for (const QString &verb : sharedVerbs) {
            if (!previous.isEmpty() && previous.startsWith(verb) && phrase.startsWith(verb)) {
                shown = phrase.mid(verb.size());
            }
        }
        const bool part = phrase.startsWith(QStringLiteral("其中")) ||
                          previous.startsWith(QStringLiteral("其中"));
        const QString join = plain.isEmpty() ? QString()
                             : part          ? QStringLiteral("，")
                                             : QStringLiteral("、");
        plain += join + shown;
        withExample += join + shown;
    }
};

} // namespace

QString ProgressDraft::compose(const QList<Task> &tasks, const Wording &wording, int limit)
{
    QList<Task> withFacts;
    for (const Task &t : tasks) {
        if (!t.facts.isEmpty()) {
            withFacts.append(t);
        }
    }
    if (withFacts.isEmpty()) {
        return wording.nothing;
    }
    for (Detail detail : {Detail::Full, Detail::NoExamples, Detail::NoTitles}) {
        const QString text = assemble(withFacts, wording, detail);
        if (text.size() <= limit) {
            return text;
        }
    }
    // Still too long: the last tasks of the list go first.
    while (withFacts.size() > 1 && assemble(withFacts, wording, Detail::NoTitles).size() > limit) {
        withFacts.removeLast();
    }
    return assemble(withFacts, wording, Detail::NoTitles).left(limit);
}

Result<QString> ProgressDraft::write(const DocumentContext &context, int year,
                                     const QuarterFacts &facts, int limit)
{
    auto json = context.wording(QStringLiteral("quarterly_draft.json"));
    if (!json) {
        return json.error();
    }
    auto edition = Editions(context.db()).forYear(ListKind::Tasks, year);
    if (!edition) {
        return edition.error();
    }
    const QJsonObject phrases = json->value(QStringLiteral("phrases")).toObject();
    const QJsonObject serving = json->value(QStringLiteral("measures")).toObject();
    const QJsonObject draft = json->value(QStringLiteral("draft")).toObject();
    const auto text = [&draft](const char *key) {
        return draft.value(QLatin1String(key)).toString();
    };
    QStringList sharedVerbs;
    for (const QJsonValue &v : draft.value(QStringLiteral("shared_verbs")).toArray()) {
        sharedVerbs << v.toString();
    }
    QString example;
    if (!facts.consultationTopics.isEmpty()) {
        QStringList quoted;
        for (const QString &topic : facts.consultationTopics.mid(0, 2)) {
            quoted << QStringLiteral("“%1”").arg(topic);
        }
        example =
            text("consultation_topics").replace(QStringLiteral("{topics}"), quoted.join(QString()));
    }

    QSet<QString> used;
    const auto clauseOf = [&](const QStringList &keys) {
        Clause clause;
        QString previous;
        for (const QString &key : keys) {
            const int n = facts.counts.value(key);
            if (used.contains(key) || n <= 0) {
                continue;
            }
            used.insert(key);
            const QString phrase = context.words(phrases.value(key).toString())
                                       .replace(QStringLiteral("{n}"), QString::number(n));
            clause.add(phrase, sharedVerbs, previous);
            previous = phrase;
            if (key == QLatin1String("meeting.consultation") && !example.isEmpty()) {
                clause.withExample += QStringLiteral("，") + example;
            }
        }
        return clause;
    };

    RecordRepository repo(context.db());
    auto taskRecords = repo.list(ReferenceTypes::task(), edition->id);
    if (!taskRecords) {
        return taskRecords.error();
    }
    QList<Task> tasks;
    for (const Record &task : taskRecords.value()) {
        auto measures = repo.list(ReferenceTypes::measure(), task.id);
        if (!measures) {
            return measures.error();
        }
        QStringList keys;
        for (const Record &measure : measures.value()) {
            for (const QJsonValue &key :
                 serving.value(measure.value(QStringLiteral("number")).toString()).toArray()) {
                keys << key.toString();
            }
        }
        const Clause clause = clauseOf(keys);
        tasks.append({context.forThisCommittee(task.text(QStringLiteral("title"))), clause.plain,
                      clause.withExample});
    }
    // Counts that no measure of this edition takes (an edition numbered otherwise) still
    // count; they close the draft.
    QStringList rest;
    for (auto it = phrases.constBegin(); it != phrases.constEnd(); ++it) {
        rest << it.key();
    }
    const Clause others = clauseOf(rest);
    tasks.append({text("other_title"), others.plain, others.withExample});

    const Wording wording{text("opening"),   text("ordinal"), text("after_title"),
                          text("separator"), text("end"),     text("nothing")};
    return compose(tasks, wording, limit);
}

} // namespace committee
