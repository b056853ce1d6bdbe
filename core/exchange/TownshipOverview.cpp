#include "exchange/TownshipOverview.h"

#include "common/Period.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace committee {

namespace {

QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

Error notOverview()
{
    return {Error::Kind::Invalid,
            TownshipOverview::tr("This database is not a township overview. Import bundles into "
                                 "a separate file (for example township.db).")};
}

TownshipOverview::Submission submissionFrom(const QSqlQuery &q)
{
    TownshipOverview::Submission s;
    s.importId = q.value(0).toLongLong();
    s.committeeUid = q.value(1).toString();
    s.committeeName = q.value(2).toString();
    s.from = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.to = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.bundleName = q.value(5).toString();
    s.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    s.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    s.encrypted = q.value(8).toBool();
    s.records = q.value(9).toInt();
    return s;
}

const QString submissionColumns =
    QStringLiteral("i.id, i.committee_uid, c.name, i.period_from, i.period_to, i.bundle_name, "
                   "i.bundle_created_at, i.imported_at, i.encrypted, "
                   "(SELECT count(*) FROM township_record r WHERE r.import_id = i.id) "
                   "FROM township_import i JOIN township_committee c ON c.uid = i.committee_uid");

} // namespace

Result<bool> TownshipOverview::isOverview(Database &db)
{
    auto n = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM township_overview"));
    if (!n) {
        return n.error();
    }
    return n->toInt() > 0;
}

Status TownshipOverview::create(const QString &township)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto committees = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM committee"));
    if (!committees) {
        return committees.error();
    }
    if (committees->toInt() > 0) {
        return Error{Error::Kind::Conflict,
                     tr("This database holds a committee's own records; a township overview "
                        "must be a separate file.")};
    }
    if (auto r = Sql::exec(m_db,
                           QStringLiteral("INSERT OR IGNORE INTO township_overview (id, township, "
                                          "created_at) VALUES (1, coalesce(?, ''), ?)"),
                           {township, now()});
        !r) {
        return r.error();
    }
    return tx.commit();
}

Result<QString> TownshipOverview::township() const
{
    auto r = Sql::scalar(m_db, QStringLiteral("SELECT township FROM township_overview"));
    if (!r) {
        return r.error();
    }
    return r->toString();
}

