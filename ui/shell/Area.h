#pragma once

#include <QVariantMap>
#include <QWidget>

namespace committee::ui {

// A page of the main window, chosen in the sidebar.
class Area : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Called each time the area is shown, so it can pick up changes made elsewhere.
    virtual void activate() {}
    // Areas that keep records of a type show one, or start a new one with some values
    // filled in. Returns false when the area does not keep that type.
    virtual bool openRecord(const QString &typeId, qint64 id)
    {
        Q_UNUSED(typeId)
        Q_UNUSED(id)
        return false;
    }
    virtual bool newRecord(const QString &typeId, const QVariantMap &values)
    {
        Q_UNUSED(typeId)
        Q_UNUSED(values)
        return false;
    }

signals:
    // Asks the main window to show a record kept in another area (the dashboard does this).
    void openRecordRequested(const QString &typeId, qint64 id);
    void newRecordRequested(const QString &typeId, const QVariantMap &values);
};

} // namespace committee::ui
