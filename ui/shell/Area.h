#pragma once

#include <QWidget>

namespace committee::ui {

// A page of the main window, chosen in the sidebar.
class Area : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Called each time the area is shown, so it can pick up changes made elsewhere.
    virtual void activate() {}
};

} // namespace committee::ui