Result<TownshipOverview::ImportOutcome> TownshipOverview::import(const Bundle &bundle,
                                                                 const QString &bundleName)
{
    auto overview = isOverview(m_db);
    if (!overview) {
        return overview.error();
    }
    if (!overview.value()) {
        return notOverview();
    }
    const BundleManifest &m = bundle.manifest;
    // Parse every record file first, so a bad one leaves the overview as it was.
    struct Row {
        QString type;
        qint64 id;
        QByteArray content;
    };
    QList<Row> rows;
    for (auto it = bundle.files.cbegin(); it != bundle.files.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("records/")) ||
            !it.key().endsWith(QLatin1String(".json"))) {
            continue;
        }
        const QString type = it.key().mid(8).chopped(5);
        const QJsonDocument doc = QJsonDocument::fromJson(it.value());
        if (!doc.isArray()) {
            return Error{Error::Kind::Invalid,
                         tr("%1 in the bundle is not a list of records.").arg(it.key())};
        }
        for (const QJsonValue &v : doc.array()) {
            if (!v.isObject() || !v[QStringLiteral("id")].isDouble()) {
                return Error{Error::Kind::Invalid,
                             tr("%1 in the bundle holds a record without an id.").arg(it.key())};
            }
            rows << Row{type, v[QStringLiteral("id")].toInteger(),
                        QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)};
        }
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    // An overview made empty (from the app) takes its 镇街 from the first bundle.
    if (auto r = Sql::exec(m_db,
                           QStringLiteral("UPDATE township_overview SET township = "
                                          "coalesce(?, '') WHERE township = ''"),
                           {m.township});
        !r) {
        return r.error();
    }
    // A committee added by hand before it sent anything is matched by its name.
    if (auto r = Sql::exec(m_db,
                           QStringLiteral("UPDATE township_committee SET uid = ? WHERE uid LIKE "
                                          "'pending-%' AND name = ? AND NOT EXISTS (SELECT 1 "
                                          "FROM township_committee WHERE uid = ?)"),
                           {m.committeeUid, m.committeeName, m.committeeUid});
        !r) {
        return r.error();
    }
    if (auto r = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO township_committee (uid, name, kind, "
                                          "added_at) VALUES (?, ?, coalesce(?, ''), ?) ON "
                                          "CONFLICT(uid) DO "
                                          "UPDATE SET name = excluded.name, kind = excluded.kind"),
                           {m.committeeUid, m.committeeName, m.committeeKind, now()});
        !r) {
        return r.error();
    }
    ImportOutcome outcome;
    auto earlier =
        Sql::exec(m_db,
                  QStringLiteral("SELECT id, bundle_name, bundle_sha256 FROM township_import WHERE "
                                 "committee_uid = ? AND period_from = ? AND period_to = ?"),
                  {m.committeeUid, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)});
    if (!earlier) {
        return earlier.error();
    }
    const QString importedAt = now();
    const QVariantList values{
        bundleName,       bundle.sha256, m.createdAt.toString(Qt::ISODate), m.appVersion,
        bundle.encrypted, importedAt,    QString::fromUtf8(m.toJson())};
    qint64 importId = 0;
    AuditEntry trail{QStringLiteral("township_import"), 0,         QStringLiteral("insert"),
                     QStringLiteral("bundle"),          QString(), bundleName};
    trail.actor = AuditLog::currentActor();
    if (earlier->next()) {
        // The same committee and period again: the new bundle replaces the old one in
        // place, and the trail says from which bundle to which (the trail's actions are
        // fixed; a replacement is an update of the submission).
        outcome.replaced = true;
        importId = earlier->value(0).toLongLong();
        trail.action = QStringLiteral("update");
        trail.oldValue = QStringLiteral("%1 (%2)").arg(earlier->value(1).toString(),
                                                       earlier->value(2).toString().left(12));
        trail.newValue = QStringLiteral("%1 (%2)").arg(bundleName, bundle.sha256.left(12));
        earlier->finish();
        if (auto r =
                Sql::exec(m_db, QStringLiteral("DELETE FROM township_record WHERE import_id = ?"),
                          {importId});
            !r) {
            return r.error();
        }
        if (auto r = Sql::exec(m_db,
                               QStringLiteral("UPDATE township_import SET bundle_name = ?, "
                                              "bundle_sha256 = ?, bundle_created_at = ?, "
                                              "app_version = coalesce(?, ''), encrypted = ?, "
                                              "imported_at = ?, "
                                              "manifest = ? WHERE id = ?"),
                               values + QVariantList{importId});
            !r) {
            return r.error();
        }
    } else {
        auto inserted = Sql::exec(
            m_db,
            QStringLiteral("INSERT INTO township_import (committee_uid, period_from, period_to, "
                           "bundle_name, bundle_sha256, bundle_created_at, app_version, "
                           "encrypted, imported_at, manifest) VALUES (?, ?, ?, ?, ?, ?, "
                           "coalesce(?, ''), ?, ?, ?)"),
            QVariantList{m.committeeUid, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)} +
                values);
        if (!inserted) {
            return inserted.error();
        }
        importId = inserted->lastInsertId().toLongLong();
    }
    for (const Row &row : rows) {
        if (auto r = Sql::exec(m_db,
                               QStringLiteral("INSERT INTO township_record (import_id, "
                                              "record_type, record_id, content) VALUES (?, ?, ?, "
                                              "?)"),
                               {importId, row.type, row.id, QString::fromUtf8(row.content)});
            !r) {
            return r.error();
        }
    }
    trail.recordId = importId;
    if (Status s = AuditLog::append(m_db, {trail}); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    outcome.submission = Submission{importId,
                                    m.committeeUid,
                                    m.committeeName,
                                    m.from,
                                    m.to,
                                    bundleName,
                                    m.createdAt,
                                    QDateTime::fromString(importedAt, Qt::ISODate),
                                    bundle.encrypted,
                                    int(rows.size())};
    return outcome;
}

