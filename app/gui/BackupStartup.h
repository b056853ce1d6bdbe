#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace committee {
class AppSettings;
class Database;
} // namespace committee

namespace committee::gui {

// The backup steps of the app's life that happen outside the main window.

// The database could not be opened because it is damaged (`error`): offers to restore
// the newest good backup in the backups folder (or, when there is none, one the clerk
// picks, e.g. on a stick), keeping the damaged file aside untouched. Shows every message
// itself. Returns true when a backup was restored and the database should be opened again.
bool offerRestoreOfDamaged(const QString &databasePath, const Error &error);
// Tests: what the file picker of offerRestoreOfDamaged() returns instead of asking.
void setBackupChooser(std::function<QString()> chooser);

// Files the records refer to that are gone from the attachment store: says which, and
// offers to put them back from the backups.
void checkAttachments(Database &db, QWidget *parent);

// Restores the backup the clerk confirmed in the main window (which has closed and
// released the database). Returns true when the window should open again.
bool restoreRequested(const QString &databasePath, const QString &backupPath);

// The automatic backup on closing, with a small progress window, then the rotation. A
// failure is kept in the settings and shown at the next start; it never stops the exit.
void backupOnExit(Database &db, AppSettings &settings);

} // namespace committee::gui
