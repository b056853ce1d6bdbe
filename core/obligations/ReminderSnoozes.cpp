#include "obligations/ReminderSnoozes.h"

namespace committee {

ReminderSnoozes::ReminderSnoozes(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QString ReminderSnoozes::key(const QString &code) const
{
    return QStringLiteral("reminders/hiddenUntil/") + code;
}

bool ReminderSnoozes::isHidden(const QString &code, const QDate &today) const
{
    const QDate until = QDate::fromString(m_settings->value(key(code)).toString(), Qt::ISODate);
    return until.isValid() && today <= until;
}

void ReminderSnoozes::hideUntil(const QString &code, const QDate &lastHiddenDay)
{
    m_settings->setValue(key(code), lastHiddenDay.toString(Qt::ISODate));
    m_settings->sync();
}

void ReminderSnoozes::clear(const QString &code)
{
    m_settings->remove(key(code));
}

} // namespace committee
