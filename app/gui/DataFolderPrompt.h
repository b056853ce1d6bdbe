#pragma once

class QWidget;

namespace committee {
class AppSettings;
class Database;
} // namespace committee

namespace committee::gui {

// The last step of moving the data folder (see DataFolderMove): on the first start from
// the new folder, once its database has opened, asks whether to delete the old copy. The
// default is to keep it. The question is asked once; only a failed deletion asks again
// next time. Does nothing for a demo or a file opened with --db.
void offerToRemovePreviousDataFolder(QWidget *parent, const Database &db, AppSettings &settings);

} // namespace committee::gui
