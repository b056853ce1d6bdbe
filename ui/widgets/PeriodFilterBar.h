#pragma once

#include "records/RecordRepository.h"

#include <QWidget>

class QComboBox;

namespace committee::ui {

// Year, quarter and kind choosers above a ledger list. The year list runs from the
// committee's first records to next year; "all years" is first.
class PeriodFilterBar : public QWidget {
    Q_OBJECT
public:
    PeriodFilterBar(const RecordType &type, QWidget *parent = nullptr);

    RecordQuery query() const;
    void setYear(int year);
    QComboBox *yearBox() const { return m_year; }
    QComboBox *quarterBox() const { return m_quarter; }
    QComboBox *kindBox() const { return m_kind; }

signals:
    void changed();

private:
    QComboBox *m_year;
    QComboBox *m_quarter;
    QComboBox *m_kind = nullptr;
};

} // namespace committee::ui
