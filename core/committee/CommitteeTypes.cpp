#include "committee/CommitteeTypes.h"

#include <QtGlobal>

namespace committee::CommitteeTypes {

const RecordType &profile()
{
    static const RecordType type{
        .id = QStringLiteral("committee"),
        .table = QStringLiteral("committee"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Committee"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Committees"),
        .fields = {
            {.key = QStringLiteral("name"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Committee name"),
             .required = true,
             .maxLength = 100,
             .inList = true},
            {.key = QStringLiteral("kind"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Type"),
             .kind = FieldKind::Choice,
             .required = true,
             .choices = {{QStringLiteral("village"),
                          QT_TRANSLATE_NOOP("committee::Fields", "Village committee (村)")},
                         {QStringLiteral("community"),
                          QT_TRANSLATE_NOOP("committee::Fields", "Community committee (社区)")}},
             .inList = true},
            {.key = QStringLiteral("township"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Township or sub-district"),
             .required = true,
             .maxLength = 100,
             .inList = true},
            {.key = QStringLiteral("district"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "District or county"),
             .required = true,
             .maxLength = 100},
            {.key = QStringLiteral("term_start"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Term starts"),
             .kind = FieldKind::Date},
            {.key = QStringLiteral("term_end"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Term ends"),
             .kind = FieldKind::Date},
            {.key = QStringLiteral("contact_person"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Contact person"),
             .maxLength = 50},
            {.key = QStringLiteral("contact_phone"),
             .label = QT_TRANSLATE_NOOP("committee::Fields", "Contact phone"),
             .kind = FieldKind::Phone,
             .maxLength = 30},
        }};
    return type;
}

const RecordType &member()
{
    static const RecordType type{.id = QStringLiteral("member"),
                                 .table = QStringLiteral("member"),
                                 .singular = QT_TRANSLATE_NOOP("committee::Fields", "Member"),
                                 .plural = QT_TRANSLATE_NOOP("committee::Fields", "Members"),
                                 .parentKey = QStringLiteral("committee_id"),
                                 .ordered = true,
                                 .fields = {
                                     {.key = QStringLiteral("name"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "Name"),
                                      .required = true,
                                      .maxLength = 50,
                                      .inList = true},
                                     {.key = QStringLiteral("role"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "Role"),
                                      .required = true,
                                      .maxLength = 50,
                                      .inList = true},
                                     {.key = QStringLiteral("phone"),
                                      .label = QT_TRANSLATE_NOOP("committee::Fields", "Phone"),
                                      .kind = FieldKind::Phone,
                                      .maxLength = 30,
                                      .inList = true},
                                 }};
    return type;
}

} // namespace committee::CommitteeTypes
