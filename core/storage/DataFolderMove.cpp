#include "storage/DataFolderMove.h"

#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <iterator>
#include <memory>
#include <vector>

namespace committee {

namespace {

// Windows file names ignore case; elsewhere "Data" and "data" are different folders.
constexpr Qt::CaseSensitivity pathCase =
#ifdef Q_OS_WIN
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

// The real location of a path, following symbolic links where it exists, so that two
// spellings of one folder compare equal.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool samePath(const QString &a, const QString &b)
{
    return resolved(a).compare(resolved(b), pathCase) == 0;
}

bool isInside(const QString &path, const QString &folder)
{
    const QString p = resolved(path);
    const QString f = resolved(folder);
    return p.compare(f, pathCase) == 0 || p.startsWith(f + QLatin1Char('/'), pathCase);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What moveTo() has written so far, so a failure can take it all back. Only files and
// folders created by this move are listed, and folders are removed only when empty.
struct Written {
    QStringList files;
    QStringList folders;

    void undo() const
    {
        for (const QString &file : files) {
            QFile::remove(file);
        }
        for (auto it = folders.crbegin(); it != folders.crend(); ++it) {
            QDir().rmdir(*it);
        }
    }
};

// Creates `folder` and any missing parents, recording each one created.
bool makeFolder(const QString &folder, Written &written)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(folder); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path)) {
            return false;
        }
        written.folders.append(path);
    }
    return QFileInfo(folder).isDir();
}

// Creating and deleting a file is the only reliable test: permission bits say nothing on
// a read-only mount, and root passes every permission check.
bool canWriteIn(const QString &folder)
{
    QFile probe(QDir(folder).filePath(QStringLiteral(".committee-desk-write-test-") +
                                      QUuid::createUuid().toString(QUuid::Id128)));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    const bool written = probe.write("ok", 2) == 2 && probe.flush();
    probe.close();
    return probe.remove() && written;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return hash.result();
}

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
bool isCompleteBackup(const QString &relative)
{
    return !relative.endsWith(QLatin1String(".part")) &&
           !relative.contains(QLatin1String(".part/"));
}

bool isBackupCopy(const QString &relative)
{
    static const QRegularExpression backupFolder(
        QStringLiteral("^[^/]+-\\d{8}-\\d{6}-(auto|manual|before-restore|damaged)(\\.part)?/"));
    return relative.endsWith(QLatin1String(".db")) ||
           relative.endsWith(QLatin1String(".db.part")) || backupFolder.match(relative).hasMatch();
}

bool isStoredAttachment(const QString &relative)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(QFileInfo(relative).fileName()).hasMatch();
}

const Companion companions[] = {{"backups", isCompleteBackup, isBackupCopy},
                                {"attachments", isStoredAttachment, isStoredAttachment}};

// The files of one companion folder, in a stable order.
QStringList companionFiles(const QString &folder, const Companion &companion)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (companion.moves(QDir(folder).relativeFilePath(path))) {
            files.append(path);
        }
    }
    files.sort();
    return files;
}

qint64 totalSize(const QStringList &files)
{
    qint64 size = 0;
    for (const QString &file : files) {
        size += QFileInfo(file).size();
    }
    return size;
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Table names and row counts of one connection, in name order.
struct Census {
    int userVersion = -1;
    QList<QPair<QString, qint64>> tables;
};

bool takeCensus(const QSqlDatabase &connection, Census *census)
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return false;
    }
    census->userVersion = q.value(0).toInt();
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "ORDER BY name"))) {
        return false;
    }
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + quoted(name)) || !q.next()) {
            return false;
        }
        census->tables.append({name, q.value(0).toLongLong()});
    }
    return true;
}

// Committee Desk's own files in a data folder, for removePreviousFolder().
const QStringList databaseNames = {QStringLiteral("committee.db"), QStringLiteral("demo.db")};
const QStringList journalSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

} // namespace

