#pragma once

#include "common/Result.h"
#include "exchange/BundleReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace committee {

class Database;

// The township's (镇街) own database: the bundles its committees bring in, merged. A
// database becomes an overview with create(); the app then opens it in township mode.
// Re-importing a committee's bundle for the same period replaces the earlier import, and the
// audit trail records the replacement.
class TownshipOverview {
    Q_DECLARE_TR_FUNCTIONS(committee::TownshipOverview)
public:
    explicit TownshipOverview(Database &db) : m_db(db) {}

    static Result<bool> isOverview(Database &db);
    // Makes an empty database an overview. Refused for a committee's own database.
    Status create(const QString &township);
    Result<QString> township() const;

    struct Committee {
        QString uid;
        QString name;
        QString kind;
    };
    struct Submission {
        qint64 importId = 0;
        QString committeeUid;
        QString committeeName;
        QDate from;
        QDate to;
        QString bundleName;
        QDateTime createdAt;
        QDateTime importedAt;
        bool encrypted = false;
        int records = 0;
    };
    struct ImportOutcome {
        Submission submission;
        bool replaced = false; // an earlier import of the same committee and period
    };

    // `bundleName` is the file's name, kept for the clerk to recognise it.
    Result<ImportOutcome> import(const Bundle &bundle, const QString &bundleName);

    // A committee expected to submit that has not sent anything yet.
    Status addCommittee(const QString &name, const QString &kind);
    Result<QList<Committee>> committees() const;
    Result<QList<Submission>> submissions() const;
    // The committees without an import that covers the whole of from..to.
    Result<QList<Committee>> missing(const QDate &from, const QDate &to) const;

    // The records of one type an import brought, each a JSON object as in the bundle.
    Result<QList<QByteArray>> records(qint64 importId, const QString &recordType) const;

    // One committee's quarterly sheet (附件2) for a quarter, from its newest import that
    // covers the quarter; empty values where it sent none.
    struct SheetRow {
        Committee committee;
        bool bundleReceived = false; // a bundle covering the quarter came in
        bool submitted = false;      // ... and it held the quarter's sheet
        QString progress;
        QString problems;
        QString status;
        QString filledOn;
        QString contact;
        QString phone;
    };
    Result<QList<SheetRow>> quarterlySheets(int year, int quarter) const;

private:
    // `condition` is SQL of ours (never the clerk's text); values go in `bindings`.
    Result<QList<Committee>> committeesWhere(const QString &condition,
                                             const QVariantList &bindings) const;

    Database &m_db;
};

} // namespace committee
