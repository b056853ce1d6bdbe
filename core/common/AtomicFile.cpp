#include "common/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace committee {

namespace {

constexpr qint64 chunkSize = 1024 * 1024;

Error writeFailure(const QString &path, qint64 needed, const QString &detail)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const QFileInfo folderInfo(QFileInfo(path).absolutePath());
    if (!folderInfo.exists()) {
        return {Error::Kind::Io,
                AtomicFile::tr("The folder %1 is no longer there. If it is on a USB stick, the "
                               "stick may have been pulled out; put it back and try again.")
                    .arg(folder)};
    }
    QStorageInfo storage(folderInfo.absoluteFilePath());
    storage.refresh();
    if (storage.isValid() && storage.isReadOnly()) {
        return {Error::Kind::Io, AtomicFile::tr("The folder %1 is read-only (a locked USB stick, "
                                                "or a disc). Choose another folder.")
                                     .arg(folder)};
    }
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        return {Error::Kind::Io,
                AtomicFile::tr("There is not enough free space in %1: %2 MB are needed, %3 MB "
                               "are free. Free some space or choose another folder.")
                    .arg(folder)
                    .arg((needed + 1024 * 1024 - 1) / (1024 * 1024))
                    .arg(storage.bytesAvailable() / (1024 * 1024))};
    }
    return {Error::Kind::Io,
            AtomicFile::tr("%1 could not be written (%2). If it is on a USB stick, check that the "
                           "stick is still in and not locked, or that the disk is not full.")
                .arg(QDir::toNativeSeparators(path), detail)};
}

} // namespace

Status AtomicFile::write(const QString &path, const QByteArray &bytes, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (folder.exists() && !folder.isWritable()) {
            return Error{Error::Kind::Io,
                         tr("The folder %1 cannot be written to (read-only, or "
                            "you have no permission). Choose another folder.")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
        }
        return writeFailure(path, bytes.size(), file.errorString());
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = qMin(chunkSize, bytes.size() - written);
        if (file.write(bytes.constData() + written, n) != n) {
            const QString detail = file.errorString();
            file.cancelWriting();
            return writeFailure(path, bytes.size(), detail);
        }
        written += n;
        if (progress && !progress(written, bytes.size())) {
            file.cancelWriting();
            return Error{Error::Kind::Cancelled, tr("Cancelled.")};
        }
    }
    if (!file.commit()) {
        return writeFailure(path, bytes.size(), file.errorString());
    }
    return {};
}

} // namespace committee
