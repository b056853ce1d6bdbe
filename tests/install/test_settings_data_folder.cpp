// "Move data folder" in the Settings dialog, and the question about the old folder on the
// first start from the new one (app/gui/DataFolderPrompt), driven as the clerk would.

#include "GuiTestSupport.h"

#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "gui/DataFolderPrompt.h"
#include "shell/AppContext.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTest>

using namespace committee;
using namespace committee::ui;

namespace {

// The clerk's database in old/, named as the data folder by the settings.
struct ClerkSetup {
    testing::Scratch dir;
    QString oldFolder = dir.path(QStringLiteral("old"));
    AppSettings settings{dir.path(QStringLiteral("settings.ini"))};
    std::unique_ptr<Database> db;
    std::unique_ptr<AppContext> context;

    ClerkSetup()
    {
        testing::useChineseUi();
        settings.setDataFolder(oldFolder);
        db = testing::openSeeded(AppInfo::defaultDatabasePath(settings));
        context = std::make_unique<AppContext>(AppContext{*db, settings});
        SettingsDialog::setRestartRequested(false);
    }
};

} // namespace

TEST_CASE("Settings moves the data folder and closes the window for the restart",
          "[install][gui][datafolder]")
{
    ClerkSetup c;
    QWidget mainWindow;
    mainWindow.show();
    SettingsDialog dialog(*c.context, &mainWindow);
    dialog.show();
    REQUIRE(dialog.moveButton()->isEnabled());

    const QString target = c.dir.path(QStringLiteral("新文件夹"));
    MessageBox::setNextAnswer(true); // "Move and restart"
    REQUIRE(dialog.moveDataFolder(target));
    CHECK(c.settings.dataFolder() == target);
    CHECK(QFileInfo::exists(target + QStringLiteral("/committee.db")));
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(target)));
    CHECK(SettingsDialog::restartRequested());
    CHECK(dialog.result() == QDialog::Accepted);
    // The main window closes once the dialog has returned, and start-up restarts the app.
    QDeadlineTimer deadline(2000);
    while (mainWindow.isVisible() && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    CHECK_FALSE(mainWindow.isVisible());
    SettingsDialog::setRestartRequested(false);
}

TEST_CASE("A failed move is reported and changes nothing", "[install][gui][datafolder]")
{
    ClerkSetup c;
    QWidget mainWindow;
    mainWindow.show();
    SettingsDialog dialog(*c.context, &mainWindow);
    testing::writeFile(c.dir.path(QStringLiteral("plainfile")), "x");
    const QString target = c.dir.path(QStringLiteral("plainfile/data"));

    SECTION("the clerk says no")
    {
        MessageBox::setNextAnswer(false);
        CHECK_FALSE(dialog.moveDataFolder(c.dir.path(QStringLiteral("fine"))));
        CHECK_FALSE(QFileInfo::exists(c.dir.path(QStringLiteral("fine"))));
    }
    SECTION("the folder cannot be created")
    {
        MessageBox::setNextAnswer(true);
        CHECK_FALSE(dialog.moveDataFolder(target));
        CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(target)));
    }
    CHECK(c.settings.dataFolder() == c.oldFolder);
    CHECK_FALSE(SettingsDialog::restartRequested());
    QTest::qWait(10);
    CHECK(mainWindow.isVisible());
}

TEST_CASE("A demo database cannot be moved", "[install][gui][datafolder]")
{
    testing::GuiFixture f; // a database outside the data folder, as with --demo or --db
    SettingsDialog dialog(*f.context);
    CHECK_FALSE(dialog.moveButton()->isEnabled());
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("moveDataFolder")) == dialog.moveButton());
}

TEST_CASE("The first start from the new folder offers to delete the old one, keeping it by "
          "default",
          "[install][gui][datafolder]")
{
    ClerkSetup c;
    const QString target = c.dir.path(QStringLiteral("new"));
    {
        QWidget owner;
        SettingsDialog dialog(*c.context, &owner);
        MessageBox::setNextAnswer(true);
        REQUIRE(dialog.moveDataFolder(target));
    }
    // The restart: the old database closes, the new one opens.
    c.context.reset();
    c.db.reset();
    auto reopened = Database::open(AppInfo::defaultDatabasePath(c.settings));
    REQUIRE_OK(reopened);
    Database &db = *reopened.value();
    REQUIRE(db.path() == target + QStringLiteral("/committee.db"));

    SECTION("keep (the default answer)")
    {
        gui::offerToRemovePreviousDataFolder(nullptr, db, c.settings);
        CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(c.oldFolder)));
        CHECK(QFile::exists(c.oldFolder + QStringLiteral("/committee.db")));
        CHECK(c.settings.previousDataFolder().isEmpty()); // asked once only
    }
    SECTION("delete")
    {
        MessageBox::setNextAnswer(true);
        gui::offerToRemovePreviousDataFolder(nullptr, db, c.settings);
        CHECK_FALSE(QFileInfo::exists(c.oldFolder));
        CHECK(c.settings.previousDataFolder().isEmpty());
    }
    CHECK(QFile::exists(target + QStringLiteral("/committee.db")));

    // Asked once: with nothing recorded, no question comes.
    MessageBox::setNextAnswer(true);
    gui::offerToRemovePreviousDataFolder(nullptr, db, c.settings);
    CHECK(QFile::exists(target + QStringLiteral("/committee.db")));
    CHECK(MessageBox::confirm(nullptr, {}, QStringLiteral("probe"), {})); // answer still unused
}
