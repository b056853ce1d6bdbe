#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace committee {

class Database;

enum class ListKind { Duties, Tasks, ProgressForm };

QString listKindKey(ListKind kind); // "duties", "tasks", "progress_form"

struct EditionInfo {
    qint64 id = 0;
    ListKind kind = ListKind::Duties;
    QString title;
    QString docNumber;
    QString issuer;
    QString issuedOn;
    int year = 0;
    bool official = false;
    bool current = false;
    qint64 basedOn = 0;

    // Made for an earlier year than `reportYear`: a sheet for that year would carry this
    // edition's old title and measures.
    bool isOlderThan(int reportYear) const { return year > 0 && year < reportYear; }
};

// Editions of the official lists. The official edition loaded on the first start is
// never edited in place by the app's own updates; the clerk's edits, copies for a new
// year and removals are theirs.
class Editions {
    Q_DECLARE_TR_FUNCTIONS(committee::Editions)
public:
    explicit Editions(Database &db) : m_db(db) {}

    Result<QList<EditionInfo>> list(ListKind kind) const;
    Result<EditionInfo> current(ListKind kind) const;
    Result<EditionInfo> get(qint64 id) const;
    Status setCurrent(qint64 id);
    // The edition a year's documents use: the current one of that year, else any of that
    // year, else the current one (which may be older; see EditionInfo::isOlderThan).
    Result<EditionInfo> forYear(ListKind kind, int year) const;

    // Copies an edition with all its entries (and their official text, so differences
    // stay visible) under a new title and year, and makes the copy current.
    Result<qint64> copy(qint64 fromId, const QString &title, int year);
    // Removes a copy. The official edition stays, so there is always one to go back to.
    Status remove(qint64 id);
    // The title suggested for a copy of `from` made for `year`: the year in the title
    // replaced (渝北区2023年… → 渝北区2026年…), or put in front where the title has none.
    static QString titleForYear(const EditionInfo &from, int year);

    // Measures are numbered straight through the list; keeps that true after a change.
    Status renumberMeasures(qint64 editionId);

    // The stored definition of a form edition (the 附件2 fields), as loaded from resources.
    Result<QJsonObject> definition(qint64 editionId) const;

    // Used by the seeder: creates an edition row and returns its id.
    Result<qint64> create(const EditionInfo &info, const QJsonObject &definition = {});

private:
    Result<qint64> copyTaskList(qint64 fromId, qint64 toId);

    Database &m_db;
};

} // namespace committee
