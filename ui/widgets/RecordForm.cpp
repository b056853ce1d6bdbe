#include "widgets/RecordForm.h"

#include "records/FieldText.h"

#include "records/RecordStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace committee::ui {

namespace {
// A date editor cannot be empty, so its minimum stands for "no date".
const QDate kNoDate(1900, 1, 1);

QString plainText(const QWidget *editor)
{
    if (auto *line = qobject_cast<const QLineEdit *>(editor)) {
        return line->text();
    }
    if (auto *text = qobject_cast<const QPlainTextEdit *>(editor)) {
        return text->toPlainText();
    }
    return {};
}
} // namespace

RecordForm::RecordForm(const RecordType &type, const RecordStore *store, QWidget *parent)
    : QWidget(parent), m_type(type), m_store(store), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const FieldSpec &field : type.fields) {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        QWidget *editor = createEditor(field);
        editor->setObjectName(field.key);
        editor->setAccessibleName(FieldText::label(field));
        if (field.kind == FieldKind::People) {
            cellLayout->addWidget(
                createPeopleEditor(field, qobject_cast<QPlainTextEdit *>(editor)));
        } else {
            cellLayout->addWidget(editor);
        }
        if (field.maxLength > 0 && field.kind == FieldKind::MultiLine) {
            auto *counter = new QLabel(cell);
            counter->setObjectName(field.key + QStringLiteral("_counter"));
            counter->setAlignment(Qt::AlignRight);
            cellLayout->addWidget(counter);
            m_counters.insert(field.key, counter);
        }
        auto *error = new QLabel(cell);
        error->setObjectName(field.key + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: #B03A2E;"));
        error->setWordWrap(true);
        error->hide();
        cellLayout->addWidget(error);
        m_errorLabels.insert(field.key, error);
        m_editors.insert(field.key, editor);

        QString label = FieldText::label(field);
        if (field.required) {
            label += QStringLiteral(" *");
        }
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(editor);
        m_layout->addRow(labelWidget, cell);
        updateCounter(field);
    }
}

QWidget *RecordForm::createEditor(const FieldSpec &field)
{
    auto changed = [this, &field] {
        updateCounter(field);
        if (!m_loading) {
            m_modified = true;
            emit modified();
        }
    };
    switch (field.kind) {
    case FieldKind::MultiLine:
    case FieldKind::StringList:
    case FieldKind::People: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(field.kind == FieldKind::MultiLine ? 90 : 70);
        if (field.kind == FieldKind::StringList) {
            edit->setPlaceholderText(tr("One entry per line"));
        } else if (field.kind == FieldKind::People) {
            edit->setPlaceholderText(tr("One name per line"));
        }
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
        return edit;
    }
    case FieldKind::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(field.minimum, field.maximum);
        connect(spin, &QSpinBox::valueChanged, this, changed);
        return spin;
    }
    case FieldKind::Date: {
        auto *date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(tr("(no date)"));
        date->setDate(kNoDate);
        connect(date, &QDateEdit::dateChanged, this, changed);
        return date;
    }
    case FieldKind::Choice: {
        auto *combo = new QComboBox(this);
        // An optional choice starts unchosen, so nothing is chosen for the clerk unseen.
        if (!field.required) {
            combo->addItem(tr("(not chosen)"), QString());
        }
        for (const Choice &choice : field.choices) {
            combo->addItem(FieldText::typeName(choice.label), choice.value);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        return combo;
    }
    case FieldKind::RecordRef: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("(none)"), 0);
        if (m_store) {
            for (const auto &[id, label] : m_store->referenceChoices(field)) {
                combo->addItem(label, id);
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        return combo;
    }
    case FieldKind::Time:
    case FieldKind::Phone:
    case FieldKind::Text:
        break;
    }
    auto *line = new QLineEdit(this);
    if (field.kind == FieldKind::Phone) {
        line->setPlaceholderText(tr("e.g. 13812345678 or 023-67891234"));
        line->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    } else if (field.kind == FieldKind::Time) {
        line->setPlaceholderText(tr("e.g. 14:30-16:00"));
    }
    connect(line, &QLineEdit::textChanged, this, changed);
    return line;
}

