#pragma once

class QApplication;

namespace committee::gui {

// Everything between "the process started" and "the main window is up": options, language,
// fonts, opening the database (with clear messages when it cannot be), and the first-start
// set-up. Returns the process exit code.
int run(QApplication &app);

} // namespace committee::gui
