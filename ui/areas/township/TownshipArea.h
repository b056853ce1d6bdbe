#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QSpinBox;
class QTableWidget;

namespace committee::ui {

class DocumentActions;

// The one area of a township overview (镇街): for a chosen quarter, every committee with
// whether its bundle came in and the status of its quarterly sheet; importing bundles;
// adding the committees expected; and the township's 附件2 summary to print or save.
class TownshipArea : public Area {
    Q_OBJECT
public:
    TownshipArea(AppContext &context, QWidget *parent = nullptr);
    ~TownshipArea() override;

    void activate() override;
    // Checks and imports a bundle, asking for its password if it is encrypted. Returns
    // whether it was imported. The button's file dialog ends here; tests call it directly.
    bool importBundle(const QString &path);
    void addCommittee();
    QTableWidget *table() const { return m_table; }
    void setQuarter(int year, int quarter);

private:
    void refresh();
    void chooseAndImport();

    AppContext &m_context;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_heading;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    QTableWidget *m_table;
    QLabel *m_summary;
    DocumentActions *m_documents;
};

} // namespace committee::ui
