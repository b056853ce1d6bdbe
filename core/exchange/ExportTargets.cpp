#include "exchange/ExportTargets.h"

#include <QDir>
#include <QStorageInfo>

#include <algorithm>

namespace committee {

bool ExportTargets::looksRemovable(const QString &rootPath, const QString &systemRoot)
{
    const QString path = QDir::fromNativeSeparators(rootPath);
#ifdef Q_OS_WIN
    return path.size() <= 3 &&
           path.compare(QDir::fromNativeSeparators(systemRoot), Qt::CaseInsensitive) != 0;
#else
    Q_UNUSED(systemRoot)
    return path.startsWith(QLatin1String("/media/")) ||
           path.startsWith(QLatin1String("/run/media/"));
#endif
}

QList<ExportTarget> ExportTargets::available()
{
    const QString systemRoot = QStorageInfo::root().rootPath();
    QList<ExportTarget> targets;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly() ||
            !looksRemovable(volume.rootPath(), systemRoot)) {
            continue;
        }
        const QString name = volume.displayName();
        targets << ExportTarget{
            volume.rootPath(),
            tr("USB stick %1 (%2)").arg(name, QDir::toNativeSeparators(volume.rootPath())), true,
            volume.bytesAvailable()};
    }
    std::sort(targets.begin(), targets.end(),
              [](const ExportTarget &a, const ExportTarget &b) { return a.path < b.path; });
    const QString documents = QDir::homePath();
    targets << ExportTarget{documents,
                            tr("Home folder (%1)").arg(QDir::toNativeSeparators(documents)), false,
                            QStorageInfo(documents).bytesAvailable()};
    return targets;
}

} // namespace committee
