#pragma once

#include <QString>

class QTextDocument;

namespace committee {

// Table cells of a fixed height, as an official form has them: the 进展情况 box of 附件2 is
// as tall empty as it is holding its 300 characters, and the clerk can write in it by hand.
//
// Qt's HTML tables have no row height (a row is as tall as its text), so a template marks a
// cell with an empty anchor <a name="box-75"></a> (75 mm), and after the document is laid
// out this gives the cell the bottom padding that makes it that tall. A cell whose text is
// taller keeps its height. Runs before KeepTogether, which then sees the final heights.
class FixedBoxes {
public:
    static QString markerPrefix() { return QStringLiteral("box-"); }
    // `dotsPerInch`: the resolution `doc` is laid out at (its paint device's).
    static void apply(QTextDocument &doc, qreal dotsPerInch);
};

} // namespace committee
