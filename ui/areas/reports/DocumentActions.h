#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"
#include "shell/AppContext.h"

#include <QWidget>

#include <functional>
#include <optional>

class QPrinter;
class QPushButton;

namespace committee::ui {

// The buttons every document has: preview and print, and save as PDF, ODT or XLSX. What
// is printed is asked for when a button is pressed, so the choosers beside them (year,
// quarter, the record) are always the ones in force. Preview and print go through one
// QPrinter the area shares, so the paper, margins and printer chosen once stay chosen.
class DocumentActions : public QWidget {
    Q_OBJECT
public:
    struct Target {
        QString documentId;
        DocumentRequest request;
    };
    using TargetFunction = std::function<std::optional<Target>()>;

    DocumentActions(AppContext &context, QPrinter &printer, TargetFunction target,
                    QWidget *parent = nullptr);

    // The dialogs behind the buttons.
    void preview();
    void saveAs(const QString &extension);

    // Where saving offers to put the document: the folder last saved to, and a name that
    // says whose, which and when (DocumentExport::suggestedFileName).
    QString suggestedPath(const QString &extension) const;

    // What the dialogs do once the clerk has chosen, and what the tests call.
    Status saveTo(const QString &path);
    // Lays the document out on the printer's pages as its settings say and prints it.
    Result<int> printTo(QPrinter &printer);

    // Enables the XLSX button where the chosen document is a table.
    void updateButtons();

    // Runs before a preview or a save makes the document from the database, e.g. to save
    // what the clerk changed on screen so the document shows it; false stops there.
    void setBeforeOutput(std::function<bool()> beforeOutput)
    {
        m_beforeOutput = std::move(beforeOutput);
    }

signals:
    void saved(const QString &path);

private:
    std::optional<Target> current() const;
    bool readyForOutput();

    AppContext &m_context;
    QPrinter &m_printer;
    TargetFunction m_target;
    std::function<bool()> m_beforeOutput;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_odt;
    QPushButton *m_xlsx;
};

} // namespace committee::ui
