#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QCoreApplication>

namespace committee {

class Database;

// Writes a document to a file in the format its name ends with (.pdf, .odt, .xlsx or
// .html). The file is written whole or not at all (QSaveFile): a failure never leaves half
// a PDF where the clerk's earlier copy was.
class DocumentExport {
    Q_DECLARE_TR_FUNCTIONS(committee::DocumentExport)
public:
    enum class Format { Pdf, Odt, Xlsx, Html };

    static Result<Format> formatOf(const QString &path);
    static QString extension(Format format); // "pdf", ...

    static Status save(Database &db, const QString &documentId, const DocumentRequest &request,
                       const QString &path);
    // The bytes of a document in a format (what save() writes).
    static Result<QByteArray> render(Database &db, const QString &documentId,
                                     const DocumentRequest &request, Format format);

    static Status writeAtomically(const QString &path, const QByteArray &bytes);

    // The name a saved document is offered under: <委员会>-<文书>-<期间>.<extension>, e.g.
    // 桂花湾社区-办理情况表-2026Q4.pdf, so each quarter, year and record has its own file and
    // none overwrites the last. Characters no file system takes are left out.
    static QString suggestedFileName(Database &db, const QString &documentId,
                                     const DocumentRequest &request, const QString &extension);
};

} // namespace committee
