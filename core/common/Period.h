#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace committee {

// The years the app accepts wherever a year is chosen or checked: reports, editions of the
// lists, terms, meetings. One range, so the spin boxes, the CLI and core agree.
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;

constexpr bool isValidYear(int year)
{
    return year >= kFirstYear && year <= kLastYear;
}

// "Choose a year from 2000 to 2100.", translated.
QString yearRangeMessage();

// A calendar quarter: the unit of the quarterly sheet (附件2), of the township's overview and
// of the quarterly obligations. Number 1 is January to March.
class Quarter {
    Q_DECLARE_TR_FUNCTIONS(committee::Quarter)
public:
    Quarter(int year, int number) : m_year(year), m_number(number) {}
    static Quarter fromDate(const QDate &day);
    // A year in the app's range and a number from 1 to 4, or the message that says so.
    static Result<Quarter> checked(int year, int number);
    // "2026Q4" (a lower-case q too), the way file names and bundles write a quarter.
    static Result<Quarter> parse(const QString &code);

    int year() const { return m_year; }
    int number() const { return m_number; }
    // A number from 1 to 4; the year is not checked against the app's range.
    bool isValid() const { return m_number >= 1 && m_number <= 4; }

    // The first and the last day; invalid dates for an invalid quarter.
    QDate first() const;
    QDate last() const;
    bool contains(const QDate &day) const;
    Quarter next() const;
    Quarter previous() const;
    // "2026Q4".
    QString code() const;

    friend bool operator==(const Quarter &a, const Quarter &b)
    {
        return a.m_year == b.m_year && a.m_number == b.m_number;
    }
    friend bool operator!=(const Quarter &a, const Quarter &b) { return !(a == b); }

private:
    int m_year;
    int m_number;
};

// The whole days a report, a search or a bundle covers: a year, a quarter or any range.
class Period {
public:
    Period(const QDate &first, const QDate &last) : m_first(first), m_last(last) {}
    Period(const Quarter &quarter) : Period(quarter.first(), quarter.last()) {}
    static Period ofYear(int year);
    // The filters' and statistics' choice: the whole year when quarter is 0, else that quarter.
    static Period ofYearOrQuarter(int year, int quarter);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(const QDate &day) const;
    // For file names: "2026Q3" for a quarter, "2026" for a year, else "20260101-20260630".
    QString code() const;

private:
    QDate m_first;
    QDate m_last;
};

} // namespace committee
