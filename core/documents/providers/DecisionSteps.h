#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace committee {

// The meeting steps of a 四议两公开 matter (二、“两委”会商议, 三、党员大会审议,
// 四、村(居)民(代表)会议决议) as its record prints them: how many were expected, how many
// came, and how the matter's own agenda item was voted. Pure: the decisions logbook reads
// the linked meeting and its agenda items and hands them in.
namespace DecisionSteps {

// An agenda item of the linked meeting; a vote not recorded is a null QVariant.
struct AgendaVotes {
    QString title;
    QVariant votesFor;
    QVariant votesAgainst;
    QVariant votesAbstain;
};

// The linked meeting; a count not recorded is a null QVariant.
struct LinkedMeeting {
    QVariant members; // 应到
    QVariant present; // 实到
    QList<AgendaVotes> agenda;
};

// Each figure as printed. Empty where it is not known, so the paper keeps a blank to fill
// in by hand instead of a 0 that nobody counted.
struct Figures {
    QString expected;
    QString present;
    QString votesFor;
    QString votesAgainst;
    QString votesAbstain;
};

// The index of the agenda item that is this matter: the one whose title is the matter's
// (spaces aside), else the one whose title holds the matter or is held by it, else the
// meeting's only item. -1 when the meeting had several items and none of them names the
// matter: a vote on another item must not be printed as this matter's.
int agendaItemFor(const QString &matter, const QList<AgendaVotes> &agenda);

// The step's figures; all empty when no meeting is linked.
Figures figures(const QString &matter, const std::optional<LinkedMeeting> &meeting);

} // namespace DecisionSteps
} // namespace committee
