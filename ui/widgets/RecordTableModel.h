#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QAbstractTableModel>

namespace committee {
class RecordStore;
}

namespace committee::ui {

// Any record type as a table: one column per field marked inList, plus a column that says
// whether an entry differs from its official text. The list is read lazily: the store's
// query gives the ids of every matching record (filter text and sort order included, both
// done by the database), and the records themselves are read a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a keystroke on 100,000 records stays quick.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit RecordTableModel(const RecordType &type, QObject *parent = nullptr);

    // The store the rows come from (its query picks them); nullptr shows nothing.
    void setStore(RecordStore *store) { m_store = store; }
    // Reads the list again from the store: the ids, then the first page.
    Status reload();
    // Text that some field must contain; reloads.
    Status setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // How many records match, read or not yet.
    int totalCount() const { return int(m_ids.size()); }
    const Record &record(int row) const { return m_records.at(row); }
    // The row of a record among those read so far, or -1.
    int rowOf(qint64 id) const;
    // Reads pages until the record is among them; its row, or -1 when it does not match.
    int fetchUntil(qint64 id);
    // The column showing a field, or -1.
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    Status query();
    void sortByStatus();
    QString statusText(const Record &record) const;
    QString cellText(const FieldSpec &field, const Record &record) const;
    bool hasWarnings(const Record &record) const;

    const RecordType &m_type;
    RecordStore *m_store = nullptr;
    QList<const FieldSpec *> m_columns;
    bool m_statusColumn = false;
    QString m_text;
    int m_sortColumn = -1; // -1: the type's own order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;     // every matching record, in order
    QList<Record> m_records; // the first pages of them
};

} // namespace committee::ui
