#pragma once

#include "widgets/RecordDetailView.h"

#include <QObject>

class QAction;
class QToolBar;
class QUndoStack;
class QWidget;

namespace committee {
class Database;
class RecordStore;
} // namespace committee

namespace committee::ui {

class RecordBrowser;

// What a ledger record can do beyond add/edit/delete: finalize, amend with a reason, go to
// and come back from the trash, carry attachments and link to the lists. Added to a
// RecordBrowser whose type is a ledger type; it works on the browser's current record.
class LedgerActions : public QObject {
    Q_OBJECT
public:
    LedgerActions(RecordBrowser *browser, Database &db, QToolBar *toolBar);

    DetailExtras extrasFor(const Record &record) const;
    void updateActions(const Record *current);
    bool showingTrash() const;

    void finalizeCurrent();
    void amendCurrent();
    void restoreCurrent();
    void addAttachment(const QString &path = {});
    void openAttachment(qint64 attachmentId);
    void editLinks();

signals:
    void trashToggled(bool showingTrash);

private:
    RecordStore *store() const;

    RecordBrowser *m_browser;
    Database &m_db;
    QAction *m_finalize;
    QAction *m_amend;
    QAction *m_attach;
    QAction *m_links;
    QAction *m_trash;
    QAction *m_restore;
};

} // namespace committee::ui
