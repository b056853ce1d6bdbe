#include "documents/ProgressDraft.h"

#include "documents/DocumentContext.h"
#include "documents/MeasureEvidence.h"

#include <QJsonArray>

namespace committee {

namespace {

struct Wording {
    QJsonObject phrases;
    QJsonObject draft;
    QString text(const QString &key) const { return draft.value(key).toString(); }
};

QString groupText(const DocumentContext &context, const Wording &w, const QJsonObject &group,
                  const QuarterFacts &facts, bool highlights)
{
    const QString prefix = group.value(QStringLiteral("prefix")).toString();
    const QString separator = group.contains(QStringLiteral("separator"))
                                  ? group.value(QStringLiteral("separator")).toString()
                                  : w.text(QStringLiteral("separator"));
    QStringList parts;
    for (const QJsonValue &item : group.value(QStringLiteral("items")).toArray()) {
        const QString key = item.toString();
        if (key == QLatin1String("consultation_topics")) {
            if (!highlights || facts.consultationTopics.isEmpty()) {
                continue;
            }
            QStringList quoted;
            for (const QString &topic : facts.consultationTopics.mid(0, 3)) {
                quoted << QStringLiteral("“%1”").arg(topic);
            }
            parts << w.text(key).replace(QStringLiteral("{topics}"), quoted.join(QString()));
            continue;
        }
        const int n = facts.counts.value(key);
        if (n <= 0) {
            continue;
        }
        QString phrase = context.words(w.phrases.value(key).toString())
                             .replace(QStringLiteral("{n}"), QString::number(n));
        // "召开A1次、B2次": the shared verb once per group.
        if (!parts.isEmpty() && !prefix.isEmpty() && phrase.startsWith(prefix)) {
            phrase = phrase.mid(prefix.size());
        }
        parts << phrase;
    }
    return parts.join(separator);
}

// A group's text and what joins it to the one before ("join" in the wording, e.g. a
// highlight that continues the sentence of the meetings).
struct Group {
    QString text;
    QString join;
};

QString assemble(const Wording &w, const QList<Group> &groups)
{
    if (groups.isEmpty()) {
        return w.text(QStringLiteral("nothing"));
    }
    QString text = w.text(QStringLiteral("opening"));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (i > 0) {
            text += groups[i].join.isEmpty() ? w.text(QStringLiteral("group_separator"))
                                             : groups[i].join;
        }
        text += groups[i].text;
    }
    return text + w.text(QStringLiteral("end"));
}

} // namespace

Result<QString> ProgressDraft::write(const DocumentContext &context, const QuarterFacts &facts,
                                     int limit)
{
    auto json = context.wording(QStringLiteral("quarterly_draft.json"));
    if (!json) {
        return json.error();
    }
    Wording w{json->value(QStringLiteral("phrases")).toObject(),
              json->value(QStringLiteral("draft")).toObject()};
    const QJsonArray groupSpecs = w.draft.value(QStringLiteral("groups")).toArray();
    for (bool highlights : {true, false}) {
        QList<Group> groups;
        for (const QJsonValue &spec : groupSpecs) {
            const QString text = groupText(context, w, spec.toObject(), facts, highlights);
            if (!text.isEmpty()) {
                groups.append({text, spec.toObject().value(QStringLiteral("join")).toString()});
            }
        }
        QString draft = assemble(w, groups);
        if (draft.size() <= limit) {
            return draft;
        }
        if (!highlights) {
            // Still too long: leave out the last groups, which matter least for the sheet.
            while (groups.size() > 1 && assemble(w, groups).size() > limit) {
                groups.removeLast();
            }
            return assemble(w, groups).left(limit);
        }
    }
    return QString();
}

} // namespace committee
