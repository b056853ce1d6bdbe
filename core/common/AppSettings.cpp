#include "common/AppSettings.h"

namespace committee {

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString lastArea = QStringLiteral("ui/lastArea");
const QString geometry = QStringLiteral("ui/windowGeometry");
const QString state = QStringLiteral("ui/windowState");
const QString reminderHorizon = QStringLiteral("reminders/horizonDays");
} // namespace Key

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString code = m_settings->value(Key::language, QStringLiteral("zh_CN")).toString();
    return code == QLatin1String("en") ? code : QStringLiteral("zh_CN");
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(Key::language, code);
}

QString AppSettings::lastArea() const
{
    return m_settings->value(Key::lastArea).toString();
}

void AppSettings::setLastArea(const QString &areaId)
{
    m_settings->setValue(Key::lastArea, areaId);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Key::geometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::geometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(Key::state).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::state, state);
}

int AppSettings::reminderHorizonDays() const
{
    return qBound(1, m_settings->value(Key::reminderHorizon, 14).toInt(), 90);
}

void AppSettings::setReminderHorizonDays(int days)
{
    m_settings->setValue(Key::reminderHorizon, qBound(1, days, 90));
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace committee
