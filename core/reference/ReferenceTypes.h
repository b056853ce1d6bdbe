#pragma once

#include "records/RecordType.h"

namespace committee::ReferenceTypes {

// The entries of the official lists, described once for every generic part.
const RecordType &dutyItem(); // 渝民发〔2021〕6号: an item of the assistance checklist
const RecordType &task();     // 渝北民〔2023〕24号 附件1: a key task
const RecordType &measure();  // ... and one of its numbered measures
const RecordType &edition();  // an edition of one of the lists

} // namespace committee::ReferenceTypes
