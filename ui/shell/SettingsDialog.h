#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace committee {
class AppSettings;
}

namespace committee::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language;
    QSpinBox *m_horizon;
};

} // namespace committee::ui
