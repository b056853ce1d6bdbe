#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace committee {

// Words for why a backup could not be written to a folder or stick, told apart by what the
// operating system said and what the target looks like afterwards: a read-only or
// write-protected target, a full one (or a file too large for it, as on FAT sticks), or a
// drive that was pulled out.
class TargetProblem {
    Q_DECLARE_TR_FUNCTIONS(committee::TargetProblem)
public:
    // `path` is the file or folder being written; `osError` an errno value (0 if unknown).
    static Error describe(const QString &path, int osError, bool full, const QString &detail);

    // Creates and deletes a probe file: the only reliable test (permission bits say
    // nothing on a read-only mount, and root passes every permission check).
    static bool canWriteIn(const QString &folder);

    // The error for a folder that cannot be written to.
    static Error readOnly(const QString &folder);
    // The error for a target without room for `needed` bytes.
    static Error full(const QString &path, qint64 needed);
};

} // namespace committee
