#pragma once

// Internal to core/storage: the knowledge DataFolderMove's copy (DataFolderMove.cpp) and its
// cleanup of the old folder (DataFolderCleanup.cpp) share about a data folder's files. Not
// an API for other parts of the program.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace committee::dataFolder {

// Windows file names ignore case; elsewhere "Data" and "data" are different folders.
constexpr Qt::CaseSensitivity pathCase =
#ifdef Q_OS_WIN
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

// The real location of a path, following symbolic links where it exists, so that two
// spellings of one folder compare equal.
QString resolved(const QString &path);
bool samePath(const QString &a, const QString &b);
bool isInside(const QString &path, const QString &folder);
QString native(const QString &path);

// The SHA-256 of a file's contents; empty if it cannot be read.
QByteArray sha256(const QString &path);

// The folders beside the database that belong to the data: the verified copies in
// backups/ and the attachment store (ledger/Attachments keeps each file there under its
// SHA-256, in a subfolder named by the first two digits). A move that left either behind
// would lose it once the old folder is deleted.
struct Companion {
    const char *name;
    // Whether a file in it (its path inside the folder) is part of the data and moves. A ".part"
    // backup was being written when the app stopped, and an attachment not named by a hash is a
    // half-written temporary file; both are incomplete by definition and stay behind.
    bool (*moves)(const QString &relative);
    // Whether removePreviousFolder() may delete it: only files the app itself makes, so
    // anything the clerk put there survives.
    bool (*ours)(const QString &relative);
};

// Backups are folders (see core/backup/BackupSet) and older single .db copies; `relative`
// is a file's path inside backups/. A folder ending in ".part" was being written when the app
// stopped.
bool isCompleteBackup(const QString &relative);
bool isBackupCopy(const QString &relative);
bool isStoredAttachment(const QString &relative);

// Backups first, then attachments: DataFolderMove::Copied counts them in this order.
inline constexpr Companion companions[] = {{"backups", isCompleteBackup, isBackupCopy},
                                           {"attachments", isStoredAttachment, isStoredAttachment}};

// The files of one companion folder that move with the data, in a stable order.
QStringList companionFiles(const QString &folder, const Companion &companion);

qint64 totalSize(const QStringList &files);

// Committee Desk's own files in a data folder, for removePreviousFolder().
extern const QStringList databaseNames;
extern const QStringList journalSuffixes;

} // namespace committee::dataFolder
