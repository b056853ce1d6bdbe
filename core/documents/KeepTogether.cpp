#include "documents/KeepTogether.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace committee {

namespace {

// At most this many passes: enough for any real document (a pass mends one group in every
// run of pages), and a bound should a break not move what it was meant to.
constexpr int kMaxPasses = 24;

struct Group {
    QTextBlock first;               // the block holding keep-begin
    QTextBlock last;                // the block holding keep-end
    QTextFrame *topFrame = nullptr; // the top-level table `first` is in, if any
};

bool hasAnchor(const QTextBlock &block, const QString &name)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().anchorNames().contains(name)) {
            return true;
        }
    }
    return false;
}

// The outermost frame below the root frame that holds `block`, or null for a top-level block.
QTextFrame *topLevelFrame(QTextDocument &doc, const QTextBlock &block)
{
    QTextFrame *top = nullptr;
    for (QTextFrame *f = QTextCursor(block).currentFrame(); f && f != doc.rootFrame();
         f = f->parentFrame()) {
        top = f;
    }
    return top;
}

QList<Group> findGroups(QTextDocument &doc)
{
    QList<Group> groups;
    const QString begin = KeepTogether::beginMarker();
    const QString end = KeepTogether::endMarker();
    bool open = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (hasAnchor(block, begin)) {
            groups.append(Group{block, block, topLevelFrame(doc, block)});
            open = true;
        }
        if (open && hasAnchor(block, end)) {
            groups.last().last = block;
            open = false;
        }
    }
    return groups;
}

bool breaksBefore(QTextFormat::PageBreakFlags flags)
{
    return flags & QTextFormat::PageBreak_AlwaysBefore;
}

// Where each run of pages starts: the document positions of the top-level blocks and
// tables that begin on a new page.
QList<int> runStarts(QTextDocument &doc)
{
    QList<int> starts;
    QTextFrame *root = doc.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (breaksBefore(frame->frameFormat().pageBreakPolicy())) {
                starts << frame->firstPosition();
            }
        } else if (breaksBefore(it.currentBlock().blockFormat().pageBreakPolicy())) {
            starts << it.currentBlock().position();
        }
    }
    return starts;
}

int runOf(const QList<int> &starts, int position)
{
    return int(std::upper_bound(starts.begin(), starts.end(), position) - starts.begin());
}

void breakBefore(Group &group)
{
    if (group.topFrame) {
        QTextFrameFormat format = group.topFrame->frameFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        group.topFrame->setFrameFormat(format);
        return;
    }
    QTextBlockFormat format = group.first.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(group.first).setBlockFormat(format);
}

// Whether the group starts on one page and ends on a later one although it would fit on one.
bool isSplit(QTextDocument &doc, const Group &group, qreal pageHeight)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal top = group.topFrame ? layout->frameBoundingRect(group.topFrame).top()
                                     : layout->blockBoundingRect(group.first).top();
    // A group that ends in the last row of a table ends with the table's bottom border and
    // margin: measured to its last text only, a table ending just above the page's end put
    // its margin on the next page, and the page break after it left that page empty.
    qreal bottom = layout->blockBoundingRect(group.last).bottom();
    if (QTextTable *table = QTextCursor(group.last).currentTable()) {
        const QTextTableCell cell = table->cellAt(group.last.position());
        if (cell.row() + cell.rowSpan() >= table->rows()) {
            bottom = qMax(bottom, layout->frameBoundingRect(table).bottom());
        }
    }
    const int firstPage = int(std::floor(top / pageHeight));
    const int lastPage = int(std::floor((bottom - 1) / pageHeight));
    // Already at the top of its page: a break would only leave an empty page.
    const bool atPageTop = top - firstPage * pageHeight < pageHeight / 100;
    return lastPage > firstPage && !atPageTop && bottom - top < pageHeight * 0.97;
}

// Gives each group its page break with the layout switched off, so the document is laid
// out once afterwards instead of once for every break: each change to a paginated document
// relays out everything after it, which made a ten-year workbook take a minute.
void breakAll(QTextDocument &doc, QList<Group> &groups, const QList<int> &which)
{
    const QSizeF pageSize = doc.pageSize();
    doc.setPageSize(QSizeF());
    for (int i : which) {
        if (i < groups.size()) {
            breakBefore(groups[i]);
        }
    }
    doc.setPageSize(pageSize);
}

} // namespace

QList<int> KeepTogether::apply(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QList<int> broken;
    if (pageHeight <= 0) {
        return broken;
    }
    QList<Group> groups = findGroups(doc);
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        // Measured on one layout, then all mended at once (breakAll).
        const QList<int> starts = runStarts(doc);
        QSet<int> mendedRuns;
        QList<int> mend;
        for (int i = 0; i < groups.size(); ++i) {
            const int run = runOf(starts, groups[i].first.position());
            if (mendedRuns.contains(run) || broken.contains(i) ||
                !isSplit(doc, groups[i], pageHeight)) {
                continue;
            }
            mend << i;
            mendedRuns.insert(run);
        }
        if (mend.isEmpty()) {
            break;
        }
        breakAll(doc, groups, mend);
        broken += mend;
    }
    std::sort(broken.begin(), broken.end());
    return broken;
}

void KeepTogether::replay(QTextDocument &doc, const QList<int> &groups)
{
    QList<Group> found = findGroups(doc);
    breakAll(doc, found, groups);
}

} // namespace committee
