#pragma once

#include <QList>
#include <QString>

class QTextDocument;
class QTextTable;
class QXmlStreamWriter;

namespace committee {

// A book's table of contents in the ODT as an index LibreOffice and WPS know
// (<text:table-of-content>), instead of the table the PDF draws, which has no page numbers
// in a document without fixed pages.
//
// The template's contents table ([[page:ANCHOR]] in its last column, book_contents.html)
// gives the entries. Each entry's page number is a page reference to a bookmark at its
// anchor, which the office program computes when it lays the document out; the anchor
// also carries an index mark with the entry's text, so "Update index" makes the same
// entries again.
//
// Qt's ODF writer keeps neither anchors nor the page markers, so both are first marked in
// the HTML with private-use characters (mark()) and found again in the text it writes.
class OdtContents {
public:
    struct Entry {
        QString title;
        QString anchor;
        int level = 1; // 1 a section (一、…), 2 a page in it
    };

    // `html` with each page marker and the anchor it points to marked in the text.
    static QString mark(const QString &html);
    // Whether `table` is the marked contents table.
    static bool isContents(const QTextTable &table);
    // The entries of the marked contents table in `doc`; none if it has none.
    static QList<Entry> entries(const QTextDocument &doc);

    // Writes the index for `entries`, in place of the contents table.
    static void writeIndex(QXmlStreamWriter &w, const QList<Entry> &entries);
    // Writes `text`, with a bookmark and an index mark where it has an anchor's mark. A mark
    // the writer split over several runs of text is kept in `pending` between the calls.
    static void writeText(QXmlStreamWriter &w, const QString &text, const QList<Entry> &entries,
                          QString &pending);

    // The paragraph styles of the index's lines, for styles.xml.
    static QString styles(const QString &sectionFont, const QString &entryFont, double textWidthPt);
};

} // namespace committee
