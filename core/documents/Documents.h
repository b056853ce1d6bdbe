#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QCoreApplication>
#include <QList>

namespace committee {

class Database;

// Every document the app makes, and the one way each is filled: its provider reads the
// database, the values go into its template (built-in, or the clerk's copy in the override
// folder), and the renderers turn the result into pages, PDF, ODT, XLSX or HTML.
class Documents {
    Q_DECLARE_TR_FUNCTIONS(committee::Documents)
public:
    static const QList<DocumentSpec> &all();
    static const DocumentSpec *byId(const QString &id);
    static QString name(const DocumentSpec &spec); // translated

    // The logbooks, by the short kind the CLI takes (committee, consultation, ...).
    static QStringList logbookKinds();
    static QString logbookId(const QString &kind) { return QStringLiteral("logbook-") + kind; }

    static Result<FilledDocument> fill(Database &db, const QString &id,
                                       const DocumentRequest &request,
                                       DocumentFlavor flavor = DocumentFlavor::Print);

    // The text the templates use where a page number goes in the table of contents:
    // [[page:ANCHOR]], ANCHOR being the name of an <a name="…"> in the document.
    static QString pageMarkerPattern();
};

} // namespace committee
