#include "documents/FixedBoxes.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace committee {

namespace {

// The height in millimetres a block's anchor asks its cell to have, or 0.
qreal boxHeight(const QTextBlock &block)
{
    const QString prefix = FixedBoxes::markerPrefix();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        for (const QString &name : it.fragment().charFormat().anchorNames()) {
            if (name.startsWith(prefix)) {
                return name.mid(prefix.size()).toDouble();
            }
        }
    }
    return 0;
}

} // namespace

void FixedBoxes::apply(QTextDocument &doc, qreal dotsPerInch)
{
    struct Box {
        QTextTable *table;
        int row;
        int column;
        qreal millimetres;
    };
    QList<Box> boxes;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const qreal mm = boxHeight(block);
        QTextTable *table = mm > 0 ? QTextCursor(block).currentTable() : nullptr;
        if (table) {
            const QTextTableCell cell = table->cellAt(block.position());
            boxes.append(Box{table, cell.row(), cell.column(), mm});
        }
    }
    // Qt lays cells out in px of 1/96 inch and scales them to the device: the padding is
    // given in those px.
    const qreal cssPxPerDevicePx = 96.0 / dotsPerInch;
    for (const Box &box : boxes) {
        QTextTableCell cell = box.table->cellAt(box.row, box.column);
        const QAbstractTextDocumentLayout *layout = doc.documentLayout();
        const qreal top = layout->blockBoundingRect(cell.firstCursorPosition().block()).top();
        const qreal bottom = layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom();
        const qreal wanted = box.millimetres / 25.4 * dotsPerInch;
        if (bottom - top >= wanted) {
            continue;
        }
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBottomPadding(format.bottomPadding() +
                                (wanted - (bottom - top)) * cssPxPerDevicePx);
        cell.setFormat(format);
    }
}

} // namespace committee
