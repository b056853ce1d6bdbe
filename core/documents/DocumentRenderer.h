#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;
class QTextDocument;

namespace committee {

// Lays a filled document out on pages and paints it: on a QPdfWriter for a PDF, or on the
// QPrinter of the print preview, whose paper, margins and orientation (as chosen in the
// dialog) are the ones used. Page numbers are drawn as GB/T 9704 has them: "— N —" in
// 宋体 4号, 7 mm below the text, to the right on odd pages and to the left on even ones;
// a cover page carries none. Table header rows (<thead>) repeat on every page.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(committee::DocumentRenderer)
public:
    // A4 with the GB/T 9704 margins: 37 mm top, 35 bottom, 28 left (binding), 26 right.
    static QPageLayout standardLayout(QPageLayout::Orientation orientation);

    // Paints every page on `device` and returns how many there were.
    static Result<int> paint(const FilledDocument &document, QPagedPaintDevice &device);
    // The document as a PDF file's bytes, on the standard layout.
    static Result<QByteArray> pdf(const FilledDocument &document);

    // The HTML without the page-number markers of the table of contents, for the outputs
    // that have no fixed pages (HTML, ODT, XLSX).
    static QString unpagedHtml(const FilledDocument &document);
    // Loads that HTML into `doc` with the settings every output shares.
    static void loadUnpaged(QTextDocument &doc, const FilledDocument &document);
};

} // namespace committee
