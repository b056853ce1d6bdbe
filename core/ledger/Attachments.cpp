#include "ledger/Attachments.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace committee {

Attachments::Attachments(Database &db) : m_db(db) {}

QString Attachments::storeFolder() const
{
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("attachments"));
}

Result<QString> Attachments::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Kind::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return makeError(Error::Kind::Io,
                         tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<Attachment> Attachments::add(const QString &recordTable, qint64 recordId,
                                    const QString &sourcePath)
{
    const QFileInfo source(sourcePath);
    if (!source.isFile()) {
        return makeError(Error::Kind::NotFound,
                         tr("%1 is not a file.").arg(QDir::toNativeSeparators(sourcePath)));
    }
    auto hash = sha256Of(sourcePath);
    if (!hash) {
        return hash.error();
    }
    const QString folder = QDir(storeFolder()).filePath(hash->left(2));
    const QString stored = QDir(folder).filePath(hash.value());
    if (!QFileInfo::exists(stored)) {
        if (!QDir().mkpath(folder)) {
            return makeError(Error::Kind::Io, tr("Cannot create the attachment folder %1.")
                                                  .arg(QDir::toNativeSeparators(folder)));
        }
        // Written under a temporary name and renamed when complete, so a power cut never
        // leaves a half-copied file under a valid hash.
        QFile in(sourcePath);
        QSaveFile out(stored);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            return makeError(
                Error::Kind::Io,
                tr("Cannot copy %1 into the attachment store.").arg(source.fileName()));
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size()) {
                out.cancelWriting();
                return makeError(
                    Error::Kind::Io,
                    tr("Copying %1 failed: %2").arg(source.fileName(), out.errorString()));
            }
        }
        if (!out.commit()) {
            return makeError(Error::Kind::Io,
                             tr("Copying %1 failed: %2").arg(source.fileName(), out.errorString()));
        }
    }
    Attachment a;
    a.fileName = source.fileName();
    a.sha256 = hash.value();
    a.size = source.size();
    a.addedAt = QDateTime::currentDateTime();
    a.storedPath = stored;
    a.present = true;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO attachment (record_table, record_id, file_name, "
                       "sha256, size, added_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {recordTable, recordId, a.fileName, a.sha256, a.size, a.addedAt.toString(Qt::ISODate)});
    if (!q) {
        return q.error();
    }
    a.id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog::append(m_db, {{recordTable, recordId, QStringLiteral("update"),
                                            QStringLiteral("attachment"), QString(), a.fileName}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return a;
}

Result<QList<Attachment>> Attachments::list(const QString &recordTable, qint64 recordId) const
{
    auto q =
        Sql::exec(m_db,
                  QStringLiteral("SELECT id, file_name, sha256, size, added_at FROM attachment "
                                 "WHERE record_table = ? AND record_id = ? ORDER BY id"),
                  {recordTable, recordId});
    if (!q) {
        return q.error();
    }
    QList<Attachment> list;
    while (q->next()) {
        Attachment a;
        a.id = q->value(0).toLongLong();
        a.fileName = q->value(1).toString();
        a.sha256 = q->value(2).toString();
        a.size = q->value(3).toLongLong();
        a.addedAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODate);
        a.storedPath = QDir(QDir(storeFolder()).filePath(a.sha256.left(2))).filePath(a.sha256);
        a.present = QFileInfo::exists(a.storedPath);
        list.append(a);
    }
    return list;
}

Status Attachments::remove(qint64 attachmentId)
{
    auto row = Sql::exec(m_db,
                         QStringLiteral("SELECT record_table, record_id, file_name FROM attachment "
                                        "WHERE id = ?"),
                         {attachmentId});
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return {};
    }
    const QString table = row->value(0).toString();
    const qint64 recordId = row->value(1).toLongLong();
    const QString name = row->value(2).toString();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    // The stored copy stays: another record may share it, and the trail may point at it.
    if (auto q =
            Sql::exec(m_db, QStringLiteral("DELETE FROM attachment WHERE id = ?"), {attachmentId});
        !q) {
        return q.error();
    }
    if (Status s = AuditLog::append(m_db, {{table, recordId, QStringLiteral("update"),
                                            QStringLiteral("attachment"), name, QString()}});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace committee