Status TownshipOverview::addCommittee(const QString &name, const QString &kind)
{
    if (name.trimmed().isEmpty()) {
        return Error{Error::Kind::Invalid, tr("Committee name: please fill this in.")};
    }
    auto exists =
        Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM township_committee WHERE name = ?"),
                    {name.trimmed()});
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() > 0) {
        return Error{Error::Kind::Conflict,
                     tr("Committee name: “%1” is already in the list.").arg(name.trimmed())};
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto r = Sql::exec(
            m_db,
            QStringLiteral("INSERT INTO township_committee (uid, name, kind, "
                           "added_at) VALUES (?, ?, coalesce(?, ''), ?)"),
            {QStringLiteral("pending-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
             name.trimmed(), kind, now()});
        !r) {
        return r.error();
    }
    return tx.commit();
}

Result<QList<TownshipOverview::Committee>>
TownshipOverview::committeesWhere(const QString &condition, const QVariantList &bindings) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT uid, name, kind FROM township_committee c ") +
                           condition + QStringLiteral(" ORDER BY name"),
                       bindings);
    if (!q) {
        return q.error();
    }
    QList<Committee> list;
    while (q->next()) {
        list << Committee{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    }
    return list;
}

Result<QList<TownshipOverview::Committee>> TownshipOverview::committees() const
{
    return committeesWhere(QString(), {});
}

Result<QList<TownshipOverview::Submission>> TownshipOverview::submissions() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + submissionColumns +
                                 QStringLiteral(" ORDER BY i.period_from DESC, c.name"));
    if (!q) {
        return q.error();
    }
    QList<Submission> list;
    while (q->next()) {
        list << submissionFrom(q.value());
    }
    return list;
}

Result<QList<TownshipOverview::Committee>> TownshipOverview::missing(const QDate &from,
                                                                     const QDate &to) const
{
    return committeesWhere(QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM township_import i "
                                          "WHERE i.committee_uid = c.uid AND i.period_from <= ? "
                                          "AND i.period_to >= ?)"),
                           {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Result<QList<QByteArray>> TownshipOverview::records(qint64 importId,
                                                    const QString &recordType) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT content FROM township_record WHERE import_id = ? "
                                      "AND record_type = ? ORDER BY id"),
                       {importId, recordType});
    if (!q) {
        return q.error();
    }
    QList<QByteArray> list;
    while (q->next()) {
        list << q->value(0).toString().toUtf8();
    }
    return list;
}

Result<QList<TownshipOverview::SheetRow>> TownshipOverview::quarterlySheets(int year,
                                                                            int quarter) const
{
    auto all = committees();
    if (!all) {
        return all.error();
    }
    QList<SheetRow> rows;
    for (const Committee &c : all.value()) {
        SheetRow row;
        row.committee = c;
        // The newest import holding this committee's sheet for the quarter.
        auto sheet = Sql::scalar(
            m_db,
            QStringLiteral("SELECT r.content FROM township_record r JOIN township_import i ON "
                           "i.id = r.import_id WHERE i.committee_uid = ? AND r.record_type = "
                           "'quarterly_sheet' AND json_extract(r.content, '$.year') = ? AND "
                           "json_extract(r.content, '$.quarter') = ? ORDER BY i.imported_at "
                           "DESC, i.id DESC LIMIT 1"),
            {c.uid, year, quarter});
        if (!sheet) {
            return sheet.error();
        }
        auto covered = Sql::scalar(
            m_db,
            QStringLiteral("SELECT count(*) FROM township_import WHERE committee_uid = ? AND "
                           "period_from <= ? AND period_to >= ?"),
            {c.uid, Quarter(year, quarter).first().toString(Qt::ISODate),
             Quarter(year, quarter).last().toString(Qt::ISODate)});
        if (!covered) {
            return covered.error();
        }
        row.bundleReceived = covered->toInt() > 0;
        if (!sheet->isNull()) {
            const QJsonObject o = QJsonDocument::fromJson(sheet->toString().toUtf8()).object();
            row.submitted = true;
            row.progress = o.value(QStringLiteral("progress")).toString();
            row.problems = o.value(QStringLiteral("problems")).toString();
            row.status = o.value(QStringLiteral("status")).toString();
            row.filledOn = o.value(QStringLiteral("filled_on")).toString();
            row.contact = o.value(QStringLiteral("contact")).toString();
            row.phone = o.value(QStringLiteral("phone")).toString();
        }
        rows << row;
    }
    return rows;
}

} // namespace committee
