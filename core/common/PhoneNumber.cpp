#include "common/PhoneNumber.h"

#include <QRegularExpression>

namespace committee {

bool PhoneNumber::isMobile(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^1[3-9][0-9]{9}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool PhoneNumber::isLandline(const QString &text)
{
    // The separators clerks actually type: a hyphen, a space, or the area code in brackets.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:0[1-9][0-9]{1,2}[- ]?|[(（]0[1-9][0-9]{1,2}[)）] ?)[2-9][0-9]{6,7}"
                       "(?:[-转][0-9]{1,6})?$"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace committee
