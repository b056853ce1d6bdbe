#pragma once

#include "records/Record.h"
#include "shell/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace committee::ui {

class DocumentActions;
class RecordForm;

// The quarterly progress sheet (附件2): one per quarter, filled in a form with a live count
// of 进展情况 against its 300 characters, a draft from the quarter's records, every saved
// version kept, and "mark as submitted" once it is sent. Beside it, what the records show
// for each measure of the task list.
class QuarterlySheetPage : public QWidget {
    Q_OBJECT
public:
    QuarterlySheetPage(AppContext &context, QPrinter &printer, QWidget *parent = nullptr);

    void setPeriod(int year, int quarter);
    int year() const;
    int quarter() const;

    // The buttons' work, callable from tests.
    bool save();
    void fillDraft();
    void markSubmitted();
    void showHistory();
    void reload();
    // Picks up records changed elsewhere without dropping what is being typed in the form.
    void refresh();

    RecordForm *form() const { return m_form; }
    QLabel *stateLabel() const { return m_state; }
    QTableWidget *evidence() const { return m_evidence; }
    DocumentActions *actions() const { return m_actions; }

private:
    void showEvidence();
    // Reads the database: on loading a quarter, not on every keystroke.
    void showSuggestion();
    void updateState();

    AppContext &m_context;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    QLabel *m_state;
    QLabel *m_suggestion;
    RecordForm *m_form;
    QTableWidget *m_evidence;
    QPushButton *m_save;
    QPushButton *m_draft;
    QPushButton *m_history;
    QPushButton *m_submit;
    DocumentActions *m_actions;
    Record m_sheet; // as loaded: saved (id > 0) or a draft
};

} // namespace committee::ui
