#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace committee::ui {

// The audit trail as a read-only table, newest first. It fetches a page at a time as the
// view scrolls, because the trail of a few years is long.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Type, RecordNo, Action, Field, OldValue, NewValue, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditLogModel(Database &db, QObject *parent = nullptr);

    // Shows the entries that match; returns false (with the message in error()) on failure.
    bool setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    int total() const { return m_total; }
    QString error() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database &m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    int m_total = 0;
    QString m_error;
};

} // namespace committee::ui
