#include "documents/ZipArchive.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace committee {

namespace {

Error zipError(const QString &what, zip_error_t *error)
{
    return makeError(
        Error::Kind::Io,
        ZipArchive::tr("%1 failed: %2").arg(what, QString::fromUtf8(zip_error_strerror(error))));
}

struct SourceDeleter {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;

} // namespace

Result<QByteArray> ZipArchive::read(const QByteArray &zip, const QString &name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    if (!source) {
        return zipError(tr("Reading the archive"), &error);
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        return zipError(tr("Reading the archive"), &error);
    }
    QByteArray data;
    zip_stat_t stat;
    zip_file_t *file = nullptr;
    const QByteArray entry = name.toUtf8();
    if (zip_stat(archive, entry.constData(), 0, &stat) == 0 &&
        (file = zip_fopen(archive, entry.constData(), 0)) != nullptr) {
        data.resize(qsizetype(stat.size));
        const zip_int64_t got = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        if (got != zip_int64_t(stat.size)) {
            data.clear();
        }
    }
    zip_discard(archive); // also frees the source
    if (data.isEmpty()) {
        return makeError(Error::Kind::Io, tr("The archive has no readable %1.").arg(name));
    }
    return data;
}

Result<QByteArray> ZipArchive::write(const QList<Entry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target) {
        return zipError(tr("Creating the archive"), &error);
    }
    // The archive releases its source on close; keep ours to read the result from.
    zip_source_keep(target.get());
    zip_t *archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(target.get()); // undo the keep
        return zipError(tr("Creating the archive"), &error);
    }
    for (const Entry &entry : entries) {
        zip_source_t *data =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8)
                 : -1;
        if (index < 0) {
            if (data) {
                zip_source_free(data);
            }
            zip_discard(archive);
            return makeError(Error::Kind::Io,
                             tr("Adding %1 to the archive failed.").arg(entry.name));
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return makeError(Error::Kind::Io, tr("Writing the archive failed: %1").arg(message));
    }
    QByteArray bytes;
    if (zip_source_open(target.get()) != 0) {
        return makeError(Error::Kind::Io, tr("The written archive cannot be read back."));
    }
    zip_source_seek(target.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(target.get());
    zip_source_seek(target.get(), 0, SEEK_SET);
    bytes.resize(qsizetype(qMax<zip_int64_t>(size, 0)));
    const zip_int64_t got = zip_source_read(target.get(), bytes.data(), zip_uint64_t(bytes.size()));
    zip_source_close(target.get());
    if (got != size) {
        return makeError(Error::Kind::Io, tr("The written archive cannot be read back."));
    }
    return bytes;
}

} // namespace committee