Result<DataFolderMove::Counts> DataFolderMove::verifyCopy(Database &source, const QString &copyPath)
{
    if (Status s = Backup::verify(copyPath); !s) {
        return s.error();
    }
    Census original;
    if (!takeCensus(source.connection(), &original)) {
        return makeError(Error::Kind::Generic,
                         tr("The open database could not be counted to check the copy."));
    }
    Census copy;
    bool counted = false;
    const QString name = QStringLiteral("move-check-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(copyPath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        counted = connection.open() && takeCensus(connection, &copy);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!counted) {
        return makeError(Error::Kind::Corrupt,
                         tr("The copy %1 cannot be read back.").arg(native(copyPath)));
    }
    if (copy.userVersion != original.userVersion || copy.tables.size() != original.tables.size()) {
        return makeError(Error::Kind::Corrupt, tr("The copy %1 does not have the same tables as "
                                                  "the open database.")
                                                   .arg(native(copyPath)));
    }
    Counts counts;
    for (qsizetype i = 0; i < original.tables.size(); ++i) {
        const auto &[table, rows] = original.tables.at(i);
        if (copy.tables.at(i).first != table || copy.tables.at(i).second != rows) {
            return makeError(Error::Kind::Corrupt,
                             tr("The copy %1 differs from the open database in the table “%2” "
                                "(%3 rows instead of %4).")
                                 .arg(native(copyPath), table)
                                 .arg(copy.tables.at(i).second)
                                 .arg(rows));
        }
        ++counts.tables;
        counts.rows += rows;
    }
    return counts;
}

