#include "gui/GuiStartup.h"

#include "gui/BackupStartup.h"
#include "gui/DataFolderPrompt.h"
#include "gui/SingleInstance.h"

#include "backup/BackupActions.h"
#include "committee/CommitteeProfile.h"
#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "documents/fonts/DocumentFonts.h"
#include "exchange/TownshipOverview.h"
#include "ledger/DemoData.h"
#include "lock/AppLockGuard.h"
#include "reference/ReferenceLoader.h"
#include "shell/AppContext.h"
#include "shell/CommitteeSetupDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QIcon>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace committee::gui {

namespace {

// Explicit families make the look the same on every machine: the fontconfig default for
// Han differs between distributions. Windows has Microsoft YaHei; UOS and Kylin ship
// Noto or WenQuanYi.
void chooseFonts(QApplication &app)
{
    QFont font = app.font();
    font.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans")});
    if (font.pointSizeF() < 10) {
        font.setPointSizeF(10);
    }
    app.setFont(font);
}

struct Options {
    QString database;
    bool demo = false;
    bool township = false; // open (or make) a township overview instead
    int quitAfterMs = 0;
    // The clerk's own database in a folder they moved it to. Such a folder can be on a
    // drive that is not connected; a new, empty database must not appear in its place.
    bool mustExist = false;
};

Options parseOptions(QApplication &app, const AppSettings &settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("committee::gui", "The office desk of a committee clerk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("committee::gui", "Open this database file."),
        QStringLiteral("file"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("committee::gui",
                                    "Open a demo database (demo.db in the data folder unless --db "
                                    "is given), filled with a sample committee."));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("committee::gui", "Close after this many milliseconds (for "
                                                      "automated checks)."),
        QStringLiteral("ms"));
    const QCommandLineOption township(
        QStringLiteral("township"),
        QCoreApplication::translate("committee::gui",
                                    "Open the township overview (township.db in the data folder "
                                    "unless --db is given), where the committees' bundles are "
                                    "imported; it is made when it does not exist yet."));
    parser.addOptions({db, demo, township, quitAfter});
    parser.process(app);

    Options options;
    options.demo = parser.isSet(demo);
    options.township = parser.isSet(township) && !options.demo;
    options.database = parser.value(db);
    if (options.database.isEmpty()) {
        const QDir folder(AppInfo::dataFolder(settings));
        options.database = options.demo       ? folder.filePath(QStringLiteral("demo.db"))
                           : options.township ? folder.filePath(QStringLiteral("township.db"))
                                              : AppInfo::defaultDatabasePath(settings);
        options.mustExist = !options.demo && !options.township && !settings.dataFolder().isEmpty();
    }
    options.quitAfterMs = parser.value(quitAfter).toInt();
    return options;
}

// The committee must be known before anything else makes sense.
bool ensureProfile(Database &db, bool demo)
{
    CommitteeProfile profile(db);
    auto existing = profile.load();
    if (existing && existing->has_value()) {
        return true;
    }
    if (demo) {
        // Three years of sample records, so every area has something to show.
        return DemoData::fill(db, 3, QDate::currentDate()).ok();
    }
    ui::CommitteeSetupDialog setup(db);
    return setup.exec() == QDialog::Accepted;
}

// The database as the clerk should see it, or the message to show instead.
Result<std::unique_ptr<Database>> openDatabase(const Options &options, const AppSettings &settings)
{
    OpenOptions open;
    open.createIfMissing = !options.mustExist;
    auto db = Database::open(options.database, open);
    if (!db && db.error().kind == Error::Kind::NotFound && options.mustExist) {
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate(
                             "committee::gui",
                             "Committee Desk keeps your data in %1 (chosen in Settings), but "
                             "there is no database there now. If that folder is on a USB stick "
                             "or a network drive, connect it and start Committee Desk again.")
                             .arg(QDir::toNativeSeparators(AppInfo::dataFolder(settings))));
    }
    return db;
}

