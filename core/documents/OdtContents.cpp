#include "documents/OdtContents.h"

#include "documents/Documents.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamWriter>

namespace committee {

namespace {

// Private-use characters no record text holds: an anchor is ANCHOR_START name ANCHOR_END,
// a page marker PAGE_START name PAGE_END.
constexpr QChar kAnchorStart(0xE000);
constexpr QChar kAnchorEnd(0xE001);
constexpr QChar kPageStart(0xE002);
constexpr QChar kPageEnd(0xE003);

QString tableText(const QTextTable &table)
{
    QTextCursor cursor = table.firstCursorPosition();
    cursor.setPosition(table.lastPosition(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

QString cellText(const QTextTableCell &cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().trimmed();
}

} // namespace

QString OdtContents::mark(const QString &html)
{
    const QRegularExpression marker(Documents::pageMarkerPattern());
    QSet<QString> anchors;
    for (const QRegularExpressionMatch &m : marker.globalMatch(html)) {
        anchors.insert(m.captured(1));
    }
    QString marked = html;
    marked.replace(marker, QString(kPageStart) + QStringLiteral("\\1") + kPageEnd);
    for (const QString &anchor : std::as_const(anchors)) {
        const QRegularExpression target(
            QStringLiteral("(<a name=\"%1\"[^>]*>)").arg(QRegularExpression::escape(anchor)));
        marked.replace(target, QStringLiteral("\\1") + kAnchorStart + anchor + kAnchorEnd);
    }
    return marked;
}

bool OdtContents::isContents(const QTextTable &table)
{
    return tableText(table).contains(kPageStart);
}

QList<OdtContents::Entry> OdtContents::entries(const QTextDocument &doc)
{
    const QRegularExpression page(QString(kPageStart) + QStringLiteral("(.*)") + kPageEnd);
    QList<Entry> found;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !isContents(*table)) {
            continue;
        }
        for (int r = 0; r < table->rows(); ++r) {
            Entry entry;
            // A section's title spans the first two columns; a page's is in the second.
            entry.level = table->cellAt(r, 0).columnSpan() > 1 ? 1 : 2;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.column() != c) {
                    continue; // covered by the merged cell before it
                }
                const QString text = cellText(cell);
                const QRegularExpressionMatch m = page.match(text);
                if (m.hasMatch()) {
                    entry.anchor = m.captured(1);
                } else if (!text.isEmpty()) {
                    entry.title = text;
                }
            }
            if (!entry.anchor.isEmpty()) {
                found << entry;
            }
        }
        break;
    }
    return found;
}

