#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QCoreApplication>

namespace committee {

// An ODT (OpenDocument text) a clerk can edit in WPS or LibreOffice. Qt's
// QTextDocumentWriter writes the text, tables and page breaks; what it leaves out is added
// here, because without it WPS and LibreOffice show a different document:
//   - page size, orientation and the GB/T 9704 margins, with "— N —" page numbers (none on
//     a book's cover);
//   - the Chinese ("asian") font, size and weight: the writer sets only the Western ones,
//     so every Chinese character came out in the default size;
//   - tables as wide as the text (the writer turned width="100%" into 100pt) with their
//     column proportions, and header rows that repeat on each page;
//   - a book's table of contents as an index with page numbers (OdtContents.h).
class OdtExport {
    Q_DECLARE_TR_FUNCTIONS(committee::OdtExport)
public:
    static Result<QByteArray> write(const FilledDocument &document);
};

} // namespace committee
