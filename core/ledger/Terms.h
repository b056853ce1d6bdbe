#pragma once

#include "common/Result.h"
#include "records/Record.h"

#include <QDate>
#include <QList>
#include <QString>

namespace committee {

class Database;

// A term of office that has run out: the committee's own or a sub-committee's.
struct EndedTerm {
    QString name; // 桂花湾社区居民委员会, 人民调解委员会
    QDate endedOn;
};

// Whose term has ended before `today`, as the records say: the committee's profile first,
// then each sub-committee. The election (换届) is the committee's to hold; this only says
// that the dates the app has are past, so the clerk updates them.
QList<EndedTerm> endedTerms(const Record &profile, const QList<Record> &subcommittees,
                            const QDate &today);
// The same for the committee in `db` (sub-committees in the trash do not count).
Result<QList<EndedTerm>> endedTermsIn(Database &db, const QDate &today);

} // namespace committee
