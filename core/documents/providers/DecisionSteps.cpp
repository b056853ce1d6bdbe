#include "documents/providers/DecisionSteps.h"

#include <QRegularExpression>

namespace committee::DecisionSteps {

namespace {

// A title as compared: without spaces of either width, which clerks type unevenly.
QString comparable(QString title)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return title.remove(spaces);
}

// Shorter than this, a title held in another says nothing ("方案" is in every plan).
constexpr int kMinimumHeldLength = 4;

QString count(const QVariant &value)
{
    return value.isNull() || !value.isValid() ? QString() : QString::number(value.toLongLong());
}

} // namespace

int agendaItemFor(const QString &matter, const QList<AgendaVotes> &agenda)
{
    const QString wanted = comparable(matter);
    if (!wanted.isEmpty()) {
        for (int i = 0; i < agenda.size(); ++i) {
            if (comparable(agenda[i].title) == wanted) {
                return i;
            }
        }
        int holding = -1;
        int found = 0;
        for (int i = 0; i < agenda.size(); ++i) {
            const QString title = comparable(agenda[i].title);
            const bool held = (title.size() >= kMinimumHeldLength && wanted.contains(title)) ||
                              (wanted.size() >= kMinimumHeldLength && title.contains(wanted));
            if (held) {
                holding = i;
                ++found;
            }
        }
        if (found == 1) {
            return holding;
        }
    }
    return agenda.size() == 1 ? 0 : -1;
}

Figures figures(const QString &matter, const std::optional<LinkedMeeting> &meeting)
{
    Figures f;
    if (!meeting) {
        return f;
    }
    f.expected = count(meeting->members);
    f.present = count(meeting->present);
    const int item = agendaItemFor(matter, meeting->agenda);
    if (item >= 0) {
        const AgendaVotes &votes = meeting->agenda.at(item);
        f.votesFor = count(votes.votesFor);
        f.votesAgainst = count(votes.votesAgainst);
        f.votesAbstain = count(votes.votesAbstain);
    }
    return f;
}

} // namespace committee::DecisionSteps
