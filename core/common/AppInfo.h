#pragma once

#include <QString>

namespace committee {
class AppSettings;
}

namespace committee::AppInfo {

// Sets organisation and application names so QSettings and QStandardPaths agree on
// where things live. Call right after constructing the application object.
void registerApplication();

QString version();
QString buildDate();

// The id of the installed desktop entry and AppStream component. Desktops (Wayland in
// particular) match a window to its entry, and so to its icon and name, by this.
QString desktopFileName();

// The name of the clerk's database inside the data folder: "committee.db".
QString databaseFileName();

// Where the data lives unless the clerk moved it: QStandardPaths::AppDataLocation.
QString standardDataFolder();

// The data folder in force: the one recorded in `settings` after a move, or the standard
// one. The overloads without settings read the platform's settings store.
QString dataFolder(const AppSettings &settings);
QString dataFolder();

// dataFolder()/committee.db
QString defaultDatabasePath(const AppSettings &settings);
QString defaultDatabasePath();

// Installs the app's translator (and Qt's own, where installed) for "zh_CN" or "en".
// Returns false when the app translation could not be loaded.
bool installTranslators(const QString &language);

} // namespace committee::AppInfo
