#pragma once

#include "common/Result.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

namespace committee {

class Database;

// The audit trail (as the viewer filters it) as an Excel workbook: one row per entry,
// newest first, with the type, action and field names the viewer shows. The file is
// written whole or not at all.
class AuditLogExport {
    Q_DECLARE_TR_FUNCTIONS(committee::AuditLogExport)
public:
    static Result<QByteArray> workbook(Database &db, const AuditFilter &filter);
    static Status save(Database &db, const AuditFilter &filter, const QString &path);
};

} // namespace committee
