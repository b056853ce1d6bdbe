#pragma once

#include <QList>
#include <QString>

// A PDF's pages as poppler reads them (pdftotext -bbox-layout): each page a list of lines,
// in reading order, with their text (spaces removed), their vertical extent and their left
// edge in points.
// The layout checks of the document tests read pages through this, as a person looks at
// them: what stands on which page, and how tall a box is.
namespace testing {

struct PdfLine {
    QString text;
    double top = 0;
    double bottom = 0;
    double left = 0; // for the cells of a table row, which stand side by side
};
using PdfPage = QList<PdfLine>;

// `language`: the LANG pdftotext runs under (the tests check both a Chinese and an English
// desktop); empty for the test's own.
QList<PdfPage> pdfLayout(const QString &pdf, const QString &language = {});
// All the text of a page, spaces removed.
QString pageText(const PdfPage &page);
// The first line containing `text`, or null.
const PdfLine *findLine(const PdfPage &page, const QString &text);

} // namespace testing
