#include "exchange/BundleReader.h"

#include "exchange/BundleCrypto.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

namespace committee {

namespace {

struct ZipCloser {
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct EntryCloser {
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

Error refused(Error::Kind kind, const QString &message)
{
    return {kind, message};
}

} // namespace

bool BundleReader::isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name.startsWith(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')) ||
        name.contains(QChar(0))) {
        return false;
    }
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")) {
            return false;
        }
    }
    return true;
}

bool BundleReader::isEncryptedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && BundleCrypto::isEncrypted(file.read(16));
}

Result<Bundle> BundleReader::readFile(const QString &path, const QString &password,
                                      const BundleLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refused(Error::Kind::Io, tr("The bundle %1 cannot be read: %2")
                                            .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    if (file.size() > limits.maxBundleSize) {
        return refused(Error::Kind::Invalid,
                       tr("The bundle is %1 MB, more than the %2 MB a bundle may have.")
                           .arg(file.size() / (1024 * 1024))
                           .arg(limits.maxBundleSize / (1024 * 1024)));
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return refused(Error::Kind::Io, tr("The bundle %1 cannot be read: %2")
                                            .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return read(data, password, limits);
}

Result<Bundle> BundleReader::read(const QByteArray &data, const QString &password,
                                  const BundleLimits &limits)
{
    if (data.size() > limits.maxBundleSize) {
        return refused(Error::Kind::Invalid,
                       tr("The bundle is %1 MB, more than the %2 MB a bundle may have.")
                           .arg(data.size() / (1024 * 1024))
                           .arg(limits.maxBundleSize / (1024 * 1024)));
    }
    Bundle bundle;
    bundle.sha256 = BundleManifest::sha256(data);
    QByteArray archive = data;
    if (BundleCrypto::isEncrypted(data)) {
        bundle.encrypted = true;
        if (password.isEmpty()) {
            return refused(Error::Kind::Invalid,
                           tr("The bundle is encrypted: it needs its password."));
        }
        auto plain = BundleCrypto::decrypt(data, password);
        if (!plain) {
            return plain.error();
        }
        archive = std::move(plain).value();
    }

    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(
        archive.constData(), static_cast<zip_uint64_t>(archive.size()), 0, &zipError);
    if (!source) {
        zip_error_fini(&zipError);
        return refused(Error::Kind::Generic, tr("Not enough memory to read the bundle."));
    }
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(source, ZIP_RDONLY, &zipError));
    zip_error_fini(&zipError);
    if (!zip) {
        zip_source_free(source);
        return refused(Error::Kind::Corrupt,
                       tr("The file is not a bundle, or it is incomplete (cut off while "
                          "copying?)."));
    }

    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count > limits.maxEntries) {
        return refused(Error::Kind::Invalid, tr("The bundle holds %1 files, more than the %2 a "
                                                "bundle may have.")
                                                 .arg(count)
                                                 .arg(limits.maxEntries));
    }
    // Every name and size is checked before anything is unpacked.
    qint64 total = 0;
    QMap<QString, zip_uint64_t> indexOf;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE)) {
            return refused(Error::Kind::Corrupt, tr("The bundle's table of contents is damaged."));
        }
        const QString name = QString::fromUtf8(st.name);
        if (!isSafeEntryName(name)) {
            return refused(Error::Kind::Invalid,
                           tr("The bundle holds a file whose path leaves its folder (“%1”); it "
                              "was refused.")
                               .arg(name));
        }
        const auto size = static_cast<qint64>(st.size);
        if (size > limits.maxEntrySize) {
            return refused(Error::Kind::Invalid,
                           tr("The file “%1” in the bundle is %2 MB, more than the %3 MB allowed.")
                               .arg(name)
                               .arg(size / (1024 * 1024))
                               .arg(limits.maxEntrySize / (1024 * 1024)));
        }
        const auto compressed =
            (st.valid & ZIP_STAT_COMP_SIZE) ? static_cast<qint64>(st.comp_size) : size;
        if (size > 1024 * 1024 && size > compressed * limits.maxCompressionRatio) {
            return refused(Error::Kind::Invalid,
                           tr("The file “%1” in the bundle is compressed beyond reason (%2 to "
                              "1); it was refused as a possible zip bomb.")
                               .arg(name)
                               .arg(compressed > 0 ? size / compressed : size));
        }
        total += size;
        if (total > limits.maxTotalSize) {
            return refused(Error::Kind::Invalid,
                           tr("The files in the bundle add up to more than %1 MB.")
                               .arg(limits.maxTotalSize / (1024 * 1024)));
        }
        if (indexOf.contains(name)) {
            return refused(Error::Kind::Invalid,
                           tr("The bundle holds “%1” twice; it was refused.").arg(name));
        }
        indexOf.insert(name, static_cast<zip_uint64_t>(i));
    }

    auto readEntry = [&](const QString &name, qint64 expected) -> Result<QByteArray> {
        std::unique_ptr<zip_file_t, EntryCloser> entry(
            zip_fopen_index(zip.get(), indexOf[name], 0));
        if (!entry) {
            return refused(Error::Kind::Corrupt,
                           tr("The file “%1” in the bundle is damaged.").arg(name));
        }
        // One byte more than announced: an entry longer than its header says is damaged.
        QByteArray bytes(expected + 1, Qt::Uninitialized);
        qint64 got = 0;
        while (got < bytes.size()) {
            const zip_int64_t n = zip_fread(entry.get(), bytes.data() + got,
                                            static_cast<zip_uint64_t>(bytes.size() - got));
            if (n < 0) {
                return refused(Error::Kind::Corrupt,
                               tr("The file “%1” in the bundle is damaged.").arg(name));
            }
            if (n == 0) {
                break;
            }
            got += n;
        }
        if (got != expected) {
            return refused(Error::Kind::Corrupt,
                           tr("The file “%1” in the bundle is damaged.").arg(name));
        }
        bytes.truncate(got);
        return bytes;
    };
    auto statSize = [&](const QString &name) {
        zip_stat_t st;
        zip_stat_init(&st);
        zip_stat_index(zip.get(), indexOf[name], 0, &st);
        return static_cast<qint64>(st.size);
    };

    const QString manifestName = BundleManifest::fileName();
    if (!indexOf.contains(manifestName)) {
        return refused(Error::Kind::Invalid,
                       tr("The file is not a bundle: it has no manifest.json."));
    }
    auto manifestBytes = readEntry(manifestName, statSize(manifestName));
    if (!manifestBytes) {
        return manifestBytes.error();
    }
    const QString digestName = BundleManifest::digestFileName();
    if (!indexOf.contains(digestName)) {
        return refused(Error::Kind::Invalid, tr("The bundle's manifest has no checksum."));
    }
    auto digest = readEntry(digestName, statSize(digestName));
    if (!digest) {
        return digest.error();
    }
    if (QString::fromLatin1(digest->trimmed()) != BundleManifest::sha256(manifestBytes.value())) {
        return refused(Error::Kind::Corrupt,
                       tr("The bundle's manifest has been changed after the bundle was made."));
    }
    auto manifest = BundleManifest::fromJson(manifestBytes.value());
    if (!manifest) {
        return manifest.error();
    }
    bundle.manifest = std::move(manifest).value();

    QSet<QString> listed{manifestName, digestName};
    for (const BundleManifest::File &file : bundle.manifest.files) {
        if (!isSafeEntryName(file.name)) {
            return refused(Error::Kind::Invalid,
                           tr("The bundle's manifest names a path that leaves its folder (“%1”).")
                               .arg(file.name));
        }
        if (!indexOf.contains(file.name)) {
            return refused(Error::Kind::Corrupt,
                           tr("The file “%1” listed in the manifest is missing from the bundle.")
                               .arg(file.name));
        }
        if (statSize(file.name) != file.size) {
            return refused(Error::Kind::Corrupt,
                           tr("The file “%1” has a different size than the manifest says: the "
                              "bundle was changed or damaged.")
                               .arg(file.name));
        }
        auto bytes = readEntry(file.name, file.size);
        if (!bytes) {
            return bytes.error();
        }
        if (BundleManifest::sha256(bytes.value()) != file.sha256) {
            return refused(Error::Kind::Corrupt,
                           tr("The file “%1” does not match its checksum: the bundle was "
                              "changed or damaged.")
                               .arg(file.name));
        }
        listed.insert(file.name);
        bundle.files.insert(file.name, std::move(bytes).value());
    }
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        if (!listed.contains(it.key())) {
            return refused(Error::Kind::Invalid,
                           tr("The bundle holds “%1”, which its manifest does not list; it was "
                              "refused.")
                               .arg(it.key()));
        }
    }
    return bundle;
}

} // namespace committee
