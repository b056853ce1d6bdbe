#pragma once

#include <QPaintDevice>
#include <QRectF>

#include <memory>

class QPainter;

namespace committee {

class PageTextFilterEngine;

// A paint device that passes everything drawn on it to another painter, except text whose
// baseline lies outside `keep` (in that painter's coordinates).
//
// Why: QTextDocument draws a page by clipping the whole document to the page's rectangle,
// and QTextLayout also draws the last line above the clip. Behind the clip that line is
// invisible, but a PDF keeps it as text: the last line of every page whose paragraph or
// table row goes on to the next page turned up again at the top of the next page in
// pdftotext, and a search found it twice. Filtering by baseline drops exactly those.
class PageTextFilter : public QPaintDevice {
public:
    PageTextFilter(QPainter &target, const QRectF &keep);
    ~PageTextFilter() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter &m_target;
    std::unique_ptr<PageTextFilterEngine> m_engine;
};

} // namespace committee
