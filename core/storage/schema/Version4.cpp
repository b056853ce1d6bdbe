#include "storage/schema/SchemaVersions.h"

namespace committee::schema {

// Version 4: a stable identity for the committee (bundles for the township name it), the
// optional app lock, and the township overview that merges the committees' bundles.
QStringList version4()
{
    return {
        // The township tells committees apart by this, not by their (editable) names.
        QStringLiteral("ALTER TABLE committee ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE committee SET uid = lower(hex(randomblob(16))) WHERE uid = ''"),
        // One row at most: the app password as an argon2id hash (libsodium's string form),
        // the idle minutes before locking, and the failed attempts that throttle guessing.
        // Kept in the database so the lock travels with the data it protects.
        QStringLiteral(R"(CREATE TABLE app_lock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            password_hash TEXT NOT NULL,
            idle_minutes INTEGER NOT NULL DEFAULT 10,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            last_failure_at TEXT))"),
        // The township overview (a separate database file opened in township mode): the
        // committees it expects, each imported bundle, and the records that came with it.
        // Present (one row) only in a township overview: it makes the app open the file in
        // township mode.
        QStringLiteral(R"(CREATE TABLE township_overview (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            township TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE township_committee (
            uid TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE township_import (
            id INTEGER PRIMARY KEY,
            committee_uid TEXT NOT NULL REFERENCES township_committee(uid),
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            bundle_name TEXT NOT NULL,
            bundle_sha256 TEXT NOT NULL,
            bundle_created_at TEXT NOT NULL,
            app_version TEXT NOT NULL DEFAULT '',
            encrypted INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            manifest TEXT NOT NULL,
            UNIQUE (committee_uid, period_from, period_to)))"),
        QStringLiteral(R"(CREATE TABLE township_record (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES township_import(id) ON DELETE CASCADE,
            record_type TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            content TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX township_record_import ON township_record(import_id, "
                       "record_type)"),
    };
}

} // namespace committee::schema
