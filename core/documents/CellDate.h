#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace committee {

// A spreadsheet cell whose whole text is one date, in a form the templates print:
// 2025年1月3日 (DocumentContext::date), 2025.1.3 (shortDate) or 2025-01-03. The workbook
// stores it as a date with a number format that shows it as it was printed, so it sorts
// and filters as a date. Anything else (a phone number, a date inside a sentence, a date
// and a time, an impossible date) is not a date and stays text.
struct CellDate {
    QDate date;
    const char *numberFormat = nullptr; // Excel's, e.g. yyyy"年"m"月"d"日"

    static std::optional<CellDate> parse(const QString &text);
};

} // namespace committee
