#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace committee {

// How many must be present for a meeting to be valid, and how many must vote for a motion.
// The figures are data (resources/reference/meeting_rules.json) that the clerk can read in
// the app, because they come from law and local practice and do change.
struct Share {
    int num = 1;
    int den = 2;
    bool strict = true; // "more than" rather than "at least"

    bool reachedBy(int count, int total) const
    {
        const qint64 lhs = qint64(count) * den;
        const qint64 rhs = qint64(num) * total;
        return strict ? lhs > rhs : lhs >= rhs;
    }
    // The smallest count that reaches the share of `total`.
    int smallestCount(int total) const;
    QString describe() const; // e.g. "more than one half"
};

struct MeetingRule {
    QString kind;
    Share quorum;
    Share pass;
    bool passOfPresent = true; // the base of `pass`: those present, or all members
    QString basis;             // where the rule comes from, in the document's words
};

class MeetingRules {
    Q_DECLARE_TR_FUNCTIONS(committee::MeetingRules)
public:
    static const QList<MeetingRule> &all();
    static std::optional<MeetingRule> forKind(const QString &kind);

    // Empty when met; otherwise a sentence for the clerk.
    static QString quorumProblem(const MeetingRule &rule, int members, int present);
    static QString motionProblem(const MeetingRule &rule, int members, int present, int votesFor);
};

} // namespace committee
