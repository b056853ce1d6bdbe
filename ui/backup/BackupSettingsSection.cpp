#include "backup/BackupSettingsSection.h"

#include "common/AppSettings.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace committee::ui {

BackupSettingsSection::BackupSettingsSection(AppSettings &settings, const QString &databasePath,
                                             QWidget *parent)
    : QGroupBox(tr("Automatic backups"), parent), m_settings(settings),
      m_keepLast(new QSpinBox(this)), m_keepMonths(new QSpinBox(this))
{
    setObjectName(QStringLiteral("backupSettings"));
    m_keepLast->setObjectName(QStringLiteral("backupKeepLast"));
    m_keepLast->setRange(1, 100);
    m_keepLast->setValue(settings.backupKeepLast());
    m_keepMonths->setObjectName(QStringLiteral("backupKeepMonths"));
    m_keepMonths->setRange(0, 120);
    m_keepMonths->setSuffix(tr(" months"));
    m_keepMonths->setValue(settings.backupKeepMonths());

    auto *explanation = new QLabel(
        tr("Made when Committee Desk closes and once a day, with the attachments, in %1.")
            .arg(QDir::toNativeSeparators(Backup::defaultFolder(databasePath))),
        this);
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(tr("Keep the &newest:"), m_keepLast);
    form->addRow(tr("and one a month for:"), m_keepMonths);
}

void BackupSettingsSection::save()
{
    m_settings.setBackupKeepLast(m_keepLast->value());
    m_settings.setBackupKeepMonths(m_keepMonths->value());
}

} // namespace committee::ui
