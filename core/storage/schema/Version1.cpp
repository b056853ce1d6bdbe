#include "storage/schema/SchemaVersions.h"

namespace committee::schema {

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

} // namespace committee::schema
