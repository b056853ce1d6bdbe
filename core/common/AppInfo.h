#pragma once

#include <QString>

namespace committee::AppInfo {

// Sets organisation and application names so QSettings and QStandardPaths agree on
// where things live. Call right after constructing the application object.
void registerApplication();

QString version();
QString buildDate();

// QStandardPaths::AppDataLocation/committee.db
QString defaultDatabasePath();
QString dataFolder();

// Installs the app's translator (and Qt's own, where installed) for "zh_CN" or "en".
// Returns false when the app translation could not be loaded.
bool installTranslators(const QString &language);

} // namespace committee::AppInfo
