#include "storage/DataFolderMove.h"

#include "backup/TargetProblem.h"
#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "storage/Backup.h"
#include "storage/DataFolderFiles.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <iterator>

namespace committee {

// moveTo() and verifyCopy(); removePreviousFolder() is in DataFolderCleanup.cpp, and what
// both know about a data folder's files is in DataFolderFiles.

using dataFolder::Companion;
using dataFolder::companionFiles;
using dataFolder::companions;
using dataFolder::isInside;
using dataFolder::native;
using dataFolder::resolved;
using dataFolder::samePath;
using dataFolder::sha256;
using dataFolder::totalSize;

namespace {

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
    if (!TargetProblem::canWriteIn(target)) {
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

} // namespace committee
