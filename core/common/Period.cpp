#include "common/Period.h"

#include <QRegularExpression>

namespace committee {

QString yearRangeMessage()
{
    return QCoreApplication::translate("committee::Period", "Choose a year from %1 to %2.")
        .arg(kFirstYear)
        .arg(kLastYear);
}

Quarter Quarter::fromDate(const QDate &day)
{
    return Quarter(day.year(), (day.month() - 1) / 3 + 1);
}

Result<Quarter> Quarter::checked(int year, int number)
{
    const Quarter quarter(year, number);
    if (!isValidYear(year) || !quarter.isValid()) {
        return makeError(Error::Kind::Invalid,
                         tr("Choose a year from %1 to %2 and a quarter from 1 to 4.")
                             .arg(kFirstYear)
                             .arg(kLastYear));
    }
    return quarter;
}

Result<Quarter> Quarter::parse(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})[Qq]([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(code.trimmed());
    if (!match.hasMatch()) {
        return makeError(Error::Kind::Invalid,
                         tr("“%1” is not a quarter; write it as 2026Q4.").arg(code));
    }
    const int year = match.captured(1).toInt();
    if (!isValidYear(year)) {
        return makeError(Error::Kind::Invalid, yearRangeMessage());
    }
    return Quarter(year, match.captured(2).toInt());
}

QDate Quarter::first() const
{
    return isValid() ? QDate(m_year, (m_number - 1) * 3 + 1, 1) : QDate();
}

QDate Quarter::last() const
{
    return isValid() ? first().addMonths(3).addDays(-1) : QDate();
}

bool Quarter::contains(const QDate &day) const
{
    return Period(*this).contains(day);
}

Quarter Quarter::next() const
{
    return m_number == 4 ? Quarter(m_year + 1, 1) : Quarter(m_year, m_number + 1);
}

Quarter Quarter::previous() const
{
    return m_number == 1 ? Quarter(m_year - 1, 4) : Quarter(m_year, m_number - 1);
}

QString Quarter::code() const
{
    return QStringLiteral("%1Q%2").arg(m_year).arg(m_number);
}

Period Period::ofYear(int year)
{
    return Period(QDate(year, 1, 1), QDate(year, 12, 31));
}

Period Period::ofYearOrQuarter(int year, int quarter)
{
    return quarter > 0 ? Period(Quarter(year, quarter)) : ofYear(year);
}

bool Period::contains(const QDate &day) const
{
    return day.isValid() && day >= m_first && day <= m_last;
}

QString Period::code() const
{
    const Quarter quarter = Quarter::fromDate(m_first);
    if (m_first == quarter.first() && m_last == quarter.last()) {
        return quarter.code();
    }
    if (m_first == QDate(m_first.year(), 1, 1) && m_last == QDate(m_first.year(), 12, 31)) {
        return QString::number(m_first.year());
    }
    return m_first.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
           m_last.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace committee
