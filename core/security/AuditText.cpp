#include "security/AuditText.h"

#include "committee/CommitteeTypes.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "obligations/ObligationStore.h"
#include "reference/ReferenceTypes.h"

namespace committee {

namespace {
const QString lockTable = QStringLiteral("app_lock");

QString fieldsText(const char *source)
{
    return QCoreApplication::translate("committee::Fields", source);
}
} // namespace

const RecordType *AuditText::typeOf(const QString &table)
{
    QList<const RecordType *> known = LedgerTypes::all();
    known << &LedgerTypes::agendaItem() << &CommitteeTypes::profile() << &CommitteeTypes::member()
          << &ReferenceTypes::dutyItem() << &ReferenceTypes::task() << &ReferenceTypes::measure()
          << &ReferenceTypes::edition() << &ObligationStore::type() << &QuarterlySheets::type();
    for (const RecordType *type : known) {
        if (type->table == table) {
            return type;
        }
    }
    return nullptr;
}

QString AuditText::typeName(const QString &table)
{
    if (table == lockTable) {
        return tr("App password");
    }
    const RecordType *type = typeOf(table);
    return type ? fieldsText(type->singular) : table;
}

QString AuditText::actionName(const QString &action)
{
    if (action == QLatin1String("insert")) {
        return tr("Added");
    }
    if (action == QLatin1String("update")) {
        return tr("Changed");
    }
    if (action == QLatin1String("delete")) {
        return tr("Deleted");
    }
    if (action == QLatin1String("restore")) {
        return tr("Restored");
    }
    return action;
}

QString AuditText::fieldName(const QString &table, const QString &field)
{
    if (table == lockTable) {
        if (field == QLatin1String("password")) {
            return tr("Password");
        }
        if (field == QLatin1String("idle_minutes")) {
            return tr("Lock after (minutes)");
        }
    }
    if (const RecordType *type = typeOf(table)) {
        for (const FieldSpec &spec : type->fields) {
            if (spec.key == field) {
                return fieldsText(spec.label);
            }
        }
    }
    return field;
}

} // namespace committee
