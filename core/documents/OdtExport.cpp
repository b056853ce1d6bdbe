#include "documents/OdtExport.h"

#include "documents/DocumentRenderer.h"
#include "documents/OdtContents.h"
#include "documents/ZipArchive.h"
#include "documents/fonts/DocumentFonts.h"

#include <QBuffer>
#include <QSet>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace committee {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

struct TableInfo {
    int headerRows = 0;
    bool bordered = false; // its cells have borders (the templates' grid and list tables)
    bool contents = false; // a book's table of contents, written as an index instead
};

// Every table, in the order the writer writes them.
QList<TableInfo> tableInfo(const QTextDocument &doc)
{
    QList<QTextTable *> tables;
    QList<QTextFrame *> frames{doc.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            tables << table;
        }
        frames += frame->childFrames();
    }
    std::sort(tables.begin(), tables.end(),
              [](QTextTable *a, QTextTable *b) { return a->firstPosition() < b->firstPosition(); });
    QList<TableInfo> info;
    for (QTextTable *table : tables) {
        const QTextTableCellFormat cell = table->cellAt(0, 0).format().toTableCellFormat();
        info.append({table->format().headerRowCount(),
                     cell.leftBorder() > 0 || table->format().border() > 0,
                     OdtContents::isContents(*table)});
    }
    return info;
}

// The cell styles used in bordered tables. The writer drops the cells' own (CSS) borders,
// so they are put back on these.
QSet<QString> borderedCellStyles(const QByteArray &content, const QList<TableInfo> &tables)
{
    QSet<QString> styles;
    QXmlStreamReader r(content);
    QList<bool> open;
    int index = -1;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (r.qualifiedName() == QLatin1String("table:table")) {
                open.append(tables.value(++index).bordered);
            } else if (r.qualifiedName() == QLatin1String("table:table-cell") && !open.isEmpty() &&
                       open.last()) {
                styles.insert(r.attributes().value(QLatin1String("table:style-name")).toString());
            }
        } else if (token == QXmlStreamReader::EndElement &&
                   r.qualifiedName() == QLatin1String("table:table") && !open.isEmpty()) {
            open.removeLast();
        }
    }
    return styles;
}

struct Page {
    bool landscape = false;
    double widthMm() const { return landscape ? 297 : 210; }
    double heightMm() const { return landscape ? 210 : 297; }
    double textWidthPt() const { return (widthMm() - 28 - 26) * 72 / 25.4; }
};

// One element's attributes, adjusted where the writer falls short (see the header).
QXmlStreamAttributes fixAttributes(const QString &element, const QXmlStreamAttributes &in,
                                   const DocumentFonts &fonts, const Page &page, bool bordered)
{
    QXmlStreamAttributes out;
    if (element == QLatin1String("style:text-properties")) {
        const QString size = in.value(QLatin1String("fo:font-size")).toString();
        const QString weight = in.value(QLatin1String("fo:font-weight")).toString();
        const QString italic = in.value(QLatin1String("fo:font-style")).toString();
        const bool title = weight == QLatin1String("bold") && size.endsWith(QLatin1String("pt")) &&
                           size.chopped(2).toDouble() >= 18;
        for (const QXmlStreamAttribute &a : in) {
            // The writer turns a table cell's vertical alignment into a raised or lowered
            // baseline ("100%" for top), which LibreOffice shows as superscript.
            const bool shifted = a.qualifiedName() == QLatin1String("style:text-position") &&
                                 a.value().endsWith(QLatin1Char('%'));
            if (a.qualifiedName() != QLatin1String("fo:font-family") && !shifted) {
                out.append(a.qualifiedName().toString(), a.value().toString());
            }
        }
        const QString family = (title ? fonts.title : fonts.body).first();
        out.append(QStringLiteral("fo:font-family"), family);
        out.append(QStringLiteral("style:font-family-asian"), family);
        if (!size.isEmpty()) {
            out.append(QStringLiteral("style:font-size-asian"), size);
            out.append(QStringLiteral("style:font-size-complex"), size);
        }
        if (!weight.isEmpty()) {
            out.append(QStringLiteral("style:font-weight-asian"), weight);
            out.append(QStringLiteral("style:font-weight-complex"), weight);
        }
        if (!italic.isEmpty()) {
            out.append(QStringLiteral("style:font-style-asian"), italic);
        }
        return out;
    }
    const bool aligned = in.hasAttribute(QStringLiteral("table:align"));
    for (const QXmlStreamAttribute &a : in) {
        const QString name = a.qualifiedName().toString();
        if (element == QLatin1String("style:table-properties") &&
            name == QLatin1String("style:width")) {
            // The templates give table widths in percent, which the writer wrote as points.
            const double percent =
                qBound(1.0, a.value().toString().remove(QStringLiteral("pt")).toDouble(), 100.0);
            out.append(name, QString::number(page.textWidthPt() * percent / 100, 'f', 1) +
                                 QStringLiteral("pt"));
            if (!aligned) {
                out.append(QStringLiteral("table:align"),
                           percent >= 100 ? QStringLiteral("margins") : QStringLiteral("center"));
            }
        } else if (element == QLatin1String("style:table-cell-properties") &&
                   name == QLatin1String("fo:border") && bordered) {
            out.append(name, QStringLiteral("0.5pt solid #000000"));
        } else if (element == QLatin1String("style:table-column-properties") &&
                   name == QLatin1String("style:column-width") &&
                   a.value().endsWith(QLatin1Char('%'))) {
            // A percentage is not an ODF length; a relative width is what was meant.
            out.append(QStringLiteral("style:rel-column-width"),
                       a.value().chopped(1).toString() + QLatin1Char('*'));
        } else {
            out.append(name, a.value().toString());
        }
    }
    return out;
}

