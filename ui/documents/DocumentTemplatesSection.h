#pragma once

#include <QGroupBox>

namespace committee::ui {

// The Settings dialog's "Document templates (advanced)" box: the folder whose files replace
// the built-in templates of the same name, a button that copies the built-in ones there for
// editing, and one that opens the folder. Kept here, out of 报表, because it is for whoever
// adapts the forms, not for the clerk's daily work.
class DocumentTemplatesSection : public QGroupBox {
    Q_OBJECT
public:
    // `databasePath`: the templates folder sits beside the database it serves.
    explicit DocumentTemplatesSection(const QString &databasePath, QWidget *parent = nullptr);

    // Copies the built-in templates into the folder, leaving files already there alone.
    void copyTemplates();

private:
    QString m_folder;
};

} // namespace committee::ui
