#pragma once

#include "common/Result.h"

#include <QString>

namespace committee {

class DocumentContext;
struct QuarterFacts;

// The draft of 进展情况 the app offers for a quarter: concrete counts from the records
// ("本季度召开居民代表会议1次、协商会议2次，协商“…”等事项；开展居务公开4次…"), in the
// wording of quarterly_draft.json, never longer than the form allows. Highlights go first
// when it is too long, then the least central groups.
class ProgressDraft {
public:
    static Result<QString> write(const DocumentContext &context, const QuarterFacts &facts,
                                 int limit);
};

} // namespace committee