void OdtContents::writeIndex(QXmlStreamWriter &w, const QList<Entry> &entries)
{
    w.writeStartElement(QStringLiteral("text:table-of-content"));
    w.writeAttribute(QStringLiteral("text:name"), QStringLiteral("目录"));
    w.writeAttribute(QStringLiteral("text:protected"), QStringLiteral("true"));

    // How the office program makes the index again: from the index marks at the anchors
    // (the entries' own wording), on two levels, each a line with a link, a dotted leader
    // and the page number.
    w.writeStartElement(QStringLiteral("text:table-of-content-source"));
    w.writeAttribute(QStringLiteral("text:outline-level"), QStringLiteral("2"));
    w.writeAttribute(QStringLiteral("text:use-outline-level"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("text:use-index-marks"), QStringLiteral("true"));
    for (int level = 1; level <= 2; ++level) {
        w.writeStartElement(QStringLiteral("text:table-of-content-entry-template"));
        w.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        w.writeAttribute(QStringLiteral("text:style-name"),
                         QStringLiteral("Contents_20_%1").arg(level));
        w.writeEmptyElement(QStringLiteral("text:index-entry-link-start"));
        w.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Index_20_Link"));
        w.writeEmptyElement(QStringLiteral("text:index-entry-text"));
        w.writeEmptyElement(QStringLiteral("text:index-entry-tab-stop"));
        w.writeAttribute(QStringLiteral("style:type"), QStringLiteral("right"));
        w.writeAttribute(QStringLiteral("style:leader-char"), QStringLiteral("."));
        w.writeEmptyElement(QStringLiteral("text:index-entry-page-number"));
        w.writeEmptyElement(QStringLiteral("text:index-entry-link-end"));
        w.writeEndElement();
    }
    w.writeEndElement(); // text:table-of-content-source

    // The index as it stands until it is updated: each line links to its anchor, and its
    // page number is a reference the office program fills in as it lays out the pages.
    w.writeStartElement(QStringLiteral("text:index-body"));
    for (const Entry &entry : entries) {
        w.writeStartElement(QStringLiteral("text:p"));
        w.writeAttribute(QStringLiteral("text:style-name"),
                         QStringLiteral("Contents_20_%1").arg(entry.level));
        w.writeStartElement(QStringLiteral("text:a"));
        w.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        w.writeAttribute(QStringLiteral("xlink:href"), QLatin1Char('#') + entry.anchor);
        // Printed like the rest of the line, not blue and underlined as a web link.
        w.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Index_20_Link"));
        w.writeAttribute(QStringLiteral("text:visited-style-name"),
                         QStringLiteral("Index_20_Link"));
        w.writeCharacters(entry.title);
        w.writeEmptyElement(QStringLiteral("text:tab"));
        w.writeStartElement(QStringLiteral("text:bookmark-ref"));
        w.writeAttribute(QStringLiteral("text:reference-format"), QStringLiteral("page"));
        w.writeAttribute(QStringLiteral("text:ref-name"), entry.anchor);
        w.writeEndElement();
        w.writeEndElement(); // text:a
        w.writeEndElement(); // text:p
    }
    w.writeEndElement(); // text:index-body
    w.writeEndElement(); // text:table-of-content
}

void OdtContents::writeText(QXmlStreamWriter &w, const QString &text, const QList<Entry> &entries,
                            QString &pending)
{
    // A mark may be split over spans (the anchor's character format is on its first
    // character): what is read of it is kept in `pending` until its end comes.
    QString rest = pending + text;
    pending.clear();
    while (!rest.isEmpty()) {
        const qsizetype start = rest.indexOf(kAnchorStart);
        if (start < 0) {
            w.writeCharacters(rest);
            return;
        }
        w.writeCharacters(rest.left(start));
        const qsizetype end = rest.indexOf(kAnchorEnd, start);
        if (end < 0) {
            pending = rest.mid(start);
            return;
        }
        const QString anchor = rest.mid(start + 1, end - start - 1);
        w.writeEmptyElement(QStringLiteral("text:bookmark"));
        w.writeAttribute(QStringLiteral("text:name"), anchor);
        for (const Entry &entry : entries) {
            if (entry.anchor == anchor) {
                w.writeEmptyElement(QStringLiteral("text:toc-mark"));
                w.writeAttribute(QStringLiteral("text:string-value"), entry.title);
                w.writeAttribute(QStringLiteral("text:outline-level"),
                                 QString::number(entry.level));
                break;
            }
        }
        rest = rest.mid(end + 1);
    }
}

QString OdtContents::styles(const QString &sectionFont, const QString &entryFont,
                            double textWidthPt)
{
    // As the PDF's contents: 4号, a section in the heading face, a page indented under it;
    // the page number at the right margin after a dotted leader. Tab positions count from
    // the paragraph's indent.
    const QString style = QStringLiteral(
        R"(<style:style style:name="Contents_20_%1" style:display-name="Contents %1" style:family="paragraph" style:class="index"><style:paragraph-properties fo:margin-left="%2pt" fo:line-height="150%"><style:tab-stops><style:tab-stop style:position="%3pt" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-family="%4" fo:font-size="14pt" style:font-family-asian="%4" style:font-size-asian="14pt"/></style:style>)");
    constexpr double indent = 28; // two characters of 14 pt
    return QStringLiteral(
               R"(<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>)") +
           style.arg(1).arg(0).arg(textWidthPt, 0, 'f', 1).arg(sectionFont) +
           style.arg(2).arg(indent).arg(textWidthPt - indent, 0, 'f', 1).arg(entryFont);
}

} // namespace committee
