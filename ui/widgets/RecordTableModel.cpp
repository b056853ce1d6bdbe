#include "widgets/RecordTableModel.h"

#include "records/FieldText.h"
#include "records/RecordRepository.h"
#include "records/RecordStore.h"

#include <QBrush>
#include <QColor>

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

void RecordTableModel::setRecords(const QList<Record> &records)
{
    beginResetModel();
    m_records = records;
    m_search.clear();
    for (const Record &r : m_records) {
        m_search.append(searchText(r));
    }
    endResetModel();
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

QString RecordTableModel::searchText(const Record &record) const
{
    QStringList parts;
    for (const FieldSpec &field : m_type.fields) {
        if (!field.sensitive) {
            parts << FieldText::display(field, record.values.value(field.key));
        }
    }
    return parts.join(QLatin1Char('\n'));
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
    if (role == SearchRole) {
        return m_search.at(index.row());
    }
    if (index.column() >= m_columns.size()) { // the status column
        const QString status = statusText(record);
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
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
    case SortRole:
        return field.kind == FieldKind::Integer ? QVariant(value.toLongLong())
                                                : QVariant(FieldText::display(field, value));
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
