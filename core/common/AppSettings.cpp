#include "common/AppSettings.h"

namespace committee {

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString lastArea = QStringLiteral("ui/lastArea");
const QString geometry = QStringLiteral("ui/windowGeometry");
const QString state = QStringLiteral("ui/windowState");
const QString reminderHorizon = QStringLiteral("reminders/horizonDays");
const QString dataFolder = QStringLiteral("data/folder");
const QString previousDataFolder = QStringLiteral("data/previousFolder");
const QString backupKeepLast = QStringLiteral("backup/keepLast");
const QString backupKeepMonths = QStringLiteral("backup/keepMonths");
const QString backupFailure = QStringLiteral("backup/lastFailure");
const QString documentFont = QStringLiteral("documents/font-%1");
const QString documentsFolder = QStringLiteral("documents/lastFolder");
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

QString AppSettings::dataFolder() const
{
    return m_settings->value(Key::dataFolder).toString();
}

void AppSettings::setDataFolder(const QString &folder)
{
    // An empty value means "the standard place"; removing the key keeps the file tidy and
    // makes a later change of the standard place take effect.
    if (folder.isEmpty()) {
        m_settings->remove(Key::dataFolder);
    } else {
        m_settings->setValue(Key::dataFolder, folder);
    }
}

QString AppSettings::previousDataFolder() const
{
    return m_settings->value(Key::previousDataFolder).toString();
}

void AppSettings::setPreviousDataFolder(const QString &folder)
{
    if (folder.isEmpty()) {
        m_settings->remove(Key::previousDataFolder);
    } else {
        m_settings->setValue(Key::previousDataFolder, folder);
    }
}

int AppSettings::backupKeepLast() const
{
    return qBound(1, m_settings->value(Key::backupKeepLast, 10).toInt(), 100);
}

void AppSettings::setBackupKeepLast(int count)
{
    m_settings->setValue(Key::backupKeepLast, qBound(1, count, 100));
}

int AppSettings::backupKeepMonths() const
{
    return qBound(0, m_settings->value(Key::backupKeepMonths, 12).toInt(), 120);
}

void AppSettings::setBackupKeepMonths(int months)
{
    m_settings->setValue(Key::backupKeepMonths, qBound(0, months, 120));
}

QString AppSettings::backupFailure() const
{
    return m_settings->value(Key::backupFailure).toString();
}

void AppSettings::setBackupFailure(const QString &message)
{
    if (message.isEmpty()) {
        m_settings->remove(Key::backupFailure);
    } else {
        m_settings->setValue(Key::backupFailure, message);
    }
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString AppSettings::documentsFolder() const
{
    return m_settings->value(Key::documentsFolder).toString();
}

void AppSettings::setDocumentsFolder(const QString &folder)
{
    m_settings->setValue(Key::documentsFolder, folder);
}

QString AppSettings::documentFont(const QString &role) const
{
    return m_settings->value(Key::documentFont.arg(role)).toString();
}

void AppSettings::setDocumentFont(const QString &role, const QString &family)
{
    if (family.isEmpty()) {
        m_settings->remove(Key::documentFont.arg(role));
    } else {
        m_settings->setValue(Key::documentFont.arg(role), family);
    }
}

} // namespace committee
