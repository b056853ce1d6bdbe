#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace committee::ui {

class AuditLogModel;

// The audit trail, to read: who changed what and when, filtered by record type, record
// and dates, and exported to Excel. Nothing here can change or delete an entry (the
// database refuses that too).
class AuditLogArea : public Area {
    Q_OBJECT
public:
    AuditLogArea(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    // Writes the entries the filters show to `path` (what the save dialog returns).
    bool exportTo(const QString &path);
    void applyFilters();

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *recordEdit() const { return m_record; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTableView *table() const { return m_table; }
    AuditLogModel *model() const { return m_model; }

private:
    void fillTypes();
    void chooseExportFile();

    AppContext &m_context;
    AuditLogModel *m_model;
    QComboBox *m_type;
    QLineEdit *m_record;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
};

} // namespace committee::ui
