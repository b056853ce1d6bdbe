#include "exchange/BundleManifest.h"

#include "common/JsonWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace committee {

namespace {

const QString formatName = QStringLiteral("committee-desk-bundle");

Error badManifest(const QString &what)
{
    return {Error::Kind::Corrupt,
            BundleManifest::tr("The bundle's manifest is not valid: %1.").arg(what)};
}

} // namespace

QString BundleManifest::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray BundleManifest::toJson() const
{
    JsonWriter w;
    w.beginObject()
        .field(QStringLiteral("format"), formatName)
        .field(QStringLiteral("format_version"), formatVersion)
        .field(QStringLiteral("app_version"), appVersion)
        .key(QStringLiteral("committee"))
        .beginObject()
        .field(QStringLiteral("uid"), committeeUid)
        .field(QStringLiteral("name"), committeeName)
        .field(QStringLiteral("kind"), committeeKind)
        .field(QStringLiteral("township"), township)
        .field(QStringLiteral("district"), district)
        .endObject()
        .key(QStringLiteral("period"))
        .beginObject()
        .field(QStringLiteral("from"), from.toString(Qt::ISODate))
        .field(QStringLiteral("to"), to.toString(Qt::ISODate))
        .endObject()
        .field(QStringLiteral("created_at"), createdAt.toString(Qt::ISODate))
        .field(QStringLiteral("sensitive_included"), sensitiveIncluded)
        .key(QStringLiteral("files"))
        .beginArray();
    for (const File &f : files) {
        w.beginObject()
            .field(QStringLiteral("name"), f.name)
            .field(QStringLiteral("size"), f.size)
            .field(QStringLiteral("sha256"), f.sha256)
            .endObject();
    }
    w.endArray().endObject();
    return w.toUtf8();
}

Result<BundleManifest> BundleManifest::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return badManifest(tr("it is not JSON"));
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != formatName) {
        return Error{Error::Kind::Invalid, tr("This file is not a Committee Desk bundle.")};
    }
    BundleManifest m;
    m.formatVersion = o.value(QStringLiteral("format_version")).toInt(-1);
    if (m.formatVersion != currentFormatVersion) {
        return Error{Error::Kind::TooNew,
                     tr("The bundle has format version %1, which this version of the app does "
                        "not know (it reads version %2). Update Committee Desk to open it.")
                         .arg(m.formatVersion)
                         .arg(currentFormatVersion)};
    }
    m.appVersion = o.value(QStringLiteral("app_version")).toString();
    const QJsonObject committee = o.value(QStringLiteral("committee")).toObject();
    m.committeeUid = committee.value(QStringLiteral("uid")).toString();
    m.committeeName = committee.value(QStringLiteral("name")).toString();
    m.committeeKind = committee.value(QStringLiteral("kind")).toString();
    m.township = committee.value(QStringLiteral("township")).toString();
    m.district = committee.value(QStringLiteral("district")).toString();
    static const QRegularExpression uidPattern(QStringLiteral("^[0-9a-f]{32}$"));
    if (!uidPattern.match(m.committeeUid).hasMatch() || m.committeeName.isEmpty()) {
        return badManifest(tr("the committee is not named"));
    }
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    m.from = QDate::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate);
    m.to = QDate::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!m.from.isValid() || !m.to.isValid() || m.to < m.from) {
        return badManifest(tr("the period is missing or wrong"));
    }
    m.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    m.sensitiveIncluded = o.value(QStringLiteral("sensitive_included")).toBool();
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file{f.value(QStringLiteral("name")).toString(),
                  f.value(QStringLiteral("size")).toInteger(-1),
                  f.value(QStringLiteral("sha256")).toString()};
        if (file.name.isEmpty() || file.size < 0 || !hashPattern.match(file.sha256).hasMatch()) {
            return badManifest(tr("a file entry is incomplete"));
        }
        m.files << file;
    }
    return m;
}

} // namespace committee
