#include "storage/DatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace committee {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kHeaderSize = 100;

Error corrupt(const QString &path, const QString &why)
{
    return makeError(Error::Kind::Corrupt,
                     DatabaseFile::tr("The file %1 is not a usable Committee Desk database (%2). "
                                      "It has not been changed. Restore it from a backup, or "
                                      "choose another file.")
                         .arg(QFileInfo(path).fileName(), why));
}

// Reads the 100-byte SQLite header and compares the page count it records with the
// file's real size: this catches truncation without reading the whole file.
Status checkHeader(const QString &path, bool checkSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         DatabaseFile::tr("Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic, 16))) {
        return corrupt(path, DatabaseFile::tr("it does not start with an SQLite header"));
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return corrupt(path, DatabaseFile::tr("its header is damaged"));
    }
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header size is only trustworthy when it was written by the same change.
    if (checkSize && changeCounter == validFor && pageCount > 0 &&
        file.size() < qint64(pageCount) * qint64(pageSize)) {
        return corrupt(path, DatabaseFile::tr("it is shorter than it should be, probably cut off "
                                              "while copying"));
    }
    return {};
}

} // namespace

Result<DatabaseFile::Info> DatabaseFile::inspect(const QString &path)
{
    Info info;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        return info;
    }
    info.exists = true;
    if (fi.isDir()) {
        return makeError(
            Error::Kind::Io,
            tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    }
    if (fi.size() == 0) {
        return info; // SQLite treats an empty file as a new database.
    }
    // A crash can leave a journal (rollback mode) or a log (WAL mode) that SQLite replays on
    // the next read-write open. Until then the file may legitimately look short, and a
    // read-only open cannot replay it, so only the header is checked.
    const bool recoverable = QFileInfo(path + QStringLiteral("-journal")).size() > 0 ||
                             QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (Status s = checkHeader(path, !recoverable); !s) {
        return s.error();
    }
    if (recoverable) {
        return info;
    }

    // Read the schema through SQLite in read-only mode: a damaged schema page shows here.
    const QString name = QStringLiteral("inspect-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<Info> result = info;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = corrupt(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                result = corrupt(path, q.lastError().text());
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result = corrupt(path, q.lastError().text());
            } else {
                info.userVersion = q.value(0).toInt();
                result = info;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace committee
