#include "shell/SettingsDialog.h"

#include "backup/BackupSettingsSection.h"
#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "documents/DocumentFontsSection.h"
#include "documents/DocumentTemplatesSection.h"
#include "lock/AppPasswordSection.h"
#include "shell/AppContext.h"
#include "storage/DataFolderMove.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace committee::ui {

namespace {
bool s_restartRequested = false;

// Keeps the busy cursor exactly as long as the copy runs, whichever way it ends.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};
} // namespace

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_language(new QComboBox(this)),
      m_horizon(new QSpinBox(this)), m_folder(new QLabel(this)),
      m_move(new QPushButton(tr("&Move data folder…"), this)),
      m_password(new AppPasswordSection(context.db, this))
{
    setWindowTitle(tr("Settings"));
    AppSettings &settings = context.settings;
    // Each language is named in itself, so a clerk can find theirs whatever is showing.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(settings.language()));
    m_horizon->setRange(1, 90);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setValue(settings.reminderHorizonDays());

    m_folder->setText(QDir::toNativeSeparators(QFileInfo(context.db.path()).absolutePath()));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_move->setObjectName(QStringLiteral("moveDataFolder"));
    // A demo, or a file opened with --db, is not where the clerk's data lives; moving it
    // would point the app at the wrong database from then on.
    const bool isDataFolder =
        QFileInfo(context.db.path()) == QFileInfo(AppInfo::defaultDatabasePath(settings));
    m_move->setEnabled(isDataFolder);
    m_move->setToolTip(isDataFolder
                           ? tr("Copy your data to another folder, check the copy, and work from "
                                "there from the next start.")
                           : tr("Only your own database can be moved. This window has another "
                                "file open (the demo, or a file given with --db)."));
    connect(m_move, &QPushButton::clicked, this, &SettingsDialog::chooseDataFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_move, 0, Qt::AlignTop);

    // The boxes scroll, the buttons stay: at 150 % on a small screen the whole form is taller
    // than the screen.
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Remind me of deadlines within:"), m_horizon);
    form->addRow(tr("Data folder:"), folderRow);
    form->addRow(m_password);
    m_backups = new BackupSettingsSection(settings, context.db.path(), this);
    form->addRow(m_backups);
    m_fonts = new DocumentFontsSection(settings, this);
    form->addRow(m_fonts);
    form->addRow(new DocumentTemplatesSection(context.db.path(), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the boxes with the scroll bar beside them, never cutting a button off.
    scroll->setMinimumWidth(content->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    QSize size(scroll->minimumWidth() + 24,
               content->sizeHint().height() + buttons->sizeHint().height() + 32);
    if (const QScreen *screen = this->screen()) {
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    }
    resize(size);
}

bool SettingsDialog::restartRequested()
{
    return s_restartRequested;
}

void SettingsDialog::setRestartRequested(bool requested)
{
    s_restartRequested = requested;
}

bool SettingsDialog::saveChoices()
{
    AppSettings &settings = m_context.settings;
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != settings.language();
    settings.setLanguage(language);
    settings.setReminderHorizonDays(m_horizon->value());
    m_backups->save();
    m_fonts->save();
    settings.sync();
    return languageChanged;
}

void SettingsDialog::accept()
{
    if (!m_password->save()) {
        return;
    }
    if (saveChoices()) {
        MessageBox::information(this, tr("Language"),
                                tr("The new language is used from the next start of Committee "
                                   "Desk."));
    }
    QDialog::accept();
}

void SettingsDialog::chooseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the new data folder"),
        QFileInfo(QFileInfo(m_context.db.path()).absolutePath()).absolutePath());
    if (!folder.isEmpty()) {
        moveDataFolder(folder);
    }
}

bool SettingsDialog::moveDataFolder(const QString &folder)
{
    const QString title = tr("Move data folder");
    const QString target = QDir::toNativeSeparators(QDir::cleanPath(folder));
    if (!MessageBox::confirm(
            this, title,
            tr("Move your data to %1?\n\nCommittee Desk copies the database, "
               "its backups and attachments there, checks the copy, and then restarts to work "
               "from the new folder. The old folder is kept; after the restart "
               "you can choose to delete it.")
                .arg(target),
            tr("Move and restart"))) {
        return false;
    }
    Result<DataFolderMove::Copied> moved = [&] {
        const BusyCursor busy;
        return DataFolderMove::moveTo(m_context.db, folder, m_context.settings);
    }();
    if (!moved) {
        MessageBox::error(this, title, moved.error().message);
        return false;
    }
    MessageBox::information(this, title,
                            tr("Your data was copied to %1 and checked: %2 tables with %3 "
                               "records, %4 backup copies and %5 attachments.\n\nCommittee Desk "
                               "now closes and starts again from the new folder.")
                                .arg(QDir::toNativeSeparators(moved->folder))
                                .arg(moved->tables)
                                .arg(moved->rows)
                                .arg(moved->backupFiles)
                                .arg(moved->attachments));
    // Anything else changed in this dialog is kept too; the restart shows the language.
    saveChoices();
    setRestartRequested(true);
    QDialog::accept();
    // The main window closes after this dialog has returned, so that its own closing
    // (saving the window layout) runs as usual; then start-up restarts the app.
    if (QWidget *owner = parentWidget()) {
        QTimer::singleShot(0, owner->window(), &QWidget::close);
    }
    return true;
}

} // namespace committee::ui
