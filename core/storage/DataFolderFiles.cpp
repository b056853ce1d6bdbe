#include "storage/DataFolderFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace committee::dataFolder {

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

QByteArray sha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return hash.result();
}

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

const QStringList databaseNames = {QStringLiteral("committee.db"), QStringLiteral("demo.db")};
const QStringList journalSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

} // namespace committee::dataFolder