Result<DataFolderMove::Copied> DataFolderMove::moveTo(Database &db, const QString &targetFolder,
                                                      AppSettings &settings)
{
    if (targetFolder.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, tr("Choose the folder to move the data to."));
    }
    const QString sourceFolder = QFileInfo(db.path()).absolutePath();
    if (!samePath(db.path(), AppInfo::defaultDatabasePath(settings))) {
        return makeError(Error::Kind::Invalid,
                         tr("Only the database in the data folder can be moved. This window has "
                            "%1 open.")
                             .arg(native(db.path())));
    }
    const QString target = QDir::cleanPath(QFileInfo(targetFolder).absoluteFilePath());
    if (samePath(target, sourceFolder)) {
        return makeError(
            Error::Kind::Invalid,
            tr("The data is already in %1. Choose another folder.").arg(native(target)));
    }
    // Nesting one data folder inside the other's backups or attachments would copy those
    // files into themselves, or mix two sets.
    for (const Companion &companion : companions) {
        const QString name = QLatin1String(companion.name);
        const QString own = QDir(sourceFolder).filePath(name);
        if (isInside(target, own) || isInside(sourceFolder, QDir(target).filePath(name))) {
            return makeError(Error::Kind::Invalid,
                             tr("The data cannot be moved into its own folder %1.")
                                 .arg(native(isInside(target, own) ? own : target)));
        }
    }

    // The folder: it may exist (an empty folder the clerk made for this), but must be a
    // folder, must be writable, and must not hold another committee's database.
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir()) {
        return makeError(Error::Kind::Io,
                         tr("%1 is a file, not a folder. Choose a folder.").arg(native(target)));
    }
    Written written;
    if (!makeFolder(target, written)) {
        written.undo();
        return makeError(Error::Kind::Io, tr("Cannot create the folder %1. Choose a folder you "
                                             "can write to.")
                                              .arg(native(target)));
    }
    if (!canWriteIn(target)) {
        written.undo();
        return makeError(Error::Kind::Io, tr("Cannot write to the folder %1. Choose a folder you "
                                             "can write to.")
                                              .arg(native(target)));
    }
    const QString targetDatabase = QDir(target).filePath(AppInfo::databaseFileName());
    if (QFileInfo::exists(targetDatabase) ||
        QFileInfo::exists(targetDatabase + QStringLiteral("-wal"))) {
        written.undo();
        return makeError(Error::Kind::Conflict,
                         tr("The folder %1 already holds a Committee Desk database. Choose an "
                            "empty folder; the data there is left as it is.")
                             .arg(native(target)));
    }

    // Room for the copy: the database can shrink in VACUUM but never grow, and the
    // other files are copied byte for byte. The margin covers the file system's own needs.
    QList<QStringList> files;
    qint64 needed = QFileInfo(db.path()).size() +
                    QFileInfo(db.path() + QStringLiteral("-wal")).size() + 4 * 1024 * 1024;
    for (const Companion &companion : companions) {
        files.append(
            companionFiles(QDir(sourceFolder).filePath(QLatin1String(companion.name)), companion));
        needed += totalSize(files.last());
    }
    const QStorageInfo storage(target);
    if (storage.isValid() && storage.isReady() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < needed) {
        written.undo();
        return makeError(Error::Kind::Io,
                         tr("There is not enough free space in %1: the data needs %2 MB, and %3 "
                            "MB are free.")
                             .arg(native(target))
                             .arg((needed + 1024 * 1024 - 1) / (1024 * 1024))
                             .arg(storage.bytesAvailable() / (1024 * 1024)));
    }

    // The database, as a consistent snapshot that Backup checks before naming it.
    written.files.append(targetDatabase);
    auto copy = Backup::copyTo(db, targetDatabase);
    if (!copy) {
        written.undo();
        return makeError(Error::Kind::Io, tr("The database could not be copied to %1. Nothing "
                                             "was changed. %2")
                                              .arg(native(target), copy.error().message));
    }
    auto counts = verifyCopy(db, targetDatabase);
    if (!counts) {
        written.undo();
        return makeError(counts.error().kind,
                         tr("The copy in %1 did not pass its check, so it was removed and "
                            "nothing was changed. %2")
                             .arg(native(target), counts.error().message));
    }

    // Backups and attachments: closed files, so a byte copy is exact; each copy is checked
    // against the original's SHA-256 before it gets its name.
    int copiedFiles[std::size(companions)] = {};
    for (size_t c = 0; c < std::size(companions); ++c) {
        const QString name = QLatin1String(companions[c].name);
        const QString from = QDir(sourceFolder).filePath(name);
        const QString to = QDir(target).filePath(name);
        for (const QString &file : std::as_const(files[qsizetype(c)])) {
            const QString destination = QDir(to).filePath(QDir(from).relativeFilePath(file));
            const QString partial = destination + QStringLiteral(".part");
            if (QFileInfo::exists(destination)) {
                written.undo();
                return makeError(Error::Kind::Conflict, tr("%1 already exists. Choose an empty "
                                                           "folder.")
                                                            .arg(native(destination)));
            }
            if (!makeFolder(QFileInfo(destination).absolutePath(), written)) {
                written.undo();
                return makeError(Error::Kind::Io,
                                 tr("Cannot create the folder %1.")
                                     .arg(native(QFileInfo(destination).absolutePath())));
            }
            QFile::remove(partial);
            written.files.append(partial);
            const QByteArray expected = sha256(file);
            if (expected.isEmpty() || !QFile::copy(file, partial) || sha256(partial) != expected) {
                written.undo();
                return makeError(Error::Kind::Io,
                                 tr("%1 could not be copied to %2. Nothing was changed.")
                                     .arg(native(file), native(target)));
            }
            written.files.append(destination);
            if (!QFile::rename(partial, destination)) {
                written.undo();
                return makeError(Error::Kind::Io, tr("The copy %1 could not be given its name. "
                                                     "Nothing was changed.")
                                                      .arg(native(destination)));
            }
            ++copiedFiles[c];
        }
    }

    // Only now, with a complete and checked copy, does the app learn of the new folder.
    // Moving back to the standard place clears the setting, so the default applies again.
    const QString oldDataFolder = settings.dataFolder();
    const QString oldPrevious = settings.previousDataFolder();
    settings.setDataFolder(samePath(target, AppInfo::standardDataFolder()) ? QString() : target);
    settings.setPreviousDataFolder(resolved(sourceFolder));
    if (!settings.sync()) {
        settings.setDataFolder(oldDataFolder);
        settings.setPreviousDataFolder(oldPrevious);
        settings.sync();
        written.undo();
        return makeError(Error::Kind::Io, tr("The data was copied, but the new folder could not "
                                             "be recorded in the settings, so the copy was "
                                             "removed and nothing was changed."));
    }

    Copied result;
    result.folder = target;
    result.databasePath = targetDatabase;
    result.tables = counts->tables;
    result.rows = counts->rows;
    result.backupFiles = copiedFiles[0];
    result.attachments = copiedFiles[1];
    return result;
}

