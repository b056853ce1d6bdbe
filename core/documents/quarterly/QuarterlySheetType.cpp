// The quarterly progress sheet described once, like the ledger types, so the editor form,
// validation and the repository all read the same limits.
#include "common/Period.h"
#include "documents/quarterly/QuarterlySheets.h"

#include <QtGlobal>

namespace committee {

int QuarterlySheets::progressLimit()
{
    return 300;
}

int QuarterlySheets::problemsLimit()
{
    // The box is 45 mm high against 72 mm for 300 characters of 进展情况.
    return 180;
}

QStringList QuarterlySheets::statusOptions()
{
    QStringList options;
    for (const Choice &choice : type().field(QStringLiteral("status"))->choices) {
        options << choice.value;
    }
    return options;
}

const RecordType &QuarterlySheets::type()
{
    static const RecordType type{
        .id = QStringLiteral("quarterly_sheet"),
        .table = QStringLiteral("quarterly_sheet"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Quarterly progress sheet"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Quarterly progress sheets"),
        .fields =
            {
                {.key = QStringLiteral("year"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Year"),
                 .kind = FieldKind::Integer,
                 .required = true,
                 .inList = true,
                 .appManaged = true,
                 .minimum = kFirstYear,
                 .maximum = kLastYear},
                {.key = QStringLiteral("quarter"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Quarter"),
                 .kind = FieldKind::Integer,
                 .required = true,
                 .inList = true,
                 .appManaged = true,
                 .minimum = 1,
                 .maximum = 4},
                {.key = QStringLiteral("township"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Township or sub-district"),
                 .required = true,
                 .maxLength = 100,
                 .inList = true},
                {.key = QStringLiteral("filled_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Date filled in"),
                 .kind = FieldKind::Date,
                 .required = true,
                 .inList = true},
                {.key = QStringLiteral("progress"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Progress"),
                 .kind = FieldKind::MultiLine,
                 .required = true,
                 .maxLength = 300},
                {.key = QStringLiteral("problems"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Problems and next steps"),
                 .kind = FieldKind::MultiLine},
                {.key = QStringLiteral("status"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Progress status"),
                 .kind = FieldKind::Choice,
                 // Chosen by the clerk, and needed only to mark the sheet as submitted
                 // (QuarterlySheets::markSubmitted): a draft starts without one.
                 .required = false,
                 // Stored in the form's own wording, which is what the sheet prints.
                 .choices = {{QStringLiteral("正常推进"),
                              QT_TRANSLATE_NOOP("committee::Fields", "On schedule (正常推进)")},
                             {QStringLiteral("推进滞后"),
                              QT_TRANSLATE_NOOP("committee::Fields", "Behind schedule (推进滞后)")},
                             {QStringLiteral("已完成"),
                              QT_TRANSLATE_NOOP("committee::Fields", "Completed (已完成)")}},
                 .inList = true},
                {.key = QStringLiteral("contact"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Contact person"),
                 .required = true,
                 .maxLength = 50},
                {.key = QStringLiteral("phone"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Contact phone"),
                 .kind = FieldKind::Phone,
                 .required = true,
                 .maxLength = 30},
                // Kept by the app: frozen into the sheet when it is submitted.
                {.key = QStringLiteral("committee_name"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Committee name"),
                 .maxLength = 100,
                 .appManaged = true},
                {.key = QStringLiteral("committee_kind"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Type"),
                 .maxLength = 20,
                 .appManaged = true},
                {.key = QStringLiteral("title"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Title"),
                 .maxLength = 200,
                 .appManaged = true},
                {.key = QStringLiteral("submitted_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Submitted on"),
                 .kind = FieldKind::Date,
                 .inList = true,
                 .appManaged = true},
            },
        .ledger = true,
    };
    return type;
}

} // namespace committee
