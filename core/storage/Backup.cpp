#include "storage/Backup.h"

#include "backup/SqliteCopy.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace committee {

QString Backup::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status Backup::verify(const QString &path)
{
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::Id128);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
            status = makeError(
                Error::Kind::Corrupt,
                tr("The backup copy %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        } else if (q.value(0).toString() != QLatin1String("ok")) {
            status =
                makeError(Error::Kind::Corrupt, tr("The backup copy %1 failed its integrity check.")
                                                    .arg(QDir::toNativeSeparators(path)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Result<QString> Backup::copyTo(Database &db, const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        return makeError(Error::Kind::Io,
                         tr("Cannot create the folder %1 for the backup.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    const auto removeTemporary = [&temporary] {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
    };
    removeTemporary();
    if (Status s = SqliteCopy::copy(db.connection(), temporary); !s) {
        removeTemporary();
        return s.error();
    }
    if (Status s = verify(temporary); !s) {
        removeTemporary();
        return s.error();
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        removeTemporary();
        return makeError(Error::Kind::Io, tr("The backup could not be given its name %1.")
                                              .arg(QDir::toNativeSeparators(targetPath)));
    }
    return target.absoluteFilePath();
}

} // namespace committee
