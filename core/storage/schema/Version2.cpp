#include "storage/schema/SchemaVersions.h"

namespace committee::schema {

// Version 2: the audit trail, field by field.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            table_name TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore')),
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log(table_name, record_id)"),
        // The trail is evidence: the app only ever appends to it.
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)"),
    };
}

} // namespace committee::schema
