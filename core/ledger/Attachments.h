#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace committee {

class Database;

struct Attachment {
    qint64 id = 0;
    QString fileName; // the name the clerk's file had
    QString sha256;
    qint64 size = 0;
    QDateTime addedAt;
    QString storedPath;   // where the copy is kept
    bool present = false; // false when the stored copy has gone missing
};

// Photos of the notice board, scanned sign-in sheets and the like. Each file is copied
// into the attachment store beside the database under its SHA-256, so the same photo added
// twice is stored once and a renamed or moved original does not matter.
class Attachments {
    Q_DECLARE_TR_FUNCTIONS(committee::Attachments)
public:
    explicit Attachments(Database &db);

    QString storeFolder() const;
    Result<Attachment> add(const QString &recordTable, qint64 recordId, const QString &sourcePath);
    Result<QList<Attachment>> list(const QString &recordTable, qint64 recordId) const;
    Status remove(qint64 attachmentId);

    static Result<QString> sha256Of(const QString &path);

private:
    Database &m_db;
};

} // namespace committee
