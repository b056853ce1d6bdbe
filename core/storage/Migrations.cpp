#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace committee {

namespace {

// Version 1: the committee, its members and the official lists as editable editions.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE committee (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('village', 'community')),
            township TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            term_start TEXT,
            term_end TEXT,
            contact_person TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE member (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL DEFAULT 1 REFERENCES committee(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE edition (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('duties', 'tasks', 'progress_form')),
            title TEXT NOT NULL,
            doc_number TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            issued_on TEXT NOT NULL DEFAULT '',
            year INTEGER NOT NULL,
            is_official INTEGER NOT NULL DEFAULT 0,
            is_current INTEGER NOT NULL DEFAULT 0,
            based_on INTEGER REFERENCES edition(id) ON DELETE SET NULL,
            definition TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE duty_item (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number INTEGER NOT NULL,
            name TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            refined TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL DEFAULT '[]',
            department TEXT NOT NULL DEFAULT '',
            remark TEXT NOT NULL DEFAULT '',
            official TEXT))"),
        QStringLiteral(R"(CREATE TABLE task (
            id INTEGER PRIMARY KEY,
            edition_id INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number INTEGER NOT NULL,
            title TEXT NOT NULL,
            official TEXT))"),
        QStringLiteral(R"(CREATE TABLE measure (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            official TEXT))"),
        QStringLiteral("CREATE INDEX duty_item_edition ON duty_item(edition_id, position)"),
        QStringLiteral("CREATE INDEX task_edition ON task(edition_id, position)"),
        QStringLiteral("CREATE INDEX measure_task ON measure(task_id, position)"),
    };
}

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

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = {
        {1, "committee, members and editions of the official lists", version1()},
        {2, "audit trail", version2()},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Status Migrations::migrate(Database &db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    for (const Step &step : steps()) {
        if (step.version <= db.schemaVersion() || step.version > target) {
            continue;
        }
        Transaction tx(db);
        if (!tx.isActive()) {
            return tx.error();
        }
        for (const QString &statement : step.statements) {
            if (auto r = Sql::exec(db, statement); !r) {
                return makeError(Error::Kind::Generic,
                                 tr("Updating the database to version %1 failed; it was left "
                                    "at version %2. %3")
                                     .arg(step.version)
                                     .arg(step.version - 1)
                                     .arg(r.error().message));
            }
        }
        // PRAGMA user_version cannot take a bound parameter; the value is our own integer.
        if (auto r = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !r) {
            return r.error();
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
    }
    return {};
}

} // namespace committee
