#include "backup/Restore.h"

#include "backup/BackupJob.h"
#include "ledger/Attachments.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <filesystem>

namespace committee {

namespace {

const QStringList journalSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                     QStringLiteral("-journal")};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Copies a file through a temporary name, checking the copy's SHA-256 when `sha256` is
// given. The target appears whole or not at all.
Status copyFile(const QString &from, const QString &to, const QString &sha256 = {})
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         Restore::tr("Cannot read %1: %2").arg(native(from), in.errorString()));
    }
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
        return makeError(
            Error::Kind::Io,
            Restore::tr("Cannot create the folder %1.").arg(native(QFileInfo(to).absolutePath())));
    }
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        return makeError(Error::Kind::Io,
                         Restore::tr("Cannot write %1: %2").arg(native(to), out.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return makeError(Error::Kind::Io,
                             Restore::tr("Cannot write %1: %2").arg(native(to), out.errorString()));
        }
    }
    if (!sha256.isEmpty() && QString::fromLatin1(hash.result().toHex()) != sha256) {
        out.cancelWriting();
        return makeError(Error::Kind::Corrupt,
                         Restore::tr("The file %1 in the backup is damaged.").arg(native(from)));
    }
    if (!out.commit()) {
        return makeError(Error::Kind::Io,
                         Restore::tr("Cannot write %1: %2").arg(native(to), out.errorString()));
    }
    return {};
}

// Moves a damaged database and its journal files, unchanged, into a folder of their own.
Result<QString> setAside(const QString &databasePath, const QDateTime &now)
{
    const QFileInfo db(databasePath);
    const QString folder = QDir(Backup::defaultFolder(databasePath))
                               .filePath(QStringLiteral("%1-%2-damaged")
                                             .arg(db.completeBaseName(),
                                                  now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QDir().mkpath(folder)) {
        return makeError(Error::Kind::Io, Restore::tr("Cannot create the folder %1 to keep the "
                                                      "damaged database.")
                                              .arg(native(folder)));
    }
    for (const QString &suffix : QStringList{QString()} + journalSuffixes) {
        const QString from = databasePath + suffix;
        if (!QFileInfo::exists(from)) {
            continue;
        }
        const QString to = QDir(folder).filePath(db.fileName() + suffix);
        if (!QFile::rename(from, to)) {
            return makeError(Error::Kind::Io,
                             Restore::tr("The damaged database could not be moved to %1, so "
                                         "nothing was restored.")
                                 .arg(native(folder)));
        }
    }
    return folder;
}

} // namespace

Result<Restore::Outcome> Restore::run(const QString &databasePath, const BackupSet &backup,
                                      const QDateTime &now)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (Status s = BackupSet::check(backup); !s) {
        return makeError(s.error().kind, tr("This backup cannot be restored, and nothing was "
                                            "changed. %1")
                                             .arg(s.error().message));
    }
    auto backupInfo = DatabaseFile::inspect(backup.databasePath);
    if (!backupInfo) {
        return backupInfo.error();
    }
    if (backupInfo->userVersion > Migrations::latestVersion()) {
        return makeError(Error::Kind::TooNew,
                         tr("This backup was made by a newer version of Committee Desk (data "
                            "version %1). Install that version to restore it.")
                             .arg(backupInfo->userVersion));
    }

    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return makeError(
            Error::Kind::Io,
            tr("Cannot create the folder %1.").arg(native(QFileInfo(target).absolutePath())));
    }
    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100)) {
        return makeError(Error::Kind::Locked,
                         tr("%1 is open in Committee Desk or committee-desk-cli. Close it, then "
                            "restore.")
                             .arg(native(target)));
    }

    Outcome outcome;
    outcome.restored = backup;
    auto current = DatabaseFile::inspect(target);
    bool damaged = !current;
    if (current && current->exists && QFileInfo(target).size() > 0) {
        // Healthy: kept as a checked backup that can itself be restored.
        OpenOptions options;
        options.lock = false; // held above
        options.migrate = false;
        options.createIfMissing = false;
        auto db = Database::open(target, options);
        Result<BackupSet> safety =
            db ? BackupJob::run(*db.value(),
                                BackupJob::targetIn(Backup::defaultFolder(target), target,
                                                    BackupSet::Kind::BeforeRestore, now),
                                BackupSet::Kind::BeforeRestore, now)
               : Result<BackupSet>(db.error());
        db = Error{}; // closed, so that nothing holds the file while it is replaced
        if (safety) {
            outcome.safetyCopy = safety->path;
        } else if (safety.error().kind == Error::Kind::Corrupt) {
            damaged = true; // damage deeper than the header: SQLite cannot copy it
        } else {
            return makeError(safety.error().kind, tr("The safety copy of the current database "
                                                     "failed, so nothing was restored. %1")
                                                      .arg(safety.error().message));
        }
    }
    if (damaged) {
        // It cannot be copied through SQLite, so it is moved aside exactly as it is.
        auto aside = setAside(target, now);
        if (!aside) {
            return aside.error();
        }
        outcome.damagedKeptAt = aside.value();
    }

    // Attached files first, so the restored records never point at a file not yet there.
    if (backup.isFolder()) {
        auto hashes = BackupSet::attachmentHashes(backup.databasePath);
        if (!hashes) {
            return hashes.error();
        }
        const QString store =
            QFileInfo(target).absoluteDir().filePath(QStringLiteral("attachments"));
        for (const QString &hash : std::as_const(hashes.value())) {
            const QString from = BackupSet::attachmentPath(backup.attachmentFolder(), hash);
            const QString to = BackupSet::attachmentPath(store, hash);
            if (QFileInfo::exists(to) || !QFileInfo::exists(from)) {
                continue;
            }
            if (Status s = copyFile(from, to, hash); !s) {
                return s.error();
            }
            ++outcome.attachmentsAdded;
        }
    }

    const QString part = target + QStringLiteral(".restore-part");
    if (Status s = copyFile(backup.databasePath, part); !s) {
        QFile::remove(part);
        return s.error();
    }
    if (Status s = Backup::verify(part); !s) {
        QFile::remove(part);
        return s.error();
    }
    // Journal files belong to the database being replaced; SQLite would apply them to the
    // restored one. The replaced database is safe in its copy by now.
    for (const QString &suffix : journalSuffixes) {
        QFile::remove(target + suffix);
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(part.toStdWString()),
                            std::filesystem::path(target.toStdWString()), error);
    if (error) {
        QFile::remove(part);
        return makeError(Error::Kind::Io,
                         tr("The restored database could not be put in place of %1: %2")
                             .arg(native(target), QString::fromLocal8Bit(error.message())));
    }
    return outcome;
}

} // namespace committee
