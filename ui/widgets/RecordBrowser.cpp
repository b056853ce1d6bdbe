#include "widgets/RecordBrowser.h"

#include "records/FieldText.h"
#include "records/RecordRepository.h"
#include "widgets/LedgerActions.h"
#include "widgets/MessageBox.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordDetailView.h"
#include "widgets/RecordEditorDialog.h"
#include "widgets/RecordTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace committee::ui {

RecordBrowser::RecordBrowser(const RecordType &type, const Options &options, QWidget *parent,
                             Database *db)
    : QWidget(parent), m_type(type), m_model(new RecordTableModel(type, this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_toolBar(new QToolBar(this)), m_undo(new QUndoStack(this)), m_listWarnings(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter: type any words, e.g. 消防"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed() != m_model->filterText()) {
            reportIfFailed(m_model->setFilterText(text.trimmed()), tr("Cannot show the list"));
        }
    });

    m_table->setObjectName(QStringLiteral("records"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    // Records with a date read newest first: by the date's column, or where the date is not
    // a column (a disclosure's posting day), by the type's own order, which is its date,
    // newest first. Lists with an order (members, agenda items, obligations) keep the one
    // the clerk gave them; the rest are sorted by their first column.
    const int dateColumn = type.ordered ? -1 : m_model->columnOf(type.dateKey);
    if (dateColumn >= 0) {
        m_table->sortByColumn(dateColumn, Qt::DescendingOrder);
    } else if (type.ordered || !type.dateKey.isEmpty()) {
        m_table->sortByColumn(-1, type.ordered ? Qt::AscendingOrder : Qt::DescendingOrder);
    } else {
        m_table->sortByColumn(0, Qt::AscendingOrder);
    }
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableView::doubleClicked, this, &RecordBrowser::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showCurrent();
        emit currentChanged(currentId());
    });

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    createActions(options);
    if (type.ledger && db) {
        m_ledger = new LedgerActions(this, *db, m_toolBar);
        connect(m_ledger, &LedgerActions::trashToggled, this, [this] { applyPeriod(); });
        m_period = new PeriodFilterBar(type, this);
        connect(m_period, &PeriodFilterBar::changed, this, &RecordBrowser::applyPeriod);
    }
    m_listWarnings->setObjectName(QStringLiteral("listWarnings"));
    m_listWarnings->setStyleSheet(QStringLiteral("color: #B03A2E;"));
    m_listWarnings->setWordWrap(true);
    m_listWarnings->hide();

    auto *top = new QHBoxLayout;
    if (m_period) {
        top->addWidget(m_period);
    }
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);

    // The filter row and the actions span the whole width; only the table shares its
    // width with the detail page, so neither the actions nor the columns get squeezed.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_listWarnings);
    layout->addWidget(m_toolBar);
    if (options.detail) {
        m_detail = new RecordDetailView(this);
        m_detail->setObjectName(QStringLiteral("detail"));
        if (m_ledger) {
            connect(m_detail, &RecordDetailView::attachmentClicked, m_ledger,
                    &LedgerActions::openAttachment);
        }
        auto *splitter = new QSplitter(options.orientation, this);
        splitter->addWidget(m_table);
        splitter->addWidget(m_detail);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        splitter->setChildrenCollapsible(false);
        splitter->setSizes({600, 400});
        layout->addWidget(splitter, 1);
    } else {
        layout->addWidget(m_table, 1);
    }
    // Each time the list is read again (filter, sort, reload) the entry in hand stays
    // chosen when it is still among the rows read; otherwise the first one is.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepId = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keepId > 0 ? m_model->rowOf(m_keepId) : -1;
        if (row >= 0 || m_model->rowCount() > 0) {
            m_table->selectRow(qMax(row, 0));
        } else {
            showCurrent();
            emit currentChanged(0);
        }
        m_count->setText(tr("%n shown", nullptr, visibleRowCount()));
        updateActions();
    });
    updateActions();
}

