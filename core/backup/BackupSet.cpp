#include "backup/BackupSet.h"

#include "ledger/Attachments.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace committee {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString BackupSet::attachmentFolder() const
{
    return isFolder() ? QDir(path).filePath(QStringLiteral("attachments")) : QString();
}

QString BackupSet::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Automatic:
        return QStringLiteral("auto");
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    case Kind::SingleFile:
        break;
    }
    return QStringLiteral("file");
}

QString BackupSet::folderName(const QString &databasePath, const QDateTime &when, Kind kind)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QFileInfo(databasePath).completeBaseName(), when.toString(stampFormat), kindKey(kind));
}

bool BackupSet::parseFolderName(const QString &name, QDateTime *when, Kind *kind, QString *database)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6})-(auto|manual|before-restore)$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch()) {
        return false;
    }
    const QDateTime parsed = QDateTime::fromString(match.captured(2), stampFormat);
    if (!parsed.isValid()) {
        return false;
    }
    *when = parsed;
    if (database) {
        *database = match.captured(1);
    }
    const QString k = match.captured(3);
    *kind = k == QLatin1String("auto")     ? Kind::Automatic
            : k == QLatin1String("manual") ? Kind::Manual
                                           : Kind::BeforeRestore;
    return true;
}

QString BackupSet::attachmentPath(const QString &folder, const QString &sha256)
{
    return QDir(QDir(folder).filePath(sha256.left(2))).filePath(sha256);
}

Result<BackupSet> BackupSet::read(const QString &given)
{
    QFileInfo info(given);
    if (info.isFile() && info.fileName() == manifestFileName()) {
        info = QFileInfo(info.absolutePath());
    }
    if (!info.exists()) {
        return makeError(Error::Kind::NotFound,
                         tr("There is no backup at %1.").arg(native(info.absoluteFilePath())));
    }
    BackupSet set;
    set.path = info.absoluteFilePath();
    if (info.isFile()) {
        // A single database file: its own modification time is all we know of its age.
        set.kind = Kind::SingleFile;
        set.databasePath = set.path;
        set.created = info.lastModified();
        set.databaseSize = info.size();
        return set;
    }
    if (set.path.endsWith(QLatin1String(".part"))) {
        return makeError(Error::Kind::Corrupt, tr("%1 is an unfinished backup (it was being "
                                                  "written when it stopped) and cannot be "
                                                  "used.")
                                                   .arg(native(set.path)));
    }
    QFile manifest(QDir(set.path).filePath(manifestFileName()));
    if (!manifest.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::NotFound,
                         tr("%1 is not a Committee Desk backup: it has no manifest.json.")
                             .arg(native(set.path)));
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(manifest.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        json.value(QStringLiteral("format")).toInt() != 1) {
        return makeError(Error::Kind::Corrupt,
                         tr("The manifest.json of the backup %1 is damaged or of an unknown "
                            "format.")
                             .arg(native(set.path)));
    }
    set.databasePath = QDir(set.path).filePath(databaseFileName());
    set.created =
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    const QString kind = json.value(QStringLiteral("kind")).toString();
    set.kind = kind == QLatin1String("auto")             ? Kind::Automatic
               : kind == QLatin1String("before-restore") ? Kind::BeforeRestore
                                                         : Kind::Manual;
    set.appVersion = json.value(QStringLiteral("appVersion")).toString();
    set.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt();
    const QJsonObject database = json.value(QStringLiteral("database")).toObject();
    set.databaseSize = database.value(QStringLiteral("size")).toInteger();
    set.databaseSha256 = database.value(QStringLiteral("sha256")).toString();
    const QJsonArray missing = json.value(QStringLiteral("attachments"))
                                   .toObject()
                                   .value(QStringLiteral("missing"))
                                   .toArray();
    for (const QJsonValue &hash : missing) {
        set.missingAttachments.append(hash.toString());
    }
    if (!set.created.isValid()) {
        return makeError(
            Error::Kind::Corrupt,
            tr("The manifest.json of the backup %1 has no valid date.").arg(native(set.path)));
    }
    return set;
}

Result<QStringList> BackupSet::attachmentHashes(const QString &databasePath)
{
    const QString name = QStringLiteral("hashes-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<QStringList> result = QStringList{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open()) {
            result = makeError(
                Error::Kind::Corrupt,
                tr("%1 cannot be read: %2").arg(native(databasePath), db.lastError().text()));
        } else if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name = "
                                          "'attachment'")) ||
                   !q.next()) {
            result = QStringList{}; // older data versions had no attachments
        } else if (!q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM attachment ORDER BY "
                                          "sha256"))) {
            result = makeError(
                Error::Kind::Corrupt,
                tr("%1 cannot be read: %2").arg(native(databasePath), q.lastError().text()));
        } else {
            QStringList hashes;
            while (q.next()) {
                hashes.append(q.value(0).toString());
            }
            result = hashes;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status BackupSet::check(const BackupSet &set)
{
    if (!QFileInfo(set.databasePath).isFile()) {
        return makeError(Error::Kind::Corrupt,
                         tr("The backup %1 has no database file.").arg(native(set.path)));
    }
    if (Status s = Backup::verify(set.databasePath); !s) {
        return s;
    }
    if (!set.isFolder()) {
        return {};
    }
    auto sha = Attachments::sha256Of(set.databasePath);
    if (!sha || sha.value() != set.databaseSha256) {
        return makeError(Error::Kind::Corrupt,
                         tr("The database in the backup %1 was changed or damaged after the "
                            "backup was made (its checksum differs).")
                             .arg(native(set.path)));
    }
    auto hashes = attachmentHashes(set.databasePath);
    if (!hashes) {
        return hashes.error();
    }
    QStringList lost;
    for (const QString &hash : std::as_const(hashes.value())) {
        if (!set.missingAttachments.contains(hash) &&
            !QFileInfo::exists(attachmentPath(set.attachmentFolder(), hash))) {
            lost.append(hash.left(12));
        }
    }
    if (!lost.isEmpty()) {
        return makeError(
            Error::Kind::Corrupt,
            tr("The backup %1 lacks %n attached file(s) it should hold (%2).", "", int(lost.size()))
                .arg(native(set.path), lost.join(QStringLiteral(", "))));
    }
    return {};
}

QList<BackupSet> BackupCatalog::list(const QString &folder)
{
    QList<BackupSet> sets;
    const QDir dir(folder);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const bool candidate =
            entry.isDir()
                ? QFileInfo::exists(
                      QDir(entry.absoluteFilePath()).filePath(BackupSet::manifestFileName())) &&
                      !entry.fileName().endsWith(QLatin1String(".part"))
                : entry.fileName().endsWith(QLatin1String(".db"));
        if (!candidate) {
            continue;
        }
        if (auto set = BackupSet::read(entry.absoluteFilePath())) {
            sets.append(set.value());
        }
    }
    std::stable_sort(sets.begin(), sets.end(),
                     [](const BackupSet &a, const BackupSet &b) { return a.created > b.created; });
    return sets;
}

Result<BackupSet> BackupCatalog::newestGood(const QString &folder)
{
    for (const BackupSet &set : list(folder)) {
        if (BackupSet::check(set).ok()) {
            return set;
        }
    }
    return makeError(Error::Kind::NotFound,
                     tr("There is no usable backup in %1.").arg(native(folder)));
}

} // namespace committee
