#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace committee {

// manifest.json of a bundle (.cdx): who made it, for which period, and every other file
// in it with its size and SHA-256. The README documents the format.
struct BundleManifest {
    Q_DECLARE_TR_FUNCTIONS(committee::BundleManifest)
public:
    static constexpr int currentFormatVersion = 1;
    static QString fileName() { return QStringLiteral("manifest.json"); }
    // The SHA-256 of manifest.json, so an edited manifest is caught like an edited file.
    static QString digestFileName() { return QStringLiteral("manifest.sha256"); }

    struct File {
        QString name;
        qint64 size = 0;
        QString sha256; // lower-case hex
    };

    int formatVersion = currentFormatVersion;
    QString appVersion;
    QString committeeUid;
    QString committeeName;
    QString committeeKind; // village or community
    QString township;
    QString district;
    QDate from;
    QDate to;
    QDateTime createdAt;
    bool sensitiveIncluded = false;
    QList<File> files;

    QByteArray toJson() const;
    static Result<BundleManifest> fromJson(const QByteArray &json);
    static QString sha256(const QByteArray &bytes);
};

} // namespace committee
