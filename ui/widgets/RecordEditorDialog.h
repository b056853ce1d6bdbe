#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;

namespace committee {
class RecordStore;
}

namespace committee::ui {

class RecordForm;

// Edits one record of any type. OK validates and then calls `save`; if either fails the
// dialog stays open with everything the clerk typed, and says what is wrong.
class RecordEditorDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFunction = std::function<Status(const Record &)>;

    RecordEditorDialog(const RecordType &type, const Record &record, SaveFunction save,
                       QWidget *parent = nullptr, const RecordStore *store = nullptr);

    RecordForm *form() const { return m_form; }
    void accept() override;
    void reject() override;

private:
    RecordForm *m_form;
    SaveFunction m_save;
};

} // namespace committee::ui
