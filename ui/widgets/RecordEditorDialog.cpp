#include "widgets/RecordEditorDialog.h"

#include "records/FieldText.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace committee::ui {

RecordEditorDialog::RecordEditorDialog(const RecordType &type, const Record &record,
                                       SaveFunction save, QWidget *parent, const RecordStore *store)
    : QDialog(parent), m_form(new RecordForm(type, store, this)), m_save(std::move(save))
{
    const QString typeName = FieldText::typeName(type.singular);
    setWindowTitle(record.id > 0 ? tr("Edit %1").arg(typeName) : tr("New %1").arg(typeName));
    m_form->setRecord(record);
    for (const FieldSpec &field : type.fields) {
        if (field.appManaged) {
            m_form->setFieldVisible(field.key, false);
        }
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordEditorDialog::accept);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(640, 560);
}

void RecordEditorDialog::accept()
{
    if (!m_form->validate()) {
        return;
    }
    if (Status s = m_save(m_form->record()); !s) {
        MessageBox::error(this, tr("Not saved"), s.error().message);
        return;
    }
    QDialog::accept();
}

void RecordEditorDialog::reject()
{
    if (m_form->isModified() &&
        !MessageBox::confirm(this, tr("Discard changes?"),
                             tr("You have changed this entry. Close without saving?"),
                             tr("Discard changes"))) {
        return;
    }
    QDialog::reject();
}

} // namespace committee::ui
