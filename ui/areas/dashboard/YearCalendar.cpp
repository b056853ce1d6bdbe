#include "areas/dashboard/YearCalendar.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace committee::ui {

namespace {
constexpr int kColumns = 6; // months across: wide and short, to leave room above it
constexpr int kRows = 2;
const QColor kDeadline(0xC0, 0x39, 0x2B);
const QColor kMeeting(0x28, 0x74, 0xA6);
} // namespace

YearCalendar::YearCalendar(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearCalendar::setYear(int year, const QMap<QDate, ObligationOverview::CalendarDay> &days,
                           const QDate &today)
{
    m_year = year;
    m_days = days;
    m_today = today;
    update();
}

// Small hints: the calendar takes whatever room the dashboard leaves it, and the lists
// above it matter more.
QSize YearCalendar::sizeHint() const
{
    const int cell = fontMetrics().height();
    return {kColumns * 8 * cell, kRows * 8 * cell + 8};
}

QSize YearCalendar::minimumSizeHint() const
{
    const int cell = fontMetrics().height();
    return {kColumns * 7 * cell, kRows * 8 * cell + 8};
}

QRectF YearCalendar::monthRect(int month) const
{
    const qreal w = qreal(width()) / kColumns;
    const qreal h = qreal(height()) / kRows;
    const int index = month - 1;
    return {(index % kColumns) * w, (index / kColumns) * h, w, h};
}

QRectF YearCalendar::dayRect(const QDate &date) const
{
    const QRectF month = monthRect(date.month());
    // A title row, a weekday row, and up to six weeks, Monday first.
    const qreal cellW = (month.width() - 8) / 7;
    const qreal cellH = (month.height() - 6) / 8;
    const int offset = QDate(date.year(), date.month(), 1).dayOfWeek() - 1;
    const int slot = offset + date.day() - 1;
    return {month.left() + 4 + (slot % 7) * cellW, month.top() + 2 + (2 + slot / 7) * cellH, cellW,
            cellH};
}

QDate YearCalendar::dateAt(const QPointF &point) const
{
    if (m_year <= 0) {
        return {};
    }
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(point)) {
            continue;
        }
        const QDate first(m_year, month, 1);
        for (int day = 1; day <= first.daysInMonth(); ++day) {
            const QDate date(m_year, month, day);
            if (dayRect(date).contains(point)) {
                return date;
            }
        }
    }
    return {};
}

void YearCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (int month = 1; month <= 12 && m_year > 0; ++month) {
        const QRectF area = monthRect(month).adjusted(3, 3, -3, -3);
        p.setPen(QColor(0xD5, 0xD8, 0xDC));
        p.setBrush(Qt::white);
        p.drawRoundedRect(area, 6, 6);
        const qreal cellH = (monthRect(month).height() - 6) / 8;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(QColor(0x1C, 0x28, 0x33));
        p.drawText(QRectF(area.left(), area.top() + 2, area.width(), cellH), Qt::AlignCenter,
                   locale.standaloneMonthName(month));
        p.setFont(small);
        // Weekday initials, Monday first, on the row under the month's name.
        const qreal cellW = (monthRect(month).width() - 8) / 7;
        p.setPen(QColor(0x80, 0x8B, 0x96));
        for (int d = 1; d <= 7; ++d) {
            p.drawText(QRectF(monthRect(month).left() + 4 + (d - 1) * cellW,
                              monthRect(month).top() + 2 + cellH, cellW, cellH),
                       Qt::AlignCenter, locale.dayName(d, QLocale::NarrowFormat));
        }
        for (int day = 1; day <= QDate(m_year, month, 1).daysInMonth(); ++day) {
            const QDate date(m_year, month, day);
            const QRectF cell = dayRect(date);
            const QRectF mark = QRectF(0, 0, qMin(cell.width(), cell.height()) - 2,
                                       qMin(cell.width(), cell.height()) - 2);
            const QRectF centred(cell.center() - mark.center(), mark.size());
            const auto entry = m_days.value(date);
            if (date == m_today) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x1C, 0x28, 0x33));
                p.drawRoundedRect(centred, 3, 3);
            }
            if (!entry.meetings.isEmpty()) {
                p.setPen(Qt::NoPen);
                p.setBrush(kMeeting);
                p.drawEllipse(QRectF(centred.center().x() - 2, centred.bottom() - 3, 4, 4));
            }
            if (!entry.deadlines.isEmpty()) {
                p.setPen(QPen(kDeadline, 1.5));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(centred.adjusted(1, 1, -1, -1));
            }
            p.setPen(date == m_today         ? Qt::white
                     : date.dayOfWeek() >= 6 ? QColor(0x80, 0x8B, 0x96)
                                             : QColor(0x1C, 0x28, 0x33));
            p.drawText(cell, Qt::AlignCenter, QString::number(day));
        }
    }
}

bool YearCalendar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        const auto entry = m_days.value(date);
        QStringList lines;
        for (const QString &d : entry.deadlines) {
            lines << tr("Due: %1").arg(d);
        }
        for (const QString &m : entry.meetings) {
            lines << tr("Meeting: %1").arg(m);
        }
        if (date.isValid() && !lines.isEmpty()) {
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1\n%2").arg(date.toString(Qt::ISODate),
                                                            lines.join(QLatin1Char('\n'))),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace committee::ui
