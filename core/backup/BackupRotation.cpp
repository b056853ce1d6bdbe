#include "backup/BackupRotation.h"

#include "backup/BackupSet.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace committee {

namespace {

struct AutomaticFolder {
    QString path;
    QDateTime when;
};

QList<AutomaticFolder> automaticFolders(const QString &folder, const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QList<AutomaticFolder> found;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        QDateTime when;
        BackupSet::Kind kind;
        QString database;
        if (BackupSet::parseFolderName(entry.fileName(), &when, &kind, &database) &&
            kind == BackupSet::Kind::Automatic && database == base) {
            found.append({entry.absoluteFilePath(), when});
        }
    }
    return found;
}

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

QList<int> BackupRotation::keep(const QList<QDateTime> &dates, const RotationPolicy &policy,
                                const QDate &today)
{
    QList<int> order(dates.size());
    std::iota(order.begin(), order.end(), 0);
    // Newest first; equal times keep their given order.
    std::stable_sort(order.begin(), order.end(),
                     [&dates](int a, int b) { return dates.at(a) > dates.at(b); });
    QSet<int> kept;
    for (int i = 0; i < qMin<qsizetype>(qMax(0, policy.keepLast), order.size()); ++i) {
        kept.insert(order.at(i));
    }
    const int thisMonth = monthIndex(today);
    QSet<int> monthsSeen;
    for (int index : std::as_const(order)) {
        const int month = monthIndex(dates.at(index).date());
        if (month > thisMonth || month <= thisMonth - policy.keepMonths ||
            monthsSeen.contains(month)) {
            continue;
        }
        monthsSeen.insert(month); // the first seen is the month's newest
        kept.insert(index);
    }
    QList<int> result(kept.begin(), kept.end());
    std::sort(result.begin(), result.end());
    return result;
}

Result<QStringList> BackupRotation::apply(const QString &folder, const QString &databasePath,
                                          const RotationPolicy &policy, const QDate &today)
{
    const QList<AutomaticFolder> folders = automaticFolders(folder, databasePath);
    QList<QDateTime> dates;
    for (const AutomaticFolder &f : folders) {
        dates.append(f.when);
    }
    const QList<int> kept = keep(dates, policy, today);
    QStringList removed;
    QStringList failed;
    for (int i = 0; i < folders.size(); ++i) {
        if (kept.contains(i)) {
            continue;
        }
        if (QDir(folders.at(i).path).removeRecursively()) {
            removed.append(folders.at(i).path);
        } else {
            failed.append(QDir::toNativeSeparators(folders.at(i).path));
        }
    }
    if (!failed.isEmpty()) {
        return makeError(Error::Kind::Io, tr("These old backups could not be removed: %1")
                                              .arg(failed.join(QStringLiteral(", "))));
    }
    return removed;
}

QDateTime BackupRotation::lastAutomatic(const QString &folder, const QString &databasePath)
{
    QDateTime last;
    for (const AutomaticFolder &f : automaticFolders(folder, databasePath)) {
        if (!last.isValid() || f.when > last) {
            last = f.when;
        }
    }
    return last;
}

bool BackupRotation::dailyDue(const QDateTime &lastAutomatic, const QDateTime &now)
{
    return !lastAutomatic.isValid() || lastAutomatic.secsTo(now) >= 24 * 60 * 60 ||
           lastAutomatic > now.addSecs(60 * 60); // a clock set back: do not wait for it
}

} // namespace committee
