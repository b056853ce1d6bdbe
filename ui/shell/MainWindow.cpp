#include "shell/MainWindow.h"

#include "areas/dashboard/Reminders.h"
#include "backup/BackupActions.h"
#include "committee/CommitteeProfile.h"
#include "common/AppSettings.h"
#include "exchange/ExportBundleDialog.h"
#include "shell/AboutDialog.h"
#include "shell/Area.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace committee::ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : MainWindow(context, builtInAreas(), parent)
{}

MainWindow::MainWindow(AppContext &context, QList<AreaDescriptor> areas, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_descriptors(std::move(areas)),
      m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Committee Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/committee-desk.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: #F4F6F7; border-right: 1px solid #D5D8DC; "
        "padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 9px 10px; margin: 1px 6px; border-radius: 6px; "
        "color: #1C2833; }"
        "QListWidget#sidebar::item:selected { background: #FADBD8; color: #922B21; }"
        "QListWidget#sidebar::item:hover:!selected { background: #EAEDED; }"));
    for (const AreaDescriptor &area : std::as_const(m_descriptors)) {
        auto *item = new QListWidgetItem(
            QIcon(area.icon), QCoreApplication::translate("committee::ui::Areas", area.title),
            m_sidebar);
        item->setData(Qt::UserRole, area.id);
        m_areas.append(nullptr);
        // A placeholder keeps stack and sidebar indices equal until the area is created.
        m_stack->addWidget(new QWidget(m_stack));
    }
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i) {
        widest = qMax(widest, fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    }
    // Text, icon, and the item's padding and margins from the style sheet.
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 70);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showArea(m_descriptors[row].id);
        }
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    updateStatus();

    if (!restoreGeometry(context.settings.windowGeometry())) {
        // Never past the screen's edge: at 150 % on a 1600×1000 screen there are only
        // about 1066×640 points to fill, less the taskbar and the window's frame.
        QSize size(1180, 760);
        if (const QScreen *screen = this->screen()) {
            size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
        }
        resize(size);
    }
    restoreState(context.settings.windowState());
    const QString last = context.settings.lastArea();
    if (!showArea(last.isEmpty() ? m_descriptors.first().id : last)) {
        showArea(m_descriptors.first().id);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings =
        file->addAction(QIcon(QStringLiteral(":/icons/area-settings.svg")), tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_context, this);
        dialog.exec();
    });
    // Only a committee's own database exports; an overview receives.
    if (m_descriptors.first().id != QLatin1String("township")) {
        QAction *exportBundle = file->addAction(tr("&Export for the township…"));
        exportBundle->setObjectName(QStringLiteral("exportBundle"));
        connect(exportBundle, &QAction::triggered, this, [this] {
            ExportBundleDialog dialog(m_context, QDate::currentDate(), this);
            dialog.exec();
        });
    }
    file->addSeparator();
    (new BackupActions(m_context, this))->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_descriptors.size(); ++i) {
        QAction *action = go->addAction(
            QIcon(m_descriptors[i].icon),
            QCoreApplication::translate("committee::ui::Areas", m_descriptors[i].title));
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        }
        const QString id = m_descriptors[i].id;
        connect(action, &QAction::triggered, this, [this, id] { showArea(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Committee Desk"));
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_context.db.path(), this);
        dialog.exec();
    });
}

void MainWindow::updateStatus()
{
    QString name;
    if (auto profile = CommitteeProfile(m_context.db).load(); profile && profile->has_value()) {
        name = profile->value().text(QStringLiteral("name"));
    }
    auto *label = new QLabel(
        name.isEmpty()
            ? QDir::toNativeSeparators(m_context.db.path())
            : QStringLiteral("%1 · %2").arg(name, QDir::toNativeSeparators(m_context.db.path())),
        this);
    label->setStyleSheet(QStringLiteral("color: #5D6D7E;"));
    statusBar()->addWidget(label);
}

Area *MainWindow::showArea(const QString &id)
{
    for (int i = 0; i < m_descriptors.size(); ++i) {
        if (m_descriptors[i].id != id) {
            continue;
        }
        if (!m_areas[i]) {
            m_areas[i] = m_descriptors[i].create(m_context, m_stack);
            m_areas[i]->setObjectName(id);
            connect(m_areas[i], &Area::openRecordRequested, this, &MainWindow::showRecord);
            connect(m_areas[i], &Area::newRecordRequested, this, &MainWindow::startRecord);
            QWidget *placeholder = m_stack->widget(i);
            m_stack->insertWidget(i, m_areas[i]);
            m_stack->removeWidget(placeholder);
            placeholder->deleteLater();
        } else {
            m_areas[i]->activate();
        }
        m_stack->setCurrentIndex(i);
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(i);
        m_context.settings.setLastArea(id);
        return m_areas[i];
    }
    return nullptr;
}

void MainWindow::startReminders()
{
    auto *reminders = new Reminders(m_context, this);
    connect(reminders, &Reminders::openDashboard, this,
            [this] { showArea(QStringLiteral("dashboard")); });
    // After the window is up, so the notice sits on top of it.
    QTimer::singleShot(500, reminders, [reminders] { reminders->check(QDate::currentDate()); });
}

bool MainWindow::showRecord(const QString &typeId, qint64 id)
{
    for (const AreaDescriptor &d : std::as_const(m_descriptors)) {
        if (d.recordTypes.contains(typeId)) {
            Area *area = showArea(d.id);
            return area && area->openRecord(typeId, id);
        }
    }
    return false;
}

bool MainWindow::startRecord(const QString &typeId, const QVariantMap &values)
{
    for (const AreaDescriptor &d : std::as_const(m_descriptors)) {
        if (d.recordTypes.contains(typeId)) {
            Area *area = showArea(d.id);
            return area && area->newRecord(typeId, values);
        }
    }
    return false;
}

QString MainWindow::currentAreaId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 ? m_descriptors[row].id : QString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings.setWindowGeometry(saveGeometry());
    m_context.settings.setWindowState(saveState());
    m_context.settings.sync();
    event->accept();
}

} // namespace committee::ui
