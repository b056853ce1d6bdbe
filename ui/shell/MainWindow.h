#pragma once

#include "shell/AppContext.h"
#include "shell/AreaRegistry.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace committee::ui {

class Area;

// A thin shell: a sidebar of areas, the area being shown, menus and the status bar.
// Everything an area does lives in that area.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The committee's areas, or those given (a township overview has its own).
    MainWindow(AppContext &context, QWidget *parent = nullptr);
    MainWindow(AppContext &context, QList<AreaDescriptor> areas, QWidget *parent = nullptr);

    // Shows the area with this id, creating it on first use. Returns it, or nullptr.
    Area *showArea(const QString &id);
    QString currentAreaId() const;
    QListWidget *sidebar() const { return m_sidebar; }
    // Shows the area that keeps this record type and selects the record, or starts a new
    // one there with the given values.
    bool showRecord(const QString &typeId, qint64 id);
    bool startRecord(const QString &typeId, const QVariantMap &values);
    // Shows what is due now and on each new day (the app does this; tests do not).
    void startReminders();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateStatus();

    AppContext &m_context;
    QList<AreaDescriptor> m_descriptors;
    QList<Area *> m_areas; // nullptr until first shown
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
};

} // namespace committee::ui
