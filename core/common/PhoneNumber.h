#pragma once

#include <QString>

namespace committee {

// Chinese telephone numbers as the forms accept them: a mobile number (11 digits that
// begin with 1), or a landline with its area code (0 + 2 or 3 digits), a 7- or 8-digit
// number and an optional extension, e.g. 023-67891234-801.
class PhoneNumber {
public:
    static bool isMobile(const QString &text);
    static bool isLandline(const QString &text);
    static bool isValid(const QString &text) { return isMobile(text) || isLandline(text); }
};

} // namespace committee
