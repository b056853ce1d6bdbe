#include "backup/TargetProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>

namespace committee {

bool TargetProblem::canWriteIn(const QString &folder)
{
    QFile probe(QDir(folder).filePath(QStringLiteral(".committee-desk-write-test-") +
                                      QUuid::createUuid().toString(QUuid::Id128)));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    const bool written = probe.write("ok", 2) == 2 && probe.flush();
    probe.close();
    return probe.remove() && written;
}

Error TargetProblem::readOnly(const QString &folder)
{
    return makeError(Error::Kind::Io,
                     tr("The backup cannot be written to %1: the folder or drive is read-only "
                        "(a write-protected stick, or a folder you may not change). Choose "
                        "another folder.")
                         .arg(QDir::toNativeSeparators(folder)));
}

Error TargetProblem::full(const QString &path, qint64 needed)
{
    return makeError(Error::Kind::Io,
                     tr("There is not enough room for the backup on the drive of %1 (it needs "
                        "about %2 MB). Free some space or use another drive; no partial backup "
                        "was left there.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(qMax<qint64>(1, (needed + 1024 * 1024 - 1) / (1024 * 1024))));
}

Error TargetProblem::describe(const QString &path, int osError, bool full, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(path);
    // The folder being written vanished under the backup: the stick was pulled out (or the
    // network drive went away).
    if (!QFileInfo::exists(QFileInfo(path).absolutePath())) {
        return makeError(Error::Kind::Io,
                         tr("The backup could not be finished because %1 is gone: the drive "
                            "was removed or disconnected. Connect it again and make a new "
                            "backup.")
                             .arg(shown));
    }
    if (osError == EROFS || osError == EACCES || osError == EPERM) {
        return readOnly(QFileInfo(path).absolutePath());
    }
    if (full || osError == ENOSPC || osError == EFBIG) {
        return makeError(Error::Kind::Io,
                         tr("The drive of %1 is full, or the backup is too large for it. Free "
                            "some space or use another drive; no partial backup was left "
                            "there.")
                             .arg(shown));
    }
    return makeError(Error::Kind::Io,
                     tr("The backup could not be written to %1: %2")
                         .arg(shown, detail.isEmpty() ? tr("a write failed") : detail));
}

} // namespace committee
