#include "areas/audit/AuditLogArea.h"

#include "areas/audit/AuditLogModel.h"
#include "common/Period.h"
#include "documents/AuditLogExport.h"
#include "security/AuditText.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace committee::ui {

namespace {
// A date edit whose lowest value reads "any": no limit on that side.
QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(kFirstYear, 1, 1));
    edit->setSpecialValueText(AuditLogArea::tr("any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate limitOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

AuditLogArea::AuditLogArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context), m_model(new AuditLogModel(context.db, this)),
      m_type(new QComboBox(this)), m_record(new QLineEdit(this)),
      m_from(dateEdit(this, QStringLiteral("auditFrom"))),
      m_to(dateEdit(this, QStringLiteral("auditTo"))), m_count(new QLabel(this)),
      m_export(new QPushButton(tr("&Export to Excel…"), this)), m_table(new QTableView(this))
{
    m_type->setObjectName(QStringLiteral("auditType"));
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setValidator(new QIntValidator(1, 2147483647, m_record));
    m_record->setPlaceholderText(tr("any"));
    m_record->setMaximumWidth(100);
    m_count->setObjectName(QStringLiteral("auditCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Record type:"), this));
    filters->addWidget(m_type);
    filters->addWidget(new QLabel(tr("Record no.:"), this));
    filters->addWidget(m_record);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    filters->addWidget(m_export);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::When, 150);
    m_table->setColumnWidth(AuditLogModel::Who, 160);

    auto *note = new QLabel(tr("Every change to the records is listed here. The audit log "
                               "cannot be changed or deleted."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    fillTypes();
    connect(m_type, &QComboBox::currentIndexChanged, this, &AuditLogArea::applyFilters);
    connect(m_record, &QLineEdit::editingFinished, this, &AuditLogArea::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogArea::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogArea::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &AuditLogArea::chooseExportFile);
    applyFilters();
}

void AuditLogArea::fillTypes()
{
    const QString current = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    if (auto tables = AuditLog::tables(m_context.db); tables) {
        QList<QPair<QString, QString>> named;
        for (const QString &table : *tables) {
            named.append({AuditText::typeName(table), table});
        }
        std::sort(named.begin(), named.end());
        for (const auto &[name, table] : named) {
            m_type->addItem(name, table);
        }
    }
    m_type->setCurrentIndex(qMax(0, m_type->findData(current)));
}

void AuditLogArea::activate()
{
    // Other areas have added entries since; show them.
    fillTypes();
    applyFilters();
}

void AuditLogArea::applyFilters()
{
    AuditFilter filter;
    filter.table = m_type->currentData().toString();
    filter.recordId = m_record->text().toLongLong();
    filter.from = limitOf(m_from);
    filter.to = limitOf(m_to);
    if (!m_model->setFilter(filter)) {
        MessageBox::error(this, tr("Audit log"), m_model->error());
    }
    m_count->setText(tr("%n entries", nullptr, m_model->total()));
}

bool AuditLogArea::exportTo(const QString &path)
{
    if (Status s = AuditLogExport::save(m_context.db, m_model->filter(), path); !s) {
        MessageBox::error(this, tr("Export audit log"), s.error().message);
        return false;
    }
    return true;
}

void AuditLogArea::chooseExportFile()
{
    const QString suggested =
        QDir(QFileInfo(m_context.db.path()).absolutePath())
            .filePath(tr("audit-log-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty() && exportTo(path)) {
        MessageBox::information(
            this, tr("Export audit log"),
            tr("The audit log was saved to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace committee::ui
