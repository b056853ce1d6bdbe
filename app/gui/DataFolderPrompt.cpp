#include "gui/DataFolderPrompt.h"

#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "storage/DataFolderMove.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace committee::gui {

void offerToRemovePreviousDataFolder(QWidget *parent, const Database &db, AppSettings &settings)
{
    const QString previous = settings.previousDataFolder();
    if (previous.isEmpty() ||
        QFileInfo(db.path()) != QFileInfo(AppInfo::defaultDatabasePath(settings))) {
        return;
    }
    if (!QFileInfo::exists(previous)) {
        settings.setPreviousDataFolder({}); // already gone: nothing to ask
        settings.sync();
        return;
    }
    const QString title = QCoreApplication::translate("committee::gui", "Old data folder");
    const bool remove = ui::MessageBox::confirm(
        parent, title,
        QCoreApplication::translate(
            "committee::gui",
            "Your data now lives in %1 and opened correctly.\n\nThe old folder %2 still holds the "
            "earlier copy. Delete that copy now? If you are unsure, keep it: it does no harm, and "
            "you can delete it by hand later.")
            .arg(QDir::toNativeSeparators(QFileInfo(db.path()).absolutePath()),
                 QDir::toNativeSeparators(previous)),
        QCoreApplication::translate("committee::gui", "Delete the old copy"));
    if (!remove) {
        settings.setPreviousDataFolder({});
        settings.sync();
        return;
    }
    auto removed = DataFolderMove::removePreviousFolder(settings);
    if (!removed) {
        ui::MessageBox::error(parent, title, removed.error().message);
        return;
    }
    ui::MessageBox::information(
        parent, title,
        removed.value()
            ? QCoreApplication::translate("committee::gui",
                                          "The old copy and its folder %1 were deleted.")
                  .arg(QDir::toNativeSeparators(previous))
            : QCoreApplication::translate(
                  "committee::gui",
                  "The old copy was deleted. The folder %1 also holds other files, so it was "
                  "left in place.")
                  .arg(QDir::toNativeSeparators(previous)));
}

} // namespace committee::gui
