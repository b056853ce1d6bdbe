// Sub-committees, members' commitments and evaluations, and the conventions.
#include "common/Period.h"
#include "ledger/LedgerRules.h"
#include "ledger/LedgerTypes.h"

#include <QtGlobal>

namespace committee::LedgerTypes {

const RecordType &subcommittee()
{
    static const RecordType type{
        .id = QStringLiteral("subcommittee"),
        .table = QStringLiteral("subcommittee"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Sub-committee"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Sub-committees"),
        .fields =
            {
                {.key = QStringLiteral("name"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Committee name"),
                 .required = true,
                 .maxLength = 100,
                 .inList = true},
                {.key = QStringLiteral("chair"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Chair (主任)"),
                 .maxLength = 50,
                 .inList = true},
                {.key = QStringLiteral("members"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Members"),
                 .kind = FieldKind::People},
                {.key = QStringLiteral("term_start"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Term starts"),
                 .kind = FieldKind::Date,
                 .inList = true},
                {.key = QStringLiteral("term_end"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Term ends"),
                 .kind = FieldKind::Date,
                 .inList = true},
                {.key = QStringLiteral("duties"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Duties and notes"),
                 .kind = FieldKind::MultiLine},
            },
        .ledger = true,
        .rules = LedgerRules::rulesFor(QStringLiteral("subcommittee")),
        .warnings = LedgerRules::warningsFor(QStringLiteral("subcommittee")),
        .progress = LedgerRules::progressFor(QStringLiteral("subcommittee")),
        .listWarnings = LedgerRules::listWarningsFor(QStringLiteral("subcommittee")),
    };
    return type;
}

const RecordType &commitment()
{
    static const RecordType type{
        .id = QStringLiteral("commitment"),
        .table = QStringLiteral("commitment"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Commitment"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Commitments"),
        .fields =
            {
                {.key = QStringLiteral("year"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Year"),
                 .kind = FieldKind::Integer,
                 .required = true,
                 .inList = true,
                 .minimum = kFirstYear,
                 .maximum = kLastYear},
                {.key = QStringLiteral("member"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Member"),
                 .required = true,
                 .maxLength = 50,
                 .inList = true},
                {.key = QStringLiteral("commitments"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Commitments"),
                 .kind = FieldKind::MultiLine,
                 .required = true},
                {.key = QStringLiteral("posted_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Posted on"),
                 .kind = FieldKind::Date,
                 .inList = true},
                {.key = QStringLiteral("filed_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Filed with the township on"),
                 .kind = FieldKind::Date,
                 .inList = true},
            },
        .ledger = true,
        .rules = LedgerRules::rulesFor(QStringLiteral("commitment")),
        .warnings = LedgerRules::warningsFor(QStringLiteral("commitment")),
        .progress = LedgerRules::progressFor(QStringLiteral("commitment")),
        .listWarnings = LedgerRules::listWarningsFor(QStringLiteral("commitment")),
    };
    return type;
}

const RecordType &evaluation()
{
    static const RecordType type{
        .id = QStringLiteral("evaluation"),
        .table = QStringLiteral("evaluation"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Democratic evaluation"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Democratic evaluations"),
        .fields =
            {
                {.key = QStringLiteral("year"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Year"),
                 .kind = FieldKind::Integer,
                 .required = true,
                 .inList = true,
                 .minimum = kFirstYear,
                 .maximum = kLastYear},
                {.key = QStringLiteral("member"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Member"),
                 .required = true,
                 .maxLength = 50,
                 .inList = true},
                {.key = QStringLiteral("evaluated_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Evaluated on"),
                 .kind = FieldKind::Date,
                 .required = true},
                {.key = QStringLiteral("satisfied"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Satisfied (满意)"),
                 .kind = FieldKind::Integer,
                 .inList = true,
                 .minimum = 0,
                 .maximum = 100000},
                {.key = QStringLiteral("fairly_satisfied"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Fairly satisfied (基本满意)"),
                 .kind = FieldKind::Integer,
                 .inList = true,
                 .minimum = 0,
                 .maximum = 100000},
                {.key = QStringLiteral("dissatisfied"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Dissatisfied (不满意)"),
                 .kind = FieldKind::Integer,
                 .inList = true,
                 .minimum = 0,
                 .maximum = 100000},
                {.key = QStringLiteral("published_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Result published on"),
                 .kind = FieldKind::Date,
                 .inList = true},
            },
        .ledger = true,
        .dateKey = QStringLiteral("evaluated_on"),
        .rules = LedgerRules::rulesFor(QStringLiteral("evaluation")),
        .warnings = LedgerRules::warningsFor(QStringLiteral("evaluation")),
        .progress = LedgerRules::progressFor(QStringLiteral("evaluation")),
        .listWarnings = LedgerRules::listWarningsFor(QStringLiteral("evaluation")),
    };
    return type;
}

const RecordType &convention()
{
    static const RecordType type{
        .id = QStringLiteral("convention"),
        .table = QStringLiteral("convention"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Convention version"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Conventions (村规民约/居民公约)"),
        .fields =
            {
                {.key = QStringLiteral("title"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Title"),
                 .required = true,
                 .maxLength = 200,
                 .inList = true},
                {.key = QStringLiteral("adopted_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Adopted on"),
                 .kind = FieldKind::Date,
                 .required = true,
                 .inList = true},
                {.key = QStringLiteral("adopted_meeting"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Adopted by the meeting"),
                 .kind = FieldKind::RecordRef,
                 .refType = QStringLiteral("meeting")},
                {.key = QStringLiteral("text"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Text"),
                 .kind = FieldKind::MultiLine,
                 .required = true},
                {.key = QStringLiteral("points_system"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Points system (积分制) notes"),
                 .kind = FieldKind::MultiLine},
                {.key = QStringLiteral("courtyard_system"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Courtyard system (院落制) notes"),
                 .kind = FieldKind::MultiLine},
                {.key = QStringLiteral("nominated"),
                 .label =
                     QT_TRANSLATE_NOOP("committee::Fields", "Nominated for the district selection"),
                 .kind = FieldKind::Choice,
                 .choices = {{QStringLiteral("no"), QT_TRANSLATE_NOOP("committee::Fields", "No")},
                             {QStringLiteral("yes"),
                              QT_TRANSLATE_NOOP("committee::Fields", "Yes")}},
                 .inList = true},
                {.key = QStringLiteral("nominated_on"),
                 .label = QT_TRANSLATE_NOOP("committee::Fields", "Nominated on"),
                 .kind = FieldKind::Date},
            },
        .ledger = true,
        .dateKey = QStringLiteral("adopted_on"),
        .rules = LedgerRules::rulesFor(QStringLiteral("convention")),
        .warnings = LedgerRules::warningsFor(QStringLiteral("convention")),
        .progress = LedgerRules::progressFor(QStringLiteral("convention")),
        .listWarnings = LedgerRules::listWarningsFor(QStringLiteral("convention")),
    };
    return type;
}

} // namespace committee::LedgerTypes
