#pragma once

#include "records/Record.h"
#include "records/RecordType.h"

#include <QAbstractTableModel>

namespace committee {
class RecordStore;
}

namespace committee::ui {

// Any record type as a table: one column per field marked inList, plus a column that says
// whether an entry differs from its official text. Column 0 also carries the text of all
// fields under SearchRole, so one filter finds a word in any of them.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SearchRole = Qt::UserRole + 1, SortRole, IdRole };

    explicit RecordTableModel(const RecordType &type, QObject *parent = nullptr);

    // The store gives references their labels; optional.
    void setStore(const RecordStore *store) { m_store = store; }
    void setRecords(const QList<Record> &records);
    const Record &record(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;
    // The column showing a field, or -1.
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString searchText(const Record &record) const;
    QString statusText(const Record &record) const;
    QString cellText(const FieldSpec &field, const Record &record) const;
    bool hasWarnings(const Record &record) const;

    const RecordType &m_type;
    const RecordStore *m_store = nullptr;
    QList<const FieldSpec *> m_columns;
    bool m_statusColumn = false;
    QList<Record> m_records;
    QStringList m_search; // cached per row: filtering runs on every keystroke
};

} // namespace committee::ui