struct OpenTable {
    int headerRows = 0;
    int rowsDone = 0;
    bool inHeader = false;
};

QByteArray fixContent(const QByteArray &content, const QList<TableInfo> &tables,
                      const QList<OdtContents::Entry> &contents, const DocumentFonts &fonts,
                      const Page &page, bool cover)
{
    const QSet<QString> bordered = borderedCellStyles(content, tables);
    QString styleName; // the style being defined
    QXmlStreamReader r(content);
    QByteArray result;
    QXmlStreamWriter w(&result);
    QList<OpenTable> open;
    int tableIndex = -1;
    bool inBody = false;
    bool coverDone = !cover;
    int skipping = 0; // the depth inside the contents table, which the index replaces
    QString pendingMark;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType token = r.readNext();
        if (skipping > 0) {
            skipping += token == QXmlStreamReader::StartElement ? 1
                        : token == QXmlStreamReader::EndElement ? -1
                                                                : 0;
            continue;
        }
        switch (token) {
        case QXmlStreamReader::StartDocument:
            w.writeStartDocument();
            break;
        case QXmlStreamReader::StartElement: {
            const QString name = r.qualifiedName().toString();
            if (name == QLatin1String("style:style")) {
                styleName = r.attributes().value(QLatin1String("style:name")).toString();
            } else if (name == QLatin1String("table:table") &&
                       tables.value(tableIndex + 1).contents) {
                ++tableIndex;
                OdtContents::writeIndex(w, contents);
                skipping = 1;
                break;
            } else if (name == QLatin1String("table:table")) {
                open.append({tables.value(++tableIndex).headerRows, 0, false});
            } else if (name == QLatin1String("table:table-row") && !open.isEmpty() &&
                       open.last().headerRows > 0 && open.last().rowsDone == 0 &&
                       !open.last().inHeader) {
                w.writeStartElement(QStringLiteral("table:table-header-rows"));
                open.last().inHeader = true;
            }
            w.writeStartElement(name);
            for (const QXmlStreamNamespaceDeclaration &ns : r.namespaceDeclarations()) {
                w.writeAttribute(QStringLiteral("xmlns:") + ns.prefix().toString(),
                                 ns.namespaceUri().toString());
            }
            QXmlStreamAttributes attributes =
                fixAttributes(name, r.attributes(), fonts, page, bordered.contains(styleName));
            if (name == QLatin1String("office:text")) {
                inBody = true;
            } else if (inBody && !coverDone && name == QLatin1String("text:p")) {
                // The cover opens on a page style without a page number.
                QXmlStreamAttributes kept;
                for (const QXmlStreamAttribute &a : attributes) {
                    if (a.qualifiedName() != QLatin1String("text:style-name")) {
                        kept.append(a);
                    }
                }
                kept.append(QStringLiteral("text:style-name"), QStringLiteral("CoverStart"));
                attributes = kept;
                coverDone = true;
            } else if (name == QLatin1String("office:automatic-styles")) {
                w.writeAttributes(attributes);
                w.writeStartElement(QStringLiteral("style:style"));
                w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("CoverStart"));
                w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
                w.writeAttribute(QStringLiteral("style:master-page-name"), QStringLiteral("Cover"));
                w.writeEndElement();
                break;
            }
            w.writeAttributes(attributes);
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QString name = r.qualifiedName().toString();
            w.writeEndElement();
            if (name == QLatin1String("table:table-row") && !open.isEmpty() &&
                open.last().inHeader && ++open.last().rowsDone == open.last().headerRows) {
                w.writeEndElement(); // table:table-header-rows
                open.last().inHeader = false;
            } else if (name == QLatin1String("table:table") && !open.isEmpty()) {
                open.removeLast();
            }
            break;
        }
        case QXmlStreamReader::Characters:
            OdtContents::writeText(w, r.text().toString(), contents, pendingMark);
            break;
        default:
            break;
        }
    }
    w.writeEndDocument();
    return result;
}

