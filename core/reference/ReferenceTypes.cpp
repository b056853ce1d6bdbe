#include "reference/ReferenceTypes.h"

#include "common/Period.h"
#include <QtGlobal>

namespace committee::ReferenceTypes {

const RecordType &dutyItem()
{
    static const RecordType type{
        .id = QStringLiteral("duty_item"),
        .table = QStringLiteral("duty_item"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Assistance item"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Assistance items"),
        .parentKey = QStringLiteral("edition_id"),
        .ordered = true,
        .numbered = true,
        .hasOfficialText = true,
        .fields = {
            {.key = QStringLiteral("number"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "No."),
             .kind = FieldKind::Integer,
             .required = true,
             .inList = true,
             .appManaged = true,
             .minimum = 1,
             .maximum = 999},
            {.key = QStringLiteral("name"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Item"),
             .required = true,
             .maxLength = 200,
             .inList = true,
             .hasOfficial = true},
            {.key = QStringLiteral("content"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "What the committee assists with"),
             .kind = FieldKind::MultiLine,
             .hasOfficial = true},
            {.key = QStringLiteral("refined"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Detailed tasks"),
             .kind = FieldKind::MultiLine,
             .hasOfficial = true},
            {.key = QStringLiteral("basis"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Legal basis"),
             .kind = FieldKind::StringList,
             .hasOfficial = true},
            {.key = QStringLiteral("department"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Competent department"),
             .maxLength = 200,
             .inList = true,
             .hasOfficial = true},
            {.key = QStringLiteral("remark"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Remark"),
             .kind = FieldKind::MultiLine,
             .hasOfficial = true},
        }};
    return type;
}

const RecordType &task()
{
    static const RecordType type{.id = QStringLiteral("task"),
                                 .table = QStringLiteral("task"),
                                 .singular = QT_TRANSLATE_NOOP("committee::Fields", "Key task"),
                                 .plural = QT_TRANSLATE_NOOP("committee::Fields", "Key tasks"),
                                 .parentKey = QStringLiteral("edition_id"),
                                 .ordered = true,
                                 .numbered = true,
                                 .hasOfficialText = true,
                                 .fields = {
                                     {.key = QStringLiteral("number"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "No."),
                                      .kind = FieldKind::Integer,
                                      .required = true,
                                      .inList = true,
                                      .appManaged = true,
                                      .minimum = 1,
                                      .maximum = 999},
                                     {.key = QStringLiteral("title"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "Key task"),
                                      .required = true,
                                      .maxLength = 200,
                                      .inList = true,
                                      .hasOfficial = true},
                                 }};
    return type;
}

const RecordType &measure()
{
    // Measures are numbered straight through the whole list (1 to 25 in 2023), not per
    // task, so the number is kept by the task list rather than by position.
    static const RecordType type{.id = QStringLiteral("measure"),
                                 .table = QStringLiteral("measure"),
                                 .singular = QT_TRANSLATE_NOOP("committee::Fields", "Measure"),
                                 .plural = QT_TRANSLATE_NOOP("committee::Fields", "Measures"),
                                 .parentKey = QStringLiteral("task_id"),
                                 .ordered = true,
                                 .numbered = false,
                                 .hasOfficialText = true,
                                 .fields = {
                                     {.key = QStringLiteral("number"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "No."),
                                      .kind = FieldKind::Integer,
                                      .required = true,
                                      .inList = true,
                                      .appManaged = true,
                                      .minimum = 1,
                                      .maximum = 999},
                                     {.key = QStringLiteral("text"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "Measure"),
                                      .kind = FieldKind::MultiLine,
                                      .required = true,
                                      .inList = true,
                                      .hasOfficial = true},
                                 }};
    return type;
}

const RecordType &edition()
{
    static const RecordType type{
        .id = QStringLiteral("edition"),
        .table = QStringLiteral("edition"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Edition"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Editions"),
        .fields = {
            {.key = QStringLiteral("title"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Title"),
             .required = true,
             .maxLength = 200,
             .inList = true},
            {.key = QStringLiteral("year"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Year"),
             .kind = FieldKind::Integer,
             .required = true,
             .inList = true,
             .minimum = kFirstYear,
             .maximum = kLastYear},
            {.key = QStringLiteral("doc_number"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Document number"),
             .maxLength = 100,
             .inList = true},
            {.key = QStringLiteral("issuer"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Issued by"),
             .maxLength = 100,
             .inList = true},
            {.key = QStringLiteral("issued_on"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Date issued"),
             .maxLength = 20},
        }};
    return type;
}

} // namespace committee::ReferenceTypes
