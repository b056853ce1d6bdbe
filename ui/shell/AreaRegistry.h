#pragma once

#include "shell/AppContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace committee::ui {

class Area;

// The sidebar's areas in order. Adding an area is one entry here (see BuiltInAreas.cpp):
// an id for the settings, a title, an icon and a factory; the main window does the rest
// and creates each area only when it is first opened.
struct AreaDescriptor {
    QString id;
    const char *title; // English source, context "committee::ui::Areas"
    QString icon;
    std::function<Area *(AppContext &, QWidget *parent)> create;
    QStringList recordTypes = {}; // record types kept here, so other areas can link to them
};

QList<AreaDescriptor> builtInAreas();
// A township overview (镇街) shows only its own area.
QList<AreaDescriptor> townshipAreas();

} // namespace committee::ui