QByteArray styles(const DocumentFonts &fonts, const Page &page)
{
    const QString body = fonts.body.first();
    const QString number = fonts.pageNumber.first();
    const QString footer =
        QStringLiteral("<text:p text:style-name=\"%1\">— <text:page-number "
                       "text:select-page=\"current\">1</text:page-number> —</text:p>");
    const QString xml =
        QStringLiteral(
            R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="%1" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
<office:font-face-decls><style:font-face style:name="%2" svg:font-family="%2"/><style:font-face style:name="%3" svg:font-family="%3"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="%2" fo:font-size="16pt" style:font-name-asian="%2" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
%9
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%4mm" fo:page-height="%5mm" style:print-orientation="%6" fo:margin-top="37mm" fo:margin-bottom="18mm" fo:margin-left="28mm" fo:margin-right="26mm"/><style:footer-style><style:header-footer-properties fo:min-height="10mm" fo:margin-top="7mm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="%4mm" fo:page-height="%5mm" style:print-orientation="%6" fo:margin-top="37mm" fo:margin-bottom="35mm" fo:margin-left="28mm" fo:margin-right="26mm"/></style:page-layout>
<style:style style:name="NumberOdd" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-right="14pt"/><style:text-properties style:font-name="%3" fo:font-size="14pt" style:font-name-asian="%3" style:font-size-asian="14pt"/></style:style>
<style:style style:name="NumberEven" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-left="14pt"/><style:text-properties style:font-name="%3" fo:font-size="14pt" style:font-name-asian="%3" style:font-size-asian="14pt"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>%7</style:footer><style:footer-left>%8</style:footer-left></style:master-page>
<style:master-page style:name="Cover" style:page-layout-name="pm2" style:next-style-name="Standard"/>
</office:master-styles>
</office:document-styles>
)")
            .arg(kOffice, body, number)
            .arg(page.widthMm())
            .arg(page.heightMm())
            .arg(page.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"))
            .arg(footer.arg(QStringLiteral("NumberOdd")), footer.arg(QStringLiteral("NumberEven")),
                 OdtContents::styles(fonts.heading.first(), body, page.textWidthPt()));
    return xml.toUtf8();
}

QByteArray meta(const QString &title)
{
    QByteArray result;
    QXmlStreamWriter w(&result);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-meta"));
    w.writeAttribute(QStringLiteral("xmlns:office"), kOffice);
    w.writeAttribute(QStringLiteral("xmlns:dc"),
                     QStringLiteral("http://purl.org/dc/elements/1.1/"));
    w.writeAttribute(QStringLiteral("xmlns:meta"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    w.writeStartElement(QStringLiteral("office:meta"));
    w.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Committee Desk"));
    w.writeTextElement(QStringLiteral("dc:title"), title);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return result;
}

const char kManifest[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)";

} // namespace

Result<QByteArray> OdtExport::write(const FilledDocument &document)
{
    // The contents' page markers and anchors, marked to be found in what Qt writes.
    FilledDocument marked = document;
    marked.html = OdtContents::mark(document.html);
    QTextDocument doc;
    DocumentRenderer::loadUnpaged(doc, marked);
    QByteArray qtOdt;
    {
        QBuffer buffer(&qtOdt);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&doc)) {
            return makeError(Error::Kind::Io, tr("The document could not be written as ODT."));
        }
    }
    auto content = ZipArchive::read(qtOdt, QStringLiteral("content.xml"));
    if (!content) {
        return content.error();
    }
    const DocumentFonts fonts = DocumentFonts::forEditing();
    Page page;
    page.landscape = document.spec && document.spec->orientation == QPageLayout::Landscape;
    const bool cover = document.spec && document.spec->hasCover;
    return ZipArchive::write(
        {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
         {QStringLiteral("META-INF/manifest.xml"), QByteArray(kManifest)},
         {QStringLiteral("content.xml"), fixContent(content.value(), tableInfo(doc),
                                                    OdtContents::entries(doc), fonts, page, cover)},
         {QStringLiteral("styles.xml"), styles(fonts, page)},
         {QStringLiteral("meta.xml"), meta(document.title)}});
}

} // namespace committee
