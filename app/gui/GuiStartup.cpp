#include "gui/GuiStartup.h"

#include "committee/CommitteeProfile.h"
#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "reference/ReferenceLoader.h"
#include "shell/AppContext.h"
#include "shell/CommitteeSetupDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QIcon>
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
    int quitAfterMs = 0;
};

Options parseOptions(QApplication &app)
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
    parser.addOptions({db, demo, quitAfter});
    parser.process(app);

    Options options;
    options.demo = parser.isSet(demo);
    options.database = parser.value(db);
    if (options.database.isEmpty()) {
        options.database = options.demo
                               ? QDir(AppInfo::dataFolder()).filePath(QStringLiteral("demo.db"))
                               : AppInfo::defaultDatabasePath();
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
        return profile.save(DemoCommittee::profile(), DemoCommittee::members()).ok();
    }
    ui::CommitteeSetupDialog setup(db);
    return setup.exec() == QDialog::Accepted;
}

} // namespace

int run(QApplication &app)
{
    AppInfo::registerApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/committee-desk.svg")));
    AppSettings settings;
    AppInfo::installTranslators(settings.language());
    chooseFonts(app);
    const Options options = parseOptions(app);

    const QString title = QCoreApplication::translate("committee::gui", "Committee Desk");
    auto db = Database::open(options.database);
    if (!db) {
        ui::MessageBox::error(nullptr, title, db.error().message);
        return 1;
    }
    if (Status s = ReferenceLoader::ensureOfficialEditions(*db.value()); !s) {
        ui::MessageBox::error(nullptr, title, s.error().message);
        return 1;
    }
    if (!ensureProfile(*db.value(), options.demo)) {
        return 0; // the clerk cancelled the set-up; nothing to show yet
    }

    ui::AppContext context{*db.value(), settings};
    ui::MainWindow window(context);
    window.show();
    if (options.quitAfterMs > 0) {
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    }
    return app.exec();
}

} // namespace committee::gui