Result<bool> DataFolderMove::removePreviousFolder(AppSettings &settings)
{
    const QString previous = settings.previousDataFolder();
    if (previous.isEmpty()) {
        return makeError(Error::Kind::NotFound, tr("No earlier data folder is recorded."));
    }
    const QString current = AppInfo::dataFolder(settings);
    bool nested = samePath(previous, current) || isInside(previous, current);
    for (const Companion &companion : companions) {
        nested =
            nested || isInside(current, QDir(previous).filePath(QLatin1String(companion.name)));
    }
    if (nested) {
        // The setting is wrong somehow, or the two folders are nested so that the old
        // folder's files are part of the data in use: deleting could destroy that data.
        settings.setPreviousDataFolder({});
        settings.sync();
        return makeError(Error::Kind::Conflict, tr("%1 is part of the data folder in use; it was "
                                                   "not deleted.")
                                                    .arg(native(previous)));
    }
    const QDir folder(previous);
    if (!folder.exists()) {
        settings.setPreviousDataFolder({});
        settings.sync();
        return true;
    }

    // The same lock files the app and the command-line tool hold while a database is open.
    std::vector<std::unique_ptr<QLockFile>> locks;
    for (const QString &name : databaseNames) {
        auto lock = std::make_unique<QLockFile>(folder.filePath(name + QStringLiteral(".lock")));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(100)) {
            return makeError(Error::Kind::Locked,
                             tr("%1 is still open in Committee Desk or committee-desk-cli. Close "
                                "it, then try again.")
                                 .arg(native(folder.filePath(name))));
        }
        locks.push_back(std::move(lock));
    }

    QStringList failed;
    const auto removeFile = [&failed](const QString &path) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            failed.append(native(path));
        }
    };
    for (const QString &name : databaseNames) {
        for (const QString &suffix : journalSuffixes) {
            removeFile(folder.filePath(name + suffix));
        }
    }
    // Then the companion folders: our files, and each folder once it is empty.
    QStringList subfolders;
    for (const Companion &companion : companions) {
        const QString companionFolder = folder.filePath(QLatin1String(companion.name));
        QDirIterator it(companionFolder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (companion.ours(QDir(companionFolder).relativeFilePath(path))) {
                removeFile(path);
            }
            // Every folder between the file and the companion folder (a backup folder holds
            // attachments/ab/…).
            for (QString parent = QFileInfo(path).absolutePath();
                 parent.size() > companionFolder.size() && !subfolders.contains(parent);
                 parent = QFileInfo(parent).absolutePath()) {
                subfolders.append(parent);
            }
        }
        subfolders.append(companionFolder);
    }
    // Deepest first, and only when empty.
    std::sort(subfolders.begin(), subfolders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &sub : std::as_const(subfolders)) {
        QDir().rmdir(sub);
    }
    locks.clear(); // unlocking removes the lock files
    if (!failed.isEmpty()) {
        return makeError(Error::Kind::Io, tr("These files in the old data folder could not be "
                                             "deleted: %1")
                                              .arg(failed.join(QStringLiteral(", "))));
    }
    settings.setPreviousDataFolder({});
    settings.sync();
    return QDir().rmdir(folder.absolutePath());
}

} // namespace committee