// Everything from opening the database to the main window closing. The database and the
// window are gone when this returns, so a restart never meets this process's lock.
int runWindow(QApplication &app, const Options &options, AppSettings &settings)
{
    const QString title = QCoreApplication::translate("committee::gui", "Committee Desk");
    auto db = openDatabase(options, settings);
    if (!db && db.error().kind == Error::Kind::Corrupt) {
        if (!offerRestoreOfDamaged(options.database, db.error())) {
            return 1;
        }
        db = openDatabase(options, settings);
    }
    if (!db) {
        // Started again on a database that a window of ours has open: show that window.
        // When nobody answers (committee-desk-cli holds the lock), the message says so.
        if (db.error().kind == Error::Kind::Locked &&
            SingleInstance(options.database).activateRunning()) {
            return 0;
        }
        ui::MessageBox::error(nullptr, title, db.error().message);
        return 1;
    }
    SingleInstance instance(db.value()->path());
    QPointer<QWidget> mainWindow;
    instance.listen();
    QObject::connect(&instance, &SingleInstance::activationRequested, &instance,
                     [&mainWindow] { bringForward(mainWindow); });

    if (Status s = ReferenceLoader::ensureOfficialEditions(*db.value()); !s) {
        ui::MessageBox::error(nullptr, title, s.error().message);
        return 1;
    }
    // A township overview (asked for, or found) has no committee to set up.
    if (options.township && !TownshipOverview::isOverview(*db.value()).value_or(false)) {
        if (Status s = TownshipOverview(*db.value()).create(QString()); !s) {
            ui::MessageBox::error(nullptr, title, s.error().message);
            return 1;
        }
    }
    const bool township = TownshipOverview::isOverview(*db.value()).value_or(false);
    if (!township && !ensureProfile(*db.value(), options.demo)) {
        return 0; // the clerk cancelled the set-up; nothing to show yet
    }

    ui::AppContext context{*db.value(), settings};
    ui::MainWindow window(context, township ? ui::townshipAreas() : ui::builtInAreas());
    mainWindow = &window;
    window.show();
    // With an app password, the window opens locked and locks again when left idle.
    ui::AppLockGuard lock(context, window);
    lock.start();
    if (options.quitAfterMs == 0) { // automated checks want the window, not the notice
        if (!township) {            // what is due is a committee's; an overview has none of its own
            window.startReminders();
        }
        if (auto *backups = window.findChild<ui::BackupActions *>()) {
            backups->startAutomatic();
        }
        QTimer::singleShot(0, &window, [&window, &db] { checkAttachments(*db.value(), &window); });
    }
    // After a move of the data folder, once the copy has opened, the old one can go.
    QTimer::singleShot(0, &window, [&window, &db, &settings] {
        offerToRemovePreviousDataFolder(&window, *db.value(), settings);
    });
    if (options.quitAfterMs > 0) {
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    }
    const int code = app.exec();
    // Not before a restore (which keeps its own safety copy) or a restart from a moved
    // data folder, nor in automated checks.
    if (code == 0 && options.quitAfterMs == 0 && !ui::BackupActions::restoreIsRequested() &&
        !ui::SettingsDialog::restartRequested()) {
        backupOnExit(*db.value(), settings);
    }
    return code;
}

} // namespace

// A dialog open in front of the main window (the first-start set-up, or Settings) comes
// forward too; it would otherwise stay hidden behind other programs.
void bringForward(QWidget *mainWindow)
{
    for (QWidget *window : {mainWindow, QApplication::activeModalWidget()}) {
        if (!window) {
            continue;
        }
        if (window->isMinimized()) {
            window->setWindowState((window->windowState() & ~Qt::WindowMinimized) |
                                   Qt::WindowActive);
        }
        window->show();
        window->raise();
        window->activateWindow();
        // Desktops that refuse to let a program take the focus flash its taskbar entry
        // instead, so the clerk still sees where the window is.
        QApplication::alert(window);
    }
}

int run(QApplication &app)
{
    AppInfo::registerApplication();
    QGuiApplication::setDesktopFileName(AppInfo::desktopFileName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/committee-desk.svg")));
    AppSettings settings;
    AppInfo::installTranslators(settings.language());
    chooseFonts(app);
    DocumentFonts::usePreferences(settings);
    const Options options = parseOptions(app, settings);

    int code = runWindow(app, options, settings);
    // Restoring from the main window: it closed and released the database; restore, then
    // open the window again on the restored data.
    for (QString backup = ui::BackupActions::takeRequestedRestore(); code == 0 && !backup.isEmpty();
         backup = ui::BackupActions::takeRequestedRestore()) {
        if (!restoreRequested(options.database, backup)) {
            break;
        }
        code = runWindow(app, options, settings);
    }
    // Settings asked for a restart after moving the data folder. Started without
    // arguments, the new process opens the database from its new place.
    if (code == 0 && ui::SettingsDialog::restartRequested() &&
        !QProcess::startDetached(QCoreApplication::applicationFilePath(), {})) {
        ui::MessageBox::information(
            nullptr, QCoreApplication::translate("committee::gui", "Committee Desk"),
            QCoreApplication::translate("committee::gui",
                                        "Committee Desk could not start again by itself. Start "
                                        "it from the menu; it will open your data from the new "
                                        "folder."));
    }
    return code;
}

} // namespace committee::gui
