// The editing actions of RecordBrowser, and the undo steps they leave: the part of the
// pattern that changes records, kept apart from the part that shows them.
#include "widgets/RecordBrowser.h"

#include "records/FieldText.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordEditorDialog.h"
#include "widgets/RecordTableModel.h"

#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

namespace committee::ui {

RecordBrowser::Change::Change(const QString &text, std::function<Status()> undo,
                              std::function<Status()> redo, RecordBrowser *browser)
    : QUndoCommand(text), m_undo(std::move(undo)), m_redo(std::move(redo)), m_browser(browser)
{}

void RecordBrowser::Change::undo()
{
    run(m_undo);
}

void RecordBrowser::Change::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    run(m_redo);
}

void RecordBrowser::Change::run(const std::function<Status()> &step)
{
    if (Status s = step(); !s) {
        MessageBox::error(m_browser, tr("Cannot undo"), s.error().message);
        setObsolete(true);
    }
    m_browser->reload();
    emit m_browser->changed();
}

void RecordBrowser::reportIfFailed(const Status &status, const QString &title)
{
    if (!status) {
        MessageBox::error(this, title, status.error().message);
    }
}

qint64 RecordBrowser::addRecord(const QVariantMap &prefill)
{
    if (!m_store) {
        return 0;
    }
    qint64 newId = 0;
    Record blank = m_store->blank();
    for (auto it = prefill.cbegin(); it != prefill.cend(); ++it) {
        blank.values.insert(it.key(), it.value());
    }
    RecordEditorDialog dialog(
        m_type, blank,
        [this, &newId](const Record &record) -> Status {
            auto id = m_store->insert(record);
            if (id) {
                newId = id.value();
            }
            return id;
        },
        this, m_store);
    if (dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    if (m_type.ledger) {
        RecordStore *store = m_store;
        m_undo->push(new Change(
            tr("New"), [store, newId] { return store->remove(newId); },
            [store, newId] { return store->restoreFromTrash(newId); }, this));
    }
    m_filter->clear();
    reload();
    selectId(newId);
    emit changed();
    return newId;
}

void RecordBrowser::editCurrent()
{
    const qint64 id = currentId();
    if (!m_store || id <= 0) {
        return;
    }
    auto record = m_store->get(id);
    if (!record) {
        reportIfFailed(record, tr("Cannot edit"));
        return;
    }
    Record saved;
    RecordEditorDialog dialog(
        m_type, record.value(),
        [this, &saved](const Record &r) {
            saved = r;
            return m_store->update(r);
        },
        this, m_store);
    if (dialog.exec() == QDialog::Accepted) {
        RecordStore *store = m_store;
        const Record before = record.value();
        m_undo->push(new Change(
            tr("Edit"), [store, before] { return store->update(before); },
            [store, saved] { return store->update(saved); }, this));
        reload();
        emit changed();
    }
}

void RecordBrowser::deleteCurrent()
{
    const qint64 id = currentId();
    const int row = m_model->rowOf(id);
    if (!m_store || row < 0) {
        return;
    }
    const QString name =
        m_table->currentIndex().siblingAtColumn(m_type.numbered ? 1 : 0).data().toString();
    const QString question =
        m_type.ledger
            ? tr("Move “%1” to the trash? It can be restored from there, or undone with "
                 "Ctrl+Z.")
                  .arg(name)
            : tr("Delete “%1”? The audit trail keeps a record of what it said.").arg(name);
    if (!MessageBox::confirm(this, tr("Delete"), question, tr("Delete"))) {
        return;
    }
    const Status removed = m_store->remove(id);
    reportIfFailed(removed, tr("Not deleted"));
    if (removed && m_type.ledger) {
        RecordStore *store = m_store;
        m_undo->push(new Change(
            tr("Delete"), [store, id] { return store->restoreFromTrash(id); },
            [store, id] { return store->remove(id); }, this));
    }
    reload();
    emit changed();
}

void RecordBrowser::moveCurrent(int delta)
{
    const qint64 id = currentId();
    if (!m_store || id <= 0) {
        return;
    }
    reportIfFailed(m_store->move(id, delta), tr("Not moved"));
    // Show the list in its own order after a move, or the row would seem not to move.
    m_table->sortByColumn(0, Qt::AscendingOrder);
    reload();
    selectId(id);
    emit changed();
}

void RecordBrowser::restoreCurrent()
{
    const qint64 id = currentId();
    if (!m_store || id <= 0) {
        return;
    }
    if (!MessageBox::confirm(this, tr("Restore official text"),
                             tr("Replace this entry's text with the official text? Your wording "
                                "stays in the audit trail."),
                             tr("Restore"))) {
        return;
    }
    reportIfFailed(m_store->restoreOfficial(id), tr("Not restored"));
    reload();
    emit changed();
}

} // namespace committee::ui
