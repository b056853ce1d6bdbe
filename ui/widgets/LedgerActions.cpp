#include "widgets/LedgerActions.h"

#include "records/FieldText.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordEditorDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace committee::ui {

LedgerActions::LedgerActions(RecordBrowser *browser, Database &db, QToolBar *toolBar)
    : QObject(browser), m_browser(browser), m_db(db)
{
    toolBar->addSeparator();
    m_finalize =
        toolBar->addAction(QIcon(QStringLiteral(":/icons/action-save.svg")), tr("Finalize"));
    m_finalize->setToolTip(tr("Lock this record as the official record; later changes are "
                              "amendments with a reason"));
    m_amend = toolBar->addAction(QIcon(QStringLiteral(":/icons/action-edit.svg")), tr("Amend…"));
    m_attach =
        toolBar->addAction(QIcon(QStringLiteral(":/icons/action-add.svg")), tr("Attach file…"));
    m_attach->setToolTip(
        tr("Add a photo or a scan, e.g. of the notice board or the sign-in sheet"));
    m_links = toolBar->addAction(QIcon(QStringLiteral(":/icons/area-tasks.svg")), tr("Links…"));
    m_links->setToolTip(tr("Which measures of the task list and which checklist items this "
                           "record serves"));
    toolBar->addSeparator();
    m_trash = toolBar->addAction(QIcon(QStringLiteral(":/icons/action-delete.svg")), tr("Trash"));
    m_trash->setCheckable(true);
    m_trash->setToolTip(tr("Show deleted records, to restore them"));
    m_restore =
        toolBar->addAction(QIcon(QStringLiteral(":/icons/action-restore.svg")), tr("Restore"));
    m_restore->setVisible(false);
    m_finalize->setObjectName(QStringLiteral("finalize"));
    m_amend->setObjectName(QStringLiteral("amend"));
    m_trash->setObjectName(QStringLiteral("trash"));
    m_restore->setObjectName(QStringLiteral("restore"));

    connect(m_finalize, &QAction::triggered, this, &LedgerActions::finalizeCurrent);
    connect(m_amend, &QAction::triggered, this, &LedgerActions::amendCurrent);
    connect(m_attach, &QAction::triggered, this, [this] { addAttachment(); });
    connect(m_links, &QAction::triggered, this, &LedgerActions::editLinks);
    connect(m_restore, &QAction::triggered, this, &LedgerActions::restoreCurrent);
    connect(m_trash, &QAction::toggled, this, [this](bool on) {
        m_restore->setVisible(on);
        emit trashToggled(on);
    });
}

RecordStore *LedgerActions::store() const
{
    return m_browser->store();
}

bool LedgerActions::showingTrash() const
{
    return m_trash->isChecked();
}

void LedgerActions::updateActions(const Record *current)
{
    const bool has = current && store();
    const bool trash = showingTrash();
    m_finalize->setEnabled(has && !trash && !current->isFinalized());
    m_amend->setEnabled(has && !trash && current->isFinalized());
    m_attach->setEnabled(has && !trash);
    m_links->setEnabled(has && !trash);
    m_restore->setEnabled(has && trash);
}

DetailExtras LedgerActions::extrasFor(const Record &record) const
{
    DetailExtras extras;
    const RecordType &type = store()->type();
    for (const FieldSpec &field : type.fields) {
        if (field.kind == FieldKind::RecordRef) {
            extras.referenceLabels.insert(field.key,
                                          store()->referenceLabel(field, record.value(field.key)));
        }
    }
    if (auto a = RecordRepository(m_db).amendments(type, record.id); a) {
        extras.amendments = a.value();
    }
    if (auto a = Attachments(m_db).list(type.table, record.id); a) {
        extras.attachments = a.value();
    }
    if (auto l = RecordLinks(m_db).list(type.table, record.id); l) {
        extras.links = l.value();
    }
    return extras;
}

