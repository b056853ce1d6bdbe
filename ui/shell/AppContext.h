#pragma once

namespace committee {
class AppSettings;
class Database;
} // namespace committee

namespace committee::ui {

// What every area is given: the open database and the settings. Areas reach core through
// these; they never open connections or run SQL themselves.
struct AppContext {
    Database &db;
    AppSettings &settings;
};

} // namespace committee::ui
