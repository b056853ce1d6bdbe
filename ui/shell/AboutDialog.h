#pragma once

#include <QDialog>

namespace committee::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace committee::ui
