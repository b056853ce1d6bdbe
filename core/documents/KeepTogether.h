#pragma once

#include <QList>
#include <QString>

class QTextDocument;

namespace committee {

// The pagination step on top of QTextDocument: keeps on one page what belongs together.
//
// A template marks a group with two empty anchors, <a name="keep-begin"></a> in its first
// block and <a name="keep-end"></a> in its last: a meeting's last lines with its signature
// lines, a notice's last paragraph with its 落款 and date, a heading with the first lines
// or rows after it. QTextDocument itself only breaks where a line or a table row no longer
// fits, so after it has laid the document out on pages, every group that starts on one page
// and ends on the next, and fits on a page, gets a page break before the top-level block or
// table it starts in. Groups longer than a page are left as they are.
//
// Why one group per run of pages at a time: a break moves everything after it, up to the
// next forced break, by less than a page, so the groups after it have to be measured again.
// Content after a forced break keeps its place on its page, so each run between forced
// breaks is mended independently, and a pass mends the first broken group of every run.
class KeepTogether {
public:
    static QString beginMarker() { return QStringLiteral("keep-begin"); }
    static QString endMarker() { return QStringLiteral("keep-end"); }

    // Adds the page breaks to `doc`, which has its page size set. Returns the numbers of the
    // groups (in document order) that got one, so a second layout of the same document with
    // other page numbers in its contents can take the same breaks without measuring again.
    static QList<int> apply(QTextDocument &doc);
    // Gives the groups numbered in `groups` their page break, as apply() did.
    static void replay(QTextDocument &doc, const QList<int> &groups);
};

} // namespace committee
