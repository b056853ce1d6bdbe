#include "common/AppInfo.h"

#include "common/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#ifndef COMMITTEE_VERSION
#define COMMITTEE_VERSION "0.0.0"
#endif

namespace committee::AppInfo {

void registerApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommitteeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("committee-desk"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(COMMITTEE_VERSION);
}

QString buildDate()
{
    return QString::fromLatin1(__DATE__);
}

QString desktopFileName()
{
    return QStringLiteral("io.github.committeedesk.CommitteeDesk");
}

QString databaseFileName()
{
    return QStringLiteral("committee.db");
}

QString standardDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString dataFolder(const AppSettings &settings)
{
    const QString moved = settings.dataFolder();
    return moved.isEmpty() ? standardDataFolder() : QDir::cleanPath(moved);
}

QString dataFolder()
{
    return dataFolder(AppSettings());
}

QString defaultDatabasePath(const AppSettings &settings)
{
    return QDir(dataFolder(settings)).filePath(databaseFileName());
}

QString defaultDatabasePath()
{
    return defaultDatabasePath(AppSettings());
}

bool installTranslators(const QString &language)
{
    // Translators are owned by the application object and live as long as it does.
    auto *app = QCoreApplication::instance();
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator; // optional: Qt's own dialogs stay in English without it
    }
    auto *appTranslator = new QTranslator(app);
    if (!appTranslator->load(QStringLiteral(":/i18n/committee-desk_zh_CN.qm"))) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

} // namespace committee::AppInfo
