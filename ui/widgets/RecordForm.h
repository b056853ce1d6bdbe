#pragma once

#include "records/Record.h"
#include "records/RecordType.h"
#include "records/Validation.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace committee {
class RecordStore;
}

namespace committee::ui {

// An editing form generated from a record type: one editor per field, chosen by its
// kind, a live character counter where there is a limit, and an error line under each
// field. It never clears or trims what was typed; validation only marks fields.
class RecordForm : public QWidget {
    Q_OBJECT
public:
    // The store, when given, supplies the names for People fields and the records a
    // RecordRef field can point to.
    explicit RecordForm(const RecordType &type, const RecordStore *store = nullptr,
                        QWidget *parent = nullptr);

    void setRecord(const Record &record);
    // The record as loaded, with every editor's current value.
    Record record() const;
    QVariant value(const QString &key) const;
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // Hides a field (e.g. a number the app keeps itself).
    void setFieldVisible(const QString &key, bool visible);

    // Marks invalid fields and focuses the first. Returns true when all are valid.
    bool validate();
    QList<FieldError> errors() const;
    bool isModified() const { return m_modified; }

signals:
    void modified();

private:
    QWidget *createEditor(const FieldSpec &field);
    void setEditorValue(const FieldSpec &field, const QVariant &value);
    void updateCounter(const FieldSpec &field);
    void showErrors(const QList<FieldError> &errors);
    QWidget *createPeopleEditor(const FieldSpec &field, QPlainTextEdit *edit);
    void pickPeople(QPlainTextEdit *edit);

    const RecordType &m_type;
    const RecordStore *m_store;
    Record m_record;
    QFormLayout *m_layout;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QLabel *> m_counters;
    bool m_loading = false;
    bool m_modified = false;
};

} // namespace committee::ui
