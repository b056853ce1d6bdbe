#include "documents/DocumentRenderer.h"

#include "documents/Documents.h"
#include "documents/FixedBoxes.h"
#include "documents/KeepTogether.h"
#include "documents/PageTextFilter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace committee {

namespace {

constexpr int kPdfResolution = 300;

void prepare(QTextDocument &doc)
{
    // Long numbers or Latin words in a narrow cell wrap instead of running past its edge.
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
}

QHash<QString, int> anchorPages(const QTextDocument &doc, qreal pageHeight)
{
    QHash<QString, int> pages;
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                const qreal top = layout->blockBoundingRect(block).top();
                pages.insert(name, int(top / pageHeight) + 1);
            }
        }
    }
    return pages;
}

void drawPageNumber(QPainter &painter, const QFont &font, int number, const QSizeF &body,
                    qreal bottomMargin, qreal dpi)
{
    const qreal mm = dpi / 25.4;
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString text = QStringLiteral("— %1 —").arg(number);
    const QFontMetricsF metrics(font, painter.device());
    const qreal em = metrics.height();
    // 7 mm below the text block, or less where the chosen bottom margin is narrower.
    const qreal centre = body.height() + qMin(7 * mm + em / 2, bottomMargin - em / 2);
    const QRectF line(em, centre - em / 2, body.width() - 2 * em, em);
    painter.drawText(line, (number % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace

QPageLayout DocumentRenderer::standardLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(28, 37, 26, 35),
                       QPageLayout::Millimeter);
}

QString DocumentRenderer::unpagedHtml(const FilledDocument &document)
{
    QString html = document.html;
    html.replace(QRegularExpression(Documents::pageMarkerPattern()), QString());
    return html;
}

void DocumentRenderer::loadUnpaged(QTextDocument &doc, const FilledDocument &document)
{
    prepare(doc);
    doc.setHtml(unpagedHtml(document));
}

Result<int> DocumentRenderer::paint(const FilledDocument &document, QPagedPaintDevice &device)
{
    const QPageLayout layout = device.pageLayout();
    const int dpi = device.logicalDpiY();
    const QSizeF body = layout.paintRectPixels(dpi).size();
    if (body.width() <= 0 || body.height() <= 0) {
        return makeError(Error::Kind::Invalid,
                         tr("The margins leave no room on the page for the document."));
    }
    // Lays the HTML out on pages of the device's printable size, with its own metrics.
    // Page breaks known from an earlier layout are given before the page size is set, so
    // the document is laid out once.
    auto layOut = [&](QTextDocument &doc, const QString &html, const QList<int> &keptGroups) {
        prepare(doc);
        doc.documentLayout()->setPaintDevice(&device);
        doc.setHtml(html);
        KeepTogether::replay(doc, keptGroups);
        doc.setPageSize(body);
        FixedBoxes::apply(doc, dpi);
        return doc.pageCount();
    };
    // The table of contents needs the pages its entries start on: a first layout with
    // three digits' width where each number goes finds them, and the second, with the
    // numbers, keeps every page where it was. (Filling them into the laid-out document
    // instead relaid it out once per number and was slower than laying it out twice.)
    // Each layout is followed by the pagination step that keeps together what belongs
    // together (KeepTogether.h); the second layout takes the first one's breaks.
    QString html = document.html;
    const QRegularExpression marker(Documents::pageMarkerPattern());
    QList<int> keptGroups;
    if (html.contains(marker)) {
        QTextDocument first;
        layOut(first, QString(html).replace(marker, QStringLiteral("000")), {});
        keptGroups = KeepTogether::apply(first);
        const QHash<QString, int> pages = anchorPages(first, body.height());
        QString numbered;
        qsizetype from = 0;
        for (const QRegularExpressionMatch &m : marker.globalMatch(html)) {
            const int page = pages.value(m.captured(1));
            numbered += QStringView(html).mid(from, m.capturedStart() - from);
            numbered += page > 0 ? QString::number(page) : QString();
            from = m.capturedEnd();
        }
        numbered += QStringView(html).mid(from);
        html = numbered;
    }
    QTextDocument doc;
    layOut(doc, html, keptGroups);
    KeepTogether::apply(doc);
    const int pageCount = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return makeError(Error::Kind::Io, tr("The document could not be drawn on the pages."));
    }
    QFont numberFont;
    numberFont.setFamilies(document.pageNumberFonts);
    numberFont.setPointSizeF(14);
    const qreal bottomMargin =
        layout.fullRectPixels(dpi).height() - layout.paintRectPixels(dpi).bottom();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            return makeError(Error::Kind::Io, tr("Page %1 could not be started.").arg(page + 1));
        }
        const QRectF area(QPointF(0, page * body.height()), body);
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        {
            // Text is kept only where its baseline is on this page (see PageTextFilter).
            PageTextFilter filter(painter,
                                  QRectF(-body.width(), 0, 3 * body.width(), body.height()));
            QPainter pagePainter(&filter);
            pagePainter.translate(0, -area.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = area;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&pagePainter, context);
        }
        painter.restore();
        const bool cover = page == 0 && document.spec && document.spec->hasCover;
        if (!cover) {
            drawPageNumber(painter, numberFont, page + 1, body, bottomMargin, dpi);
        }
    }
    painter.end();
    return pageCount;
}

Result<QByteArray> DocumentRenderer::pdf(const FilledDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(
            standardLayout(document.spec ? document.spec->orientation : QPageLayout::Portrait));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Committee Desk"));
        auto pages = paint(document, writer);
        if (!pages) {
            return pages.error();
        }
    }
    return bytes;
}

} // namespace committee
