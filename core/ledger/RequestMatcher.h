#pragma once

#include "records/Record.h"

#include <QList>
#include <QString>

namespace committee {

// Suggests which checklist items a department's request falls under, by the two-character
// words (bigrams) it shares with each item. Chinese has no spaces, and bigrams catch
// 消防, 居住证, 违法建筑 without a dictionary. The clerk confirms; nothing is decided here.
class RequestMatcher {
public:
    struct Suggestion {
        int number = 0;
        QString name;
        double score = 0; // share of the request's bigrams found in the item
    };
    static QList<Suggestion> suggest(const QString &request, const QList<Record> &dutyItems,
                                     int atMost = 3);
};

} // namespace committee
