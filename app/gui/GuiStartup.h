#pragma once

class QApplication;
class QWidget;

namespace committee::gui {

// Everything between "the process started" and "the main window is up": options, language,
// fonts, opening the database (with clear messages when it cannot be), and the first-start
// set-up. Returns the process exit code.
int run(QApplication &app);

// Brings the app forward for a second start (see SingleInstance): `mainWindow`, restored if
// it was minimised, and any dialog open in front of it. `mainWindow` may be null while the
// first-start set-up is still showing.
void bringForward(QWidget *mainWindow);

} // namespace committee::gui
