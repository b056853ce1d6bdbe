#include "documents/CellDate.h"

#include <QRegularExpression>

namespace committee {

std::optional<CellDate> CellDate::parse(const QString &text)
{
    struct Form {
        QRegularExpression pattern;
        const char *numberFormat;
    };
    // Each form as a whole cell: a date in a sentence ("电话 2025.1.3") does not match.
    static const Form forms[] = {
        {QRegularExpression(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$")),
         "yyyy\"年\"m\"月\"d\"日\""},
        {QRegularExpression(QStringLiteral("^(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})$")), "yyyy.m.d"},
        {QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$")), "yyyy-mm-dd"},
    };
    for (const Form &form : forms) {
        const QRegularExpressionMatch m = form.pattern.match(text);
        if (!m.hasMatch()) {
            continue;
        }
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        // Excel counts days from 1900: an earlier year cannot be a date cell.
        if (!date.isValid() || date.year() < 1900) {
            return std::nullopt;
        }
        return CellDate{date, form.numberFormat};
    }
    return std::nullopt;
}

} // namespace committee
