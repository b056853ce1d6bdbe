#include "TestSupport.h"

#include "common/PhoneNumber.h"
#include "records/Validation.h"

#include <catch2/catch.hpp>

using namespace committee;

TEST_CASE("Telephone numbers at their limits", "[validation]")
{
    // Mobile: 11 digits, starting 1 and a 3-9 second digit.
    CHECK(PhoneNumber::isValid(QStringLiteral("13812345678")));
    CHECK(PhoneNumber::isValid(QStringLiteral("19912345678")));
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("1381234567")));   // 10 digits
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("138123456789"))); // 12 digits
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("23812345678")));  // not starting with 1
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("12812345678")));  // no such network
    // Landline: area code, 7 or 8 digits, optional extension.
    CHECK(PhoneNumber::isValid(QStringLiteral("023-67891234")));
    CHECK(PhoneNumber::isValid(QStringLiteral("02367891234")));
    CHECK(PhoneNumber::isValid(QStringLiteral("0851-6789123")));
    CHECK(PhoneNumber::isValid(QStringLiteral("023-67891234-801")));
    CHECK(PhoneNumber::isValid(QStringLiteral("（023）67891234")));
    CHECK(PhoneNumber::isValid(QStringLiteral("023-67891234-123456")));
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("023-67891234-1234567"))); // extension too long
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("023-678912")));           // 6 digits
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("023-678912345")));        // 9 digits
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("67891234")));             // no area code
    CHECK_FALSE(PhoneNumber::isValid(QString()));
}

TEST_CASE("A length limit holds at exactly the limit and fails one past it", "[validation]")
{
    const RecordType sheet{.id = QStringLiteral("t"),
                           .table = QStringLiteral("t"),
                           .singular = "Sheet",
                           .plural = "Sheets",
                           .fields = {{.key = QStringLiteral("progress"),
                                       .label = "Progress",
                                       .kind = FieldKind::MultiLine,
                                       .required = true,
                                       .maxLength = 300}}};
    // Chinese characters count one each, as the clerk sees them.
    const QString at = QString(300, QChar(0x6C11));
    CHECK(Validation::check(sheet, {{QStringLiteral("progress"), at}}).isEmpty());
    const auto over = Validation::check(sheet, {{QStringLiteral("progress"), at + QChar(0x6C11)}});
    REQUIRE(over.size() == 1);
    CHECK(over[0].field == QStringLiteral("progress"));
    CHECK(over[0].message.contains(QStringLiteral("301")));
    CHECK(over[0].message.contains(QStringLiteral("300")));
    const auto empty =
        Validation::check(sheet, {{QStringLiteral("progress"), QStringLiteral("  ")}});
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].message.contains(QStringLiteral("Progress")));
}

TEST_CASE("Integers, dates and choices are checked against the description", "[validation]")
{
    const RecordType type{
        .id = QStringLiteral("t"),
        .table = QStringLiteral("t"),
        .singular = "T",
        .plural = "Ts",
        .fields = {{.key = QStringLiteral("n"),
                    .label = "Count",
                    .kind = FieldKind::Integer,
                    .minimum = 1,
                    .maximum = 9},
                   {.key = QStringLiteral("d"), .label = "Day", .kind = FieldKind::Date},
                   {.key = QStringLiteral("c"),
                    .label = "Kind",
                    .kind = FieldKind::Choice,
                    .choices = {{QStringLiteral("a"), "A"}, {QStringLiteral("b"), "B"}}}}};
    CHECK(Validation::check(type, {{QStringLiteral("n"), 9},
                                   {QStringLiteral("d"), QStringLiteral("2024-02-29")},
                                   {QStringLiteral("c"), QStringLiteral("b")}})
              .isEmpty());
    const auto errors =
        Validation::check(type, {{QStringLiteral("n"), 10},
                                 {QStringLiteral("d"), QStringLiteral("2023-02-29")},
                                 {QStringLiteral("c"), QStringLiteral("z")}});
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].field == QStringLiteral("n"));
    CHECK(errors[1].field == QStringLiteral("d"));
    CHECK(errors[2].field == QStringLiteral("c"));
}
