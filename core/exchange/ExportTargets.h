#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace committee {

// Where a bundle can go: the mounted drives, removable ones (USB sticks) first, since
// that is where the township's copy is carried.
struct ExportTarget {
    QString path;
    QString label; // e.g. "U盘 KINGSTON (/media/clerk/KINGSTON)", for the chooser
    bool removable = false;
    qint64 bytesAvailable = 0;
};

class ExportTargets {
    Q_DECLARE_TR_FUNCTIONS(committee::ExportTargets)
public:
    static QList<ExportTarget> available();
    // Qt cannot tell a USB stick from a disk; where it is mounted can. On Linux, sticks go
    // under /media or /run/media; on Windows, any ready drive that is not the system drive.
    static bool looksRemovable(const QString &rootPath, const QString &systemRoot);
};

} // namespace committee
