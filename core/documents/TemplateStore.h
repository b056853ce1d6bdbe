#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace committee {

// Where the document templates come from. The built-in ones are compiled into the program
// (resources/templates); a file of the same name in the override folder, the `templates`
// folder beside the database, is used instead. Updates replace the program and never that
// folder, so a clerk's adjusted template survives every upgrade.
class TemplateStore {
    Q_DECLARE_TR_FUNCTIONS(committee::TemplateStore)
public:
    explicit TemplateStore(QString overrideFolder = {});

    // <folder of the database>/templates
    static QString overrideFolderFor(const QString &databasePath);
    QString overrideFolder() const { return m_folder; }

    // The template's text: the override when there is one, else the built-in one.
    Result<QString> text(const QString &name) const;
    bool isOverridden(const QString &name) const;

    static QStringList builtInNames();
    // Copies the built-in templates into the override folder for editing. Files already
    // there are left alone (they are the clerk's), so this is safe to repeat. Returns the
    // names copied.
    Result<QStringList> copyBuiltInsForEditing() const;

private:
    QString m_folder;
};

} // namespace committee
