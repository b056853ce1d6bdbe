#pragma once

#include "records/RecordStore.h"

namespace committee {
class Database;
}

#include <QUndoCommand>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QUndoStack;

namespace committee::ui {

class LedgerActions;
class PeriodFilterBar;
class RecordDetailView;
class RecordTableModel;

// The one list/detail/editor pattern every record type uses: a filter box that finds any
// Chinese substring, a sortable table, a detail page, and add/edit/delete/reorder/restore
// actions. What a change means is decided by the RecordStore (core), not here.
class RecordBrowser : public QWidget {
    Q_OBJECT
public:
    struct Options {
        bool reorder = false;
        bool restoreOfficial = false;
        bool detail = true;
        Qt::Orientation orientation = Qt::Horizontal;
    };

    RecordBrowser(const RecordType &type, const Options &options, QWidget *parent = nullptr,
                  Database *db = nullptr);

    // One step the clerk can undo. The change has already been made when it is pushed, so
    // the first redo does nothing.
    class Change : public QUndoCommand {
    public:
        Change(const QString &text, std::function<Status()> undo, std::function<Status()> redo,
               RecordBrowser *browser);
        void undo() override;
        void redo() override;

    private:
        void run(const std::function<Status()> &step);
        std::function<Status()> m_undo;
        std::function<Status()> m_redo;
        RecordBrowser *m_browser;
        bool m_first = true;
    };

    // The browser does not own the store; the area that creates both does.
    void setStore(RecordStore *store);
    RecordStore *store() const { return m_store; }
    // The record shown as current, or nullptr.
    const Record *currentRecord() const;
    QUndoStack *undoStack() const { return m_undo; }
    LedgerActions *ledgerActions() const { return m_ledger; }
    PeriodFilterBar *periodFilter() const { return m_period; }
    QLabel *listWarningLabel() const { return m_listWarnings; }
    void reload();
    void selectId(qint64 id);
    qint64 currentId() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    RecordDetailView *detailView() const { return m_detail; }
    QToolBar *toolBar() const { return m_toolBar; }
    int visibleRowCount() const;

    // Starts a new record; `prefill` sets values on top of the store's blank record.
    // Returns the new record's id, or 0 when the clerk cancelled.
    qint64 addRecord(const QVariantMap &prefill = {});
    void editCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    void restoreCurrent();

signals:
    void currentChanged(qint64 id);
    void changed();

private:
    void createActions(const Options &options);
    void updateActions();
    void showCurrent();
    void applyPeriod();
    void reportIfFailed(const Status &status, const QString &title);

    const RecordType &m_type;
    RecordStore *m_store = nullptr;
    RecordTableModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    RecordDetailView *m_detail = nullptr;
    QToolBar *m_toolBar;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_restore = nullptr;
    QUndoStack *m_undo;
    LedgerActions *m_ledger = nullptr;
    PeriodFilterBar *m_period = nullptr;
    QLabel *m_listWarnings;
    qint64 m_keepId = 0; // the current entry while the list is read again
};

} // namespace committee::ui
