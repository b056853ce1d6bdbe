#pragma once

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include "common/AppSettings.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace testing {

// The GUI tests run the app as a clerk sees it: in Chinese, with no dialog left waiting.
void useChineseUi();

// A database with the lists loaded and the demo committee, plus settings in a scratch
// INI file, bundled as the context the main window and areas take.
struct GuiFixture {
    Scratch dir;
    std::unique_ptr<committee::Database> db;
    std::unique_ptr<committee::AppSettings> settings;
    std::unique_ptr<committee::ui::AppContext> context;

    GuiFixture();
    void reopen(); // closes and opens the database again, as a restart would
};

// Runs `step` on the next modal dialog once it is up (exec() blocks the test otherwise).
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog *)> step)
{
    QTimer::singleShot(0, [step] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        step(dialog);
    });
}

} // namespace testing