void RecordForm::setEditorValue(const FieldSpec &field, const QVariant &value)
{
    QWidget *editor = m_editors.value(field.key);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(field.kind == FieldKind::StringList || field.kind == FieldKind::People
                               ? value.toStringList().join(QLatin1Char('\n'))
                               : value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = value.typeId() == QMetaType::QDate
                            ? value.toDate()
                            : QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(d.isValid() ? d : kNoDate);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = field.kind == FieldKind::RecordRef ? combo->findData(value.toLongLong())
                                                             : combo->findData(value.toString());
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
}

void RecordForm::setRecord(const Record &record)
{
    m_loading = true;
    m_record = record;
    for (const FieldSpec &field : m_type.fields) {
        setEditorValue(field, record.values.value(field.key));
    }
    showErrors({});
    m_loading = false;
    m_modified = false;
}

QVariant RecordForm::value(const QString &key) const
{
    const FieldSpec *field = m_type.field(key);
    QWidget *editor = m_editors.value(key);
    if (!field || !editor) {
        return {};
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        return spin->value();
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        return date->date() == kNoDate ? QVariant() : QVariant(date->date());
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (field->kind == FieldKind::RecordRef) {
            const qint64 id = combo->currentData().toLongLong();
            return id > 0 ? QVariant(id) : QVariant();
        }
        return combo->currentData();
    }
    const QString text = plainText(editor);
    if (field->kind == FieldKind::StringList || field->kind == FieldKind::People) {
        return text.split(QLatin1Char('\n'));
    }
    return text;
}

Record RecordForm::record() const
{
    Record result = m_record;
    for (const FieldSpec &field : m_type.fields) {
        result.values.insert(field.key, value(field.key));
    }
    return result;
}

void RecordForm::setFieldVisible(const QString &key, bool visible)
{
    if (QWidget *editor = m_editors.value(key)) {
        m_layout->setRowVisible(editor->parentWidget(), visible);
    }
}

QList<FieldError> RecordForm::errors() const
{
    QList<FieldError> errors = Validation::check(m_type, record().values);
    // Hidden fields are kept by the app, not the clerk: their errors are not the form's.
    errors.removeIf([this](const FieldError &e) {
        QWidget *editor = m_editors.value(e.field);
        return editor && !editor->parentWidget()->isVisibleTo(this);
    });
    return errors;
}

bool RecordForm::validate()
{
    const QList<FieldError> found = errors();
    showErrors(found);
    if (!found.isEmpty()) {
        if (QWidget *editor = m_editors.value(found.first().field)) {
            editor->setFocus(Qt::OtherFocusReason);
        }
    }
    return found.isEmpty();
}

void RecordForm::showErrors(const QList<FieldError> &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->hide();
    }
    for (const FieldError &e : errors) {
        if (QLabel *label = m_errorLabels.value(e.field)) {
            label->setText(e.message);
            label->show();
        }
    }
}

QWidget *RecordForm::createPeopleEditor(const FieldSpec &field, QPlainTextEdit *edit)
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *pick = new QPushButton(tr("Pick…"), box);
    pick->setObjectName(field.key + QStringLiteral("_pick"));
    pick->setToolTip(tr("Choose from the committee's members"));
    pick->setEnabled(m_store && !m_store->peopleChoices().isEmpty());
    connect(pick, &QPushButton::clicked, this, [this, edit] { pickPeople(edit); });
    layout->addWidget(pick, 0, Qt::AlignTop);
    return box;
}

void RecordForm::pickPeople(QPlainTextEdit *edit)
{
    QStringList current = edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &name : current) {
        name = name.trimmed();
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Pick people"));
    auto *list = new QListWidget(&dialog);
    for (const QString &name : m_store->peopleChoices()) {
        auto *item = new QListWidgetItem(name, list);
        item->setCheckState(current.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // Keep names typed by hand (guests, representatives) and apply the ticks.
    for (int i = 0; i < list->count(); ++i) {
        const QString name = list->item(i)->text();
        const bool ticked = list->item(i)->checkState() == Qt::Checked;
        if (ticked && !current.contains(name)) {
            current << name;
        } else if (!ticked) {
            current.removeAll(name);
        }
    }
    edit->setPlainText(current.join(QLatin1Char('\n')));
}

void RecordForm::updateCounter(const FieldSpec &field)
{
    QLabel *counter = m_counters.value(field.key);
    if (!counter) {
        return;
    }
    const qsizetype count = plainText(m_editors.value(field.key)).size();
    counter->setText(tr("%1 / %2 characters").arg(count).arg(field.maxLength));
    counter->setStyleSheet(count > field.maxLength ? QStringLiteral("color: #B03A2E;")
                                                   : QStringLiteral("color: palette(mid);"));
}

} // namespace committee::ui
