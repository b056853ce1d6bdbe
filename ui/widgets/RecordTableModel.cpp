#include "widgets/RecordTableModel.h"

#include "records/FieldText.h"
#include "records/RecordRepository.h"
#include "records/RecordStore.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace committee::ui {

namespace {
constexpr int kMaxCellLength = 80;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > kMaxCellLength) {
        line = line.left(kMaxCellLength - 1) + QChar(0x2026);
    }
    return line;
}
} // namespace

RecordTableModel::RecordTableModel(const RecordType &type, QObject *parent)
    : QAbstractTableModel(parent), m_type(type)
{
    for (const FieldSpec &field : type.fields) {
        if (field.inList) {
            m_columns.append(&field);
        }
    }
    m_statusColumn = type.hasOfficialText || type.ledger || type.warnings;
}

Status RecordTableModel::reload()
{
    beginResetModel();
    const Status status = query();
    if (!status) {
        m_ids.clear();
        m_records.clear();
    }
    endResetModel();
    return status;
}

Status RecordTableModel::setFilterText(const QString &text)
{
    m_text = text;
    return reload();
}

// The ids and the first page; the caller resets the model around it.
Status RecordTableModel::query()
{
    m_ids.clear();
    m_records.clear();
    if (!m_store) {
        return {};
    }
    RecordQuery q = m_store->query();
    q.text = m_text;
    const bool byField = m_sortColumn >= 0 && m_sortColumn < m_columns.size();
    q.sortKey = byField ? m_columns.at(m_sortColumn)->key : QString();
    q.descending = m_sortOrder == Qt::DescendingOrder;
    m_store->setQuery(q);
    auto ids = m_store->ids();
    if (!ids) {
        return ids.error();
    }
    m_ids = ids.value();
    auto page = m_store->records(m_ids.mid(0, kPageSize));
    if (!page) {
        return page.error();
    }
    m_records = page.value();
    if (m_sortColumn >= m_columns.size() && m_statusColumn) {
        sortByStatus();
    }
    return {};
}

// The status is worked out from each record's rules, not stored, so the database cannot
// order by it: this reads the whole list (short lists only carry a status worth sorting).
void RecordTableModel::sortByStatus()
{
    auto all = m_store->records(m_ids);
    if (!all) {
        return;
    }
    m_records = all.value();
    std::stable_sort(m_records.begin(), m_records.end(), [this](const Record &a, const Record &b) {
        const QString sa = statusText(a);
        const QString sb = statusText(b);
        return m_sortOrder == Qt::DescendingOrder ? sb < sa : sa < sb;
    });
    m_ids.clear();
    for (const Record &r : m_records) {
        m_ids.append(r.id);
    }
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_records.size() < m_ids.size();
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store) {
        return;
    }
    auto page = m_store->records(m_ids.mid(m_records.size(), kPageSize));
    if (!page || page->isEmpty()) {
        return;
    }
    // A record deleted meanwhile is left out of the page; its id goes too, so the rows and
    // the ids stay in step.
    const qsizetype first = m_records.size();
    for (qsizetype i = first; i < qMin(first + kPageSize, m_ids.size());) {
        const bool present = std::any_of(page->cbegin(), page->cend(),
                                         [&](const Record &r) { return r.id == m_ids[i]; });
        if (present) {
            ++i;
        } else {
            m_ids.removeAt(i);
        }
    }
    beginInsertRows({}, int(first), int(first + page->size() - 1));
    m_records.append(page.value());
    endInsertRows();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    // The database orders the whole list again, so the rows read so far are replaced.
    (void)reload();
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == id) {
            return i;
        }
    }
    return -1;
}

int RecordTableModel::fetchUntil(qint64 id)
{
    if (!m_ids.contains(id)) {
        return -1;
    }
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const qsizetype before = m_records.size();
        fetchMore({});
        if (m_records.size() == before) {
            break;
        }
        row = rowOf(id);
    }
    return row;
}

int RecordTableModel::columnOf(const QString &key) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c]->key == key) {
            return c;
        }
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + (m_statusColumn ? 1 : 0);
}

QString RecordTableModel::cellText(const FieldSpec &field, const Record &record) const
{
    if (field.sensitive) {
        return FieldText::maskedValue();
    }
    const QVariant value = record.values.value(field.key);
    if (field.kind == FieldKind::RecordRef && m_store) {
        return m_store->referenceLabel(field, value);
    }
    return FieldText::display(field, value);
}

bool RecordTableModel::hasWarnings(const Record &record) const
{
    return m_type.warnings && !m_type.warnings(record).isEmpty();
}

QString RecordTableModel::statusText(const Record &record) const
{
    if (!m_type.hasOfficialText) {
        QStringList parts;
        if (record.isFinalized()) {
            parts << tr("Finalized");
        }
        if (m_type.progress) {
            parts << m_type.progress(record);
        }
        if (m_type.warnings) {
            const QStringList warnings = m_type.warnings(record);
            if (!warnings.isEmpty()) {
                parts << QStringLiteral("⚠ ") + warnings.first();
            }
        }
        return parts.join(QStringLiteral(" · "));
    }
    if (!record.hasOfficial()) {
        return tr("Added");
    }
    return RecordRepository::differingFields(m_type, record).isEmpty() ? QString() : tr("Edited");
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size()) {
        return {};
    }
    const Record &record = m_records.at(index.row());
    if (role == IdRole) {
        return record.id;
    }
    if (index.column() >= m_columns.size()) { // the status column
        const QString status = statusText(record);
        switch (role) {
        case Qt::DisplayRole:
            return status;
        case Qt::ToolTipRole:
            return status.isEmpty()       ? tr("Same as the official text")
                   : record.hasOfficial() ? tr("Differs from the official text")
                                          : tr("Added by hand; not in the official text");
        case Qt::ForegroundRole:
            if (!m_type.hasOfficialText) {
                return hasWarnings(record) ? QVariant(QBrush(QColor(0xB0, 0x3A, 0x2E)))
                                           : QVariant();
            }
            return status.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xB0, 0x3A, 0x2E)));
        default:
            return {};
        }
    }
    const FieldSpec &field = *m_columns.at(index.column());
    const QVariant value = record.values.value(field.key);
    switch (role) {
    case Qt::DisplayRole:
        return field.sensitive ? FieldText::maskedValue()
                               : oneLine(FieldText::display(field, value));
    case Qt::ToolTipRole:
        return field.sensitive ? QVariant() : QVariant(FieldText::display(field, value));
    case Qt::TextAlignmentRole:
        return field.kind == FieldKind::Integer ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= m_columns.size()) {
        return tr("Status");
    }
    return FieldText::label(*m_columns.at(section));
}

} // namespace committee::ui
