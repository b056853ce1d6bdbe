#include "ledger/MeetingRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace committee {

namespace {
Share readShare(const QJsonObject &o)
{
    return Share{o.value(QStringLiteral("num")).toInt(1),
                 qMax(1, o.value(QStringLiteral("den")).toInt(2)),
                 o.value(QStringLiteral("strict")).toBool(true)};
}
} // namespace

int Share::smallestCount(int total) const
{
    for (int count = 0; count <= total; ++count) {
        if (reachedBy(count, total)) {
            return count;
        }
    }
    return total + 1;
}

QString Share::describe() const
{
    const QString fraction = num == 1 && den == 2   ? MeetingRules::tr("one half")
                             : num == 2 && den == 3 ? MeetingRules::tr("two thirds")
                                                    : QStringLiteral("%1/%2").arg(num).arg(den);
    return strict ? MeetingRules::tr("more than %1").arg(fraction)
                  : MeetingRules::tr("at least %1").arg(fraction);
}

const QList<MeetingRule> &MeetingRules::all()
{
    static const QList<MeetingRule> rules = [] {
        QList<MeetingRule> list;
        QFile file(QStringLiteral(":/reference/meeting_rules.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return list;
        }
        const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            const QJsonObject pass = o.value(QStringLiteral("pass")).toObject();
            list.append({o.value(QStringLiteral("kind")).toString(),
                         readShare(o.value(QStringLiteral("quorum")).toObject()), readShare(pass),
                         pass.value(QStringLiteral("of")).toString() != QLatin1String("members"),
                         o.value(QStringLiteral("basis")).toString()});
        }
        return list;
    }();
    return rules;
}

std::optional<MeetingRule> MeetingRules::forKind(const QString &kind)
{
    for (const MeetingRule &rule : all()) {
        if (rule.kind == kind) {
            return rule;
        }
    }
    return std::nullopt;
}

QString MeetingRules::quorumProblem(const MeetingRule &rule, int members, int present)
{
    if (members <= 0 || rule.quorum.reachedBy(present, members)) {
        return {};
    }
    return tr("Quorum not reached: %1 of %2 present; this meeting needs %3 present (%4).")
        .arg(present)
        .arg(members)
        .arg(rule.quorum.describe())
        .arg(rule.quorum.smallestCount(members));
}

QString MeetingRules::motionProblem(const MeetingRule &rule, int members, int present, int votesFor)
{
    const int base = rule.passOfPresent ? present : members;
    if (base <= 0 || rule.pass.reachedBy(votesFor, base)) {
        return {};
    }
    const QString of = rule.passOfPresent ? tr("of those present") : tr("of all members");
    return tr("Not passed: %1 votes for; a motion needs %2 %3 (%4).")
        .arg(votesFor)
        .arg(rule.pass.describe(), of)
        .arg(rule.pass.smallestCount(base));
}

} // namespace committee
