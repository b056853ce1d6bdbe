#pragma once

#include "common/Result.h"
#include "exchange/BundleManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace committee {

// What a bundle may hold before it is refused unread: a bundle comes from a USB stick that
// may have passed through other hands, so nothing in it is trusted until checked.
struct BundleLimits {
    qint64 maxBundleSize = 512ll * 1024 * 1024;
    int maxEntries = 2000;
    qint64 maxEntrySize = 128ll * 1024 * 1024;
    qint64 maxTotalSize = 768ll * 1024 * 1024;
    // Uncompressed size over compressed size, checked for entries over 1 MiB (a zip bomb
    // expands a few kilobytes into gigabytes).
    int maxCompressionRatio = 200;
};

// A bundle read and checked: its manifest and every file listed in it.
struct Bundle {
    BundleManifest manifest;
    QMap<QString, QByteArray> files; // by name, manifest.json excluded
    bool encrypted = false;
    QString sha256; // of the bundle file as it was read
};

// Reads a bundle and refuses it, with a message that says which check failed, when it is
// truncated or changed, holds a path that escapes its folder, is too large or compressed
// beyond reason, has an unknown format version, or the password is wrong or missing.
class BundleReader {
    Q_DECLARE_TR_FUNCTIONS(committee::BundleReader)
public:
    static Result<Bundle> read(const QByteArray &data, const QString &password = {},
                               const BundleLimits &limits = {});
    static Result<Bundle> readFile(const QString &path, const QString &password = {},
                                   const BundleLimits &limits = {});

    // Whether the file starts like an encrypted bundle (so the password can be asked first).
    static bool isEncryptedFile(const QString &path);

    // A name that stays inside the folder it is unpacked to: relative, no "..", no drive
    // or backslash, no empty or hidden tricks.
    static bool isSafeEntryName(const QString &name);
};

} // namespace committee