void RecordBrowser::createActions(const Options &options)
{
    auto make = [this](const QString &icon, const QString &text, const QKeySequence &key,
                       std::function<void()> run) {
        auto *action = new QAction(QIcon(icon), text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, std::move(run));
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    m_add = make(QStringLiteral(":/icons/action-add.svg"), tr("New"), QKeySequence::New,
                 [this] { addRecord(); });
    m_edit = make(QStringLiteral(":/icons/action-edit.svg"), tr("Edit"), QKeySequence(Qt::Key_F2),
                  [this] { editCurrent(); });
    m_delete = make(QStringLiteral(":/icons/action-delete.svg"), tr("Delete"), QKeySequence::Delete,
                    [this] { deleteCurrent(); });
    if (options.reorder) {
        m_toolBar->addSeparator();
        m_up = make(QStringLiteral(":/icons/action-up.svg"), tr("Move up"),
                    QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
        m_down = make(QStringLiteral(":/icons/action-down.svg"), tr("Move down"),
                      QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(+1); });
    }
    if (options.restoreOfficial) {
        m_toolBar->addSeparator();
        m_restore =
            make(QStringLiteral(":/icons/action-restore.svg"), tr("Restore official text"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { restoreCurrent(); });
    }
    // Enter on the list edits, as clerks expect from office programs.
    auto *enter = new QAction(this);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, &RecordBrowser::editCurrent);
    m_table->addAction(enter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
}

void RecordBrowser::setStore(RecordStore *store)
{
    m_store = store;
    m_model->setStore(store);
    m_undo->clear(); // steps of another list cannot be undone here
    if (m_period) {
        applyPeriod();
    } else {
        reload();
    }
}

void RecordBrowser::applyPeriod()
{
    if (m_store && m_period) {
        RecordQuery query = m_period->query();
        query.trash = m_ledger && m_ledger->showingTrash();
        m_store->setQuery(query);
    }
    reload();
}

const Record *RecordBrowser::currentRecord() const
{
    const int row = m_model->rowOf(currentId());
    return row >= 0 ? &m_model->record(row) : nullptr;
}

void RecordBrowser::reload()
{
    const qint64 keep = currentId();
    m_model->setStore(m_store);
    if (const Status status = m_model->reload(); !status) {
        MessageBox::error(this, tr("Cannot show the list"), status.error().message);
    }
    m_table->resizeColumnsToContents();
    // Long texts would push the other columns out of sight; their full text is in the
    // tooltip and the detail page.
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), widest));
    }
    m_count->setText(tr("%n shown", nullptr, visibleRowCount()));
    QStringList listWarnings;
    if (m_store && m_type.listWarnings) {
        if (auto all = m_store->list(); all) {
            listWarnings = m_type.listWarnings(all.value(), m_store->listContext());
        }
    }
    m_listWarnings->setText(listWarnings.join(QLatin1Char('\n')));
    m_listWarnings->setVisible(!listWarnings.isEmpty());
    // An entry just edited may lie beyond the rows read so far.
    if (keep > 0 && m_model->rowOf(keep) < 0) {
        selectId(keep);
    }
    updateActions();
}

int RecordBrowser::visibleRowCount() const
{
    return m_model->totalCount();
}

void RecordBrowser::selectId(qint64 id)
{
    const int row = m_model->fetchUntil(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

qint64 RecordBrowser::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void RecordBrowser::updateActions()
{
    const bool has = currentId() > 0;
    const bool trash = m_ledger && m_ledger->showingTrash();
    const Record *current = currentRecord();
    m_add->setEnabled(m_store != nullptr && !trash);
    m_edit->setEnabled(has && !trash && !(current && current->isFinalized()));
    m_delete->setEnabled(has && !trash && !(current && current->isFinalized()));
    if (m_ledger) {
        m_ledger->updateActions(current);
    }
    if (m_up) {
        // Reordering a filtered or re-sorted list would be guesswork about where things go.
        const bool natural = m_filter->text().isEmpty();
        m_up->setEnabled(has && natural);
        m_down->setEnabled(has && natural);
    }
    if (m_restore) {
        const int row = m_model->rowOf(currentId());
        m_restore->setEnabled(
            row >= 0 && !RecordRepository::differingFields(m_type, m_model->record(row)).isEmpty());
    }
}

void RecordBrowser::showCurrent()
{
    if (!m_detail) {
        return;
    }
    const int row = m_model->rowOf(currentId());
    if (row < 0) {
        m_detail->showNothing(visibleRowCount() == 0 && !m_filter->text().isEmpty()
                                  ? tr("Nothing matches the filter.")
                                  : tr("Choose an entry in the list to see it here."));
        return;
    }
    const Record &record = m_model->record(row);
    m_detail->showRecord(m_type, record, m_ledger ? m_ledger->extrasFor(record) : DetailExtras());
}

} // namespace committee::ui
