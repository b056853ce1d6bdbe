#pragma once

#include "obligations/ObligationOverview.h"

#include <QWidget>

namespace committee::ui {

// Twelve small months of one year. Days with a deadline have a red ring, days with a
// meeting a blue dot, today a dark square; hovering over a day lists what falls on it.
class YearCalendar : public QWidget {
    Q_OBJECT
public:
    explicit YearCalendar(QWidget *parent = nullptr);

    void setYear(int year, const QMap<QDate, ObligationOverview::CalendarDay> &days,
                 const QDate &today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF monthRect(int month) const;
    QRectF dayRect(const QDate &date) const;
    QDate dateAt(const QPointF &point) const;

    int m_year = 0;
    QDate m_today;
    QMap<QDate, ObligationOverview::CalendarDay> m_days;
};

} // namespace committee::ui
