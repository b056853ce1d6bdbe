#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace committee {

// Writes a file whole or not at all (QSaveFile: a temporary name in the same folder, then
// a rename), in chunks so a caller can show progress or cancel. A failure says why in the
// clerk's words: a read-only folder or stick, a full disk, a stick pulled out.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(committee::AtomicFile)
public:
    // Called after each chunk with the bytes written so far; returning false cancels.
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    static Status write(const QString &path, const QByteArray &bytes,
                        const Progress &progress = {});
};

} // namespace committee
