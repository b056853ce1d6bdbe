#pragma once

#include "records/RecordType.h"

namespace committee::CommitteeTypes {

const RecordType &profile(); // the committee itself (one row)
const RecordType &member();  // a member of the committee

inline const QString kVillage = QStringLiteral("village");
inline const QString kCommunity = QStringLiteral("community");

} // namespace committee::CommitteeTypes
