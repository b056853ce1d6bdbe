#include "storage/DataFolderMove.h"

#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "storage/DataFolderFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>
#include <memory>
#include <vector>

namespace committee {

// The last step of a move (see DataFolderMove.h): deleting, once the copy has opened, the
// files Committee Desk kept in the old folder, and nothing else.

using dataFolder::Companion;
using dataFolder::companions;
using dataFolder::databaseNames;
using dataFolder::isInside;
using dataFolder::journalSuffixes;
using dataFolder::native;
using dataFolder::samePath;

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
