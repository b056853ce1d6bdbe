#pragma once

#include "backup/RecordCounts.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace committee {

// One backup as it lies on disk. A backup is a folder
//
//   <database name>-<yyyyMMdd-HHmmss>-<kind>/
//       committee.db      the database, copied with SQLite's backup API and checked
//       attachments/      the stored files it refers to, as in the attachment store
//       manifest.json     when, by which version, how many records (see README)
//
// written as "<name>.part" and renamed only when complete, so a folder without ".part"
// is always whole. Older single-file copies (the "…-before-update-….db" taken before a
// data update) are backups too: a database without attachments or manifest.
struct BackupSet {
    Q_DECLARE_TR_FUNCTIONS(committee::BackupSet)
public:
    enum class Kind { Automatic, Manual, BeforeRestore, SingleFile };

    QString path;         // the folder, or the single .db file
    QString databasePath; // the database inside it
    QDateTime created;
    Kind kind = Kind::Manual;
    QString appVersion;
    int schemaVersion = 0;
    qint64 databaseSize = 0;
    QString databaseSha256;         // empty for single files
    QStringList missingAttachments; // hashes the source store lacked when it was made
    bool isFolder() const { return kind != Kind::SingleFile; }
    QString attachmentFolder() const; // empty for single files

    static QString databaseFileName() { return QStringLiteral("committee.db"); }
    static QString manifestFileName() { return QStringLiteral("manifest.json"); }
    static QString kindKey(Kind kind);
    // "<base>-<yyyyMMdd-HHmmss>-<kind>" for a backup of `databasePath` made at `when`.
    static QString folderName(const QString &databasePath, const QDateTime &when, Kind kind);
    // The time and kind a backup folder's name records, and the name of the database it
    // was made of (without ".db"); false for other names.
    static bool parseFolderName(const QString &name, QDateTime *when, Kind *kind,
                                QString *database = nullptr);

    // Reads a backup folder, its manifest.json, or a single .db file. Checks nothing yet.
    static Result<BackupSet> read(const QString &path);
    // PRAGMA integrity_check on the copy, the copy's SHA-256 against the manifest, and every
    // file the copy refers to present in the backup (except those already missing from the
    // store when it was made). The message says what is wrong.
    static Status check(const BackupSet &set);

    // The hashes of the files a database refers to (its attachment table).
    static Result<QStringList> attachmentHashes(const QString &databasePath);
    // Where a stored file with this hash lies under an attachment folder.
    static QString attachmentPath(const QString &folder, const QString &sha256);
};

// The backups in a folder, newest first.
class BackupCatalog {
    Q_DECLARE_TR_FUNCTIONS(committee::BackupCatalog)
public:
    static QList<BackupSet> list(const QString &folder);
    // The newest backup that passes BackupSet::check, or NotFound.
    static Result<BackupSet> newestGood(const QString &folder);
};

} // namespace committee
