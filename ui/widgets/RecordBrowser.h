#pragma once

#include "records/RecordStore.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

namespace committee::ui {

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

    RecordBrowser(const RecordType &type, const Options &options, QWidget *parent = nullptr);

    // The browser does not own the store; the area that creates both does.
    void setStore(RecordStore *store);
    void reload();
    void selectId(qint64 id);
    qint64 currentId() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    RecordDetailView *detailView() const { return m_detail; }
    QToolBar *toolBar() const { return m_toolBar; }
    int visibleRowCount() const;

    void addRecord();
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
    void reportIfFailed(const Status &status, const QString &title);

    const RecordType &m_type;
    RecordStore *m_store = nullptr;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
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
};

} // namespace committee::ui
