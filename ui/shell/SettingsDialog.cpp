#include "shell/SettingsDialog.h"

#include "common/AppSettings.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace committee::ui {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_horizon(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    // Each language is named in itself, so a clerk can find theirs whatever is showing.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(settings.language()));
    m_horizon->setRange(1, 90);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setValue(settings.reminderHorizonDays());

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Remind me of deadlines within:"), m_horizon);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setReminderHorizonDays(m_horizon->value());
    m_settings.sync();
    if (languageChanged) {
        MessageBox::information(this, tr("Language"),
                                tr("The new language is used from the next start of Committee "
                                   "Desk."));
    }
    QDialog::accept();
}

} // namespace committee::ui
