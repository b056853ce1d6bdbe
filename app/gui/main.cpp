// committee-desk: the desktop app.

#include "gui/GuiStartup.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return committee::gui::run(app);
}
