#include "areas/audit/AuditLogModel.h"

#include "security/AuditText.h"

namespace committee::ui {

AuditLogModel::AuditLogModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{}

bool AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_error.clear();
    auto total = AuditLog::count(m_db, filter);
    m_total = total ? *total : 0;
    if (!total) {
        m_error = total.error().message;
    }
    endResetModel();
    if (canFetchMore({})) {
        fetchMore({});
    }
    return m_error.isEmpty();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_error.isEmpty() && m_entries.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = AuditLog::query(m_db, m_filter, pageSize, int(m_entries.size()));
    if (!page) {
        m_error = page.error().message;
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_entries.size()); // the trail was read while it grew or shrank
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_entries.append(*page);
    endInsertRows();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue)) {
        return index.column() == OldValue ? e.oldValue : e.newValue;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case When:
        return e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return e.actor;
    case Type:
        return AuditText::typeName(e.table);
    case RecordNo:
        return e.recordId;
    case Action:
        return AuditText::actionName(e.action);
    case Field:
        return AuditText::fieldName(e.table, e.field);
    case OldValue:
        return e.oldValue;
    case NewValue:
        return e.newValue;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Type:
        return tr("Record type");
    case RecordNo:
        return tr("Record no.");
    case Action:
        return tr("Action");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace committee::ui
