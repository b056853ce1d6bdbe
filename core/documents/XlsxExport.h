#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QCoreApplication>

namespace committee {

// A tabular document as an Excel workbook (libxlsxwriter), made from the same filled
// template as the PDF: every paragraph becomes a row across the sheet, every table keeps
// its cells and merges, header rows are bold and repeat on each printed page, plain whole
// numbers (counts) are numbers and whole dates are dates shown as printed (CellDate.h).
// A page break starts a new worksheet named after its first line. Every sheet opens with
// the document's title and a line with the committee and the period, which a sheet made
// from a later page of the PDF would otherwise lack. Phone numbers and ids stay text.
class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(committee::XlsxExport)
public:
    static Result<QByteArray> write(const FilledDocument &document);
};

} // namespace committee