void LedgerActions::finalizeCurrent()
{
    const Record *current = m_browser->currentRecord();
    if (!current) {
        return;
    }
    if (!MessageBox::confirm(m_browser, tr("Finalize"),
                             tr("Finalize this record? It becomes the official record: later "
                                "changes must be amendments with a reason, and the original stays "
                                "visible."),
                             tr("Finalize"))) {
        return;
    }
    if (Status s = store()->finalize(current->id); !s) {
        MessageBox::error(m_browser, tr("Not finalized"), s.error().message);
    }
    m_browser->reload();
}

void LedgerActions::amendCurrent()
{
    const Record *current = m_browser->currentRecord();
    if (!current) {
        return;
    }
    RecordEditorDialog dialog(
        store()->type(), *current,
        [this](const Record &record) -> Status {
            const QString reason = MessageBox::askText(
                m_browser, tr("Reason for the amendment"),
                tr("Why is this finalized record being changed? The reason is kept with it."));
            if (reason.isEmpty()) {
                return makeError(Error::Kind::Invalid, tr("An amendment needs a reason."));
            }
            return store()->amend(record, reason);
        },
        m_browser, store());
    dialog.setWindowTitle(tr("Amend %1").arg(FieldText::typeName(store()->type().singular)));
    if (dialog.exec() == QDialog::Accepted) {
        m_browser->reload();
    }
}

void LedgerActions::restoreCurrent()
{
    const Record *current = m_browser->currentRecord();
    if (!current) {
        return;
    }
    const qint64 id = current->id;
    if (Status s = store()->restoreFromTrash(id); !s) {
        MessageBox::error(m_browser, tr("Not restored"), s.error().message);
        return;
    }
    m_browser->undoStack()->push(new RecordBrowser::Change(
        tr("Restore"), [this, id] { return store()->remove(id); },
        [this, id] { return store()->restoreFromTrash(id); }, m_browser));
    m_browser->reload();
}

void LedgerActions::addAttachment(const QString &path)
{
    const Record *current = m_browser->currentRecord();
    if (!current) {
        return;
    }
    const QString file =
        path.isEmpty() ? QFileDialog::getOpenFileName(m_browser, tr("Attach a file"), QString(),
                                                      tr("Photos and scans (*.jpg *.jpeg *.png "
                                                         "*.pdf *.tif *.tiff);;All files (*)"))
                       : path;
    if (file.isEmpty()) {
        return;
    }
    if (auto a = Attachments(m_db).add(store()->type().table, current->id, file); !a) {
        MessageBox::error(m_browser, tr("Not attached"), a.error().message);
    }
    m_browser->reload();
}

void LedgerActions::openAttachment(qint64 attachmentId)
{
    const Record *current = m_browser->currentRecord();
    if (!current) {
        return;
    }
    auto list = Attachments(m_db).list(store()->type().table, current->id);
    if (!list) {
        return;
    }
    for (const Attachment &a : list.value()) {
        if (a.id != attachmentId) {
            continue;
        }
        if (!a.present) {
            MessageBox::error(m_browser, tr("Attachment missing"),
                              tr("The stored copy of %1 is missing from the attachment folder. "
                                 "Attach the file again, or restore the folder from a backup.")
                                  .arg(a.fileName));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(a.storedPath));
    }
}

void LedgerActions::editLinks()
{
    const Record *current = m_browser->currentRecord();
    if (!current) {
        return;
    }
    RecordLinks links(m_db);
    auto candidates = links.candidates();
    auto chosen = links.list(store()->type().table, current->id);
    if (!candidates || !chosen) {
        return;
    }
    QDialog dialog(m_browser);
    dialog.setWindowTitle(tr("What this record serves"));
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Filter"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("links"));
    for (const RecordLink &link : candidates.value()) {
        auto *item = new QListWidgetItem(RecordLinks::describe(link), list);
        bool on = false;
        for (const RecordLink &c : chosen.value()) {
            on = on || (c.targetTable == link.targetTable && c.targetId == link.targetId);
        }
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setHidden(!list->item(i)->text().contains(text));
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(filter);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QList<RecordLink> selected;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            selected.append(candidates->at(i));
        }
    }
    if (Status s = links.set(store()->type().table, current->id, selected); !s) {
        MessageBox::error(m_browser, tr("Links not saved"), s.error().message);
    }
    m_browser->reload();
}

} // namespace committee::ui
