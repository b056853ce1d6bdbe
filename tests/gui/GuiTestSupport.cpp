#include "GuiTestSupport.h"

#include "committee/CommitteeProfile.h"
#include "common/AppInfo.h"
#include "widgets/MessageBox.h"

#include <catch2/catch.hpp>

namespace testing {

void useChineseUi()
{
    static bool installed = false;
    if (!installed) {
        REQUIRE(committee::AppInfo::installTranslators(QStringLiteral("zh_CN")));
        installed = true;
    }
    committee::ui::MessageBox::setAutomatic(true);
}

GuiFixture::GuiFixture()
{
    useChineseUi();
    db = openSeeded(dir.path(QStringLiteral("gui.db")));
    REQUIRE(committee::CommitteeProfile(*db)
                .save(committee::DemoCommittee::profile(), committee::DemoCommittee::members())
                .ok());
    settings = std::make_unique<committee::AppSettings>(dir.path(QStringLiteral("settings.ini")));
    context =
        std::make_unique<committee::ui::AppContext>(committee::ui::AppContext{*db, *settings});
}

void GuiFixture::reopen()
{
    context.reset();
    db.reset();
    auto reopened = committee::Database::open(dir.path(QStringLiteral("gui.db")));
    REQUIRE(reopened.ok());
    db = std::move(reopened.value());
    context =
        std::make_unique<committee::ui::AppContext>(committee::ui::AppContext{*db, *settings});
}

} // namespace testing
