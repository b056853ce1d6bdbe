#pragma once

#include "common/Result.h"
#include "exchange/BundleManifest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace committee {

class Database;

// Reports how far an export has come; returning false cancels it (nothing is left behind).
using BundleProgress = std::function<bool(int done, int total, const QString &step)>;

struct BundleOptions {
    QDate from;
    QDate to;
    // Sensitive fields are left out unless asked for; then the bundle is encrypted with
    // this password (it must not be empty).
    bool includeSensitive = false;
    QString password = {};
};

// The export for the township: one .cdx file per committee and period with the records as
// JSON, the quarterly sheets and the period's logbooks as PDF and the ledgers as XLSX, and
// a manifest with every file's SHA-256 (README: "Bundles for the township").
class BundleExport {
    Q_DECLARE_TR_FUNCTIONS(committee::BundleExport)
public:
    // <committee>-<period>.cdx, the period as 2026Q3, 2026 or 20260101-20260630.
    static Result<QString> suggestedFileName(Database &db, const QDate &from, const QDate &to);
    static QDate quarterStart(const QDate &day);
    static QDate quarterEnd(const QDate &day);

    // The bundle's bytes (encrypted when sensitive fields are included).
    static Result<QByteArray> build(Database &db, const BundleOptions &options,
                                    const BundleProgress &progress = {});

    // Builds, writes under a temporary name, renames, then reads the file back and checks
    // every hash; a file that fails the check is removed. Never leaves a partial file.
    static Result<BundleManifest> write(Database &db, const BundleOptions &options,
                                        const QString &path, const BundleProgress &progress = {});
};

} // namespace committee
