#include "backup/AttachmentRecovery.h"

#include "backup/BackupSet.h"
#include "committee/CommitteeTypes.h"
#include "ledger/LedgerTypes.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace committee {

namespace {

QString recordLabel(const QString &table, qint64 id)
{
    QList<const RecordType *> types = LedgerTypes::all();
    types.append(&LedgerTypes::agendaItem());
    types.append(&CommitteeTypes::member());
    for (const RecordType *type : std::as_const(types)) {
        if (type->table == table) {
            return AttachmentRecovery::tr("%1 #%2")
                .arg(QCoreApplication::translate("committee::Fields", type->singular))
                .arg(id);
        }
    }
    return AttachmentRecovery::tr("%1 #%2").arg(table).arg(id);
}

bool copyVerified(const QString &from, const QString &to, const QString &sha256)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(to).absolutePath())) {
        return false;
    }
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return false;
        }
    }
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        out.cancelWriting();
        return false;
    }
    return out.commit();
}

} // namespace

Result<QList<AttachmentRecovery::Missing>> AttachmentRecovery::missing(Database &db)
{
    auto exists = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'attachment'"));
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() == 0) {
        return QList<Missing>{};
    }
    auto q = Sql::exec(db, QStringLiteral("SELECT record_table, record_id, file_name, sha256 "
                                          "FROM attachment ORDER BY id"));
    if (!q) {
        return q.error();
    }
    const QString store =
        QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("attachments"));
    QList<Missing> list;
    while (q->next()) {
        const QString sha = q->value(3).toString();
        if (!QFileInfo::exists(BackupSet::attachmentPath(store, sha))) {
            list.append({recordLabel(q->value(0).toString(), q->value(1).toLongLong()),
                         q->value(2).toString(), sha});
        }
    }
    return list;
}

QString AttachmentRecovery::describe(const QList<Missing> &missing, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < missing.size() && i < limit; ++i) {
        lines.append(tr("%1: %2").arg(missing.at(i).record, missing.at(i).fileName));
    }
    if (missing.size() > limit) {
        lines.append(tr("and %n more", "", int(missing.size() - limit)));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QList<AttachmentRecovery::Missing>> AttachmentRecovery::recover(Database &db,
                                                                       const QString &backupFolder)
{
    auto lost = missing(db);
    if (!lost || lost->isEmpty()) {
        return lost;
    }
    const QString store =
        QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("attachments"));
    const QList<BackupSet> sets = BackupCatalog::list(backupFolder);
    QList<Missing> still;
    for (const Missing &m : std::as_const(lost.value())) {
        const QString target = BackupSet::attachmentPath(store, m.sha256);
        bool found = QFileInfo::exists(target); // another record shared the same file
        for (const BackupSet &set : sets) {
            if (found) {
                break;
            }
            if (set.isFolder()) {
                found = copyVerified(BackupSet::attachmentPath(set.attachmentFolder(), m.sha256),
                                     target, m.sha256);
            }
        }
        if (!found) {
            still.append(m);
        }
    }
    return still;
}

} // namespace committee
