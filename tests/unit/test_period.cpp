#include "common/Period.h"

#include <catch2/catch.hpp>

using namespace committee;

TEST_CASE("A quarter knows its days", "[period]")
{
    const Quarter q4 = Quarter::fromDate(QDate(2026, 12, 31));
    CHECK(q4 == Quarter(2026, 4));
    CHECK(q4.code() == QStringLiteral("2026Q4"));
    CHECK(q4.first() == QDate(2026, 10, 1));
    CHECK(q4.last() == QDate(2026, 12, 31));
    CHECK(Quarter(2026, 1).first() == QDate(2026, 1, 1));
    CHECK(Quarter(2026, 1).last() == QDate(2026, 3, 31));
    CHECK(Quarter(2024, 1).last() == QDate(2024, 3, 31));
    CHECK(Quarter(2026, 2).last() == QDate(2026, 6, 30));
    CHECK(Quarter(2026, 3).first() == QDate(2026, 7, 1));
    CHECK(Quarter(2026, 3).last() == QDate(2026, 9, 30));
    CHECK(Quarter::fromDate(QDate(2026, 1, 1)) == Quarter(2026, 1));
    CHECK(Quarter::fromDate(QDate(2026, 6, 30)) == Quarter(2026, 2));
    CHECK(Quarter::fromDate(QDate(2026, 7, 1)) == Quarter(2026, 3));
}

TEST_CASE("A quarter contains its first and last day and nothing beyond", "[period]")
{
    const Quarter q3(2026, 3);
    CHECK(q3.contains(QDate(2026, 7, 1)));
    CHECK(q3.contains(QDate(2026, 9, 30)));
    CHECK_FALSE(q3.contains(QDate(2026, 6, 30)));
    CHECK_FALSE(q3.contains(QDate(2026, 10, 1)));
    CHECK_FALSE(q3.contains(QDate()));
    CHECK_FALSE(Quarter(2026, 5).isValid());
    CHECK_FALSE(Quarter(2026, 0).first().isValid());
    CHECK_FALSE(Quarter(2026, 5).contains(QDate(2027, 1, 15)));
}

TEST_CASE("Quarters follow each other across the new year", "[period]")
{
    CHECK(Quarter(2026, 4).next() == Quarter(2027, 1));
    CHECK(Quarter(2027, 1).previous() == Quarter(2026, 4));
    CHECK(Quarter(2026, 2).next() == Quarter(2026, 3));
    CHECK(Quarter(2026, 2).previous() == Quarter(2026, 1));
}

TEST_CASE("A quarter is read from its code within the app's years", "[period]")
{
    auto q = Quarter::parse(QStringLiteral("2026Q4"));
    REQUIRE(q.ok());
    CHECK(q.value() == Quarter(2026, 4));
    CHECK(Quarter::parse(QStringLiteral("2026q1")).ok());
    for (const char *bad : {"2026Q5", "2026Q0", "1999Q1", "2101Q1", "abc", "", "2026Q", "Q4"}) {
        INFO(bad);
        auto r = Quarter::parse(QString::fromLatin1(bad));
        CHECK_FALSE(r.ok());
        CHECK(r.error().kind == Error::Kind::Invalid);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(
        Quarter::parse(QStringLiteral("1999Q1")).error().message.contains(QStringLiteral("2100")));
    CHECK(Quarter::checked(2026, 4).ok());
    CHECK_FALSE(Quarter::checked(2026, 5).ok());
    CHECK_FALSE(Quarter::checked(1999, 1).ok());
}

TEST_CASE("The app's years are 2000 to 2100", "[period]")
{
    CHECK_FALSE(isValidYear(1999));
    CHECK(isValidYear(2000));
    CHECK(isValidYear(2100));
    CHECK_FALSE(isValidYear(2101));
    CHECK(yearRangeMessage().contains(QStringLiteral("2000")));
    CHECK(yearRangeMessage().contains(QStringLiteral("2100")));
}

TEST_CASE("A period is a year, a quarter or a range, and names itself", "[period]")
{
    const Period year = Period::ofYearOrQuarter(2026, 0);
    CHECK(year.first() == QDate(2026, 1, 1));
    CHECK(year.last() == QDate(2026, 12, 31));
    CHECK(year.code() == QStringLiteral("2026"));
    const Period q2 = Period::ofYearOrQuarter(2026, 2);
    CHECK(q2.first() == QDate(2026, 4, 1));
    CHECK(q2.last() == QDate(2026, 6, 30));
    CHECK(q2.code() == QStringLiteral("2026Q2"));
    const Period range(QDate(2026, 1, 1), QDate(2026, 6, 30));
    CHECK(range.code() == QStringLiteral("20260101-20260630"));
    CHECK(range.contains(QDate(2026, 1, 1)));
    CHECK(range.contains(QDate(2026, 6, 30)));
    CHECK_FALSE(range.contains(QDate(2025, 12, 31)));
    CHECK_FALSE(range.contains(QDate(2026, 7, 1)));
}
