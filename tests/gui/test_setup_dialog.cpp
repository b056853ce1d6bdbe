#include "GuiTestSupport.h"

#include "committee/CommitteeProfile.h"
#include "shell/CommitteeSetupDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordForm.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace committee;
using namespace committee::ui;

TEST_CASE("The first-start set-up saves a committee, with the demo choice", "[gui][setup]")
{
    testing::useChineseUi();
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("setup.db")));
    CommitteeSetupDialog dialog(*db);
    dialog.show();
    auto *demo = dialog.findChild<QPushButton *>(QStringLiteral("demo"));
    REQUIRE(demo);
    CHECK(demo->text() == QStringLiteral("填入示例委员会"));
    QTest::mouseClick(demo, Qt::LeftButton);
    CHECK(dialog.membersTable()->rowCount() == 5);

    // A bad phone number is refused with the row named, and nothing typed is lost.
    dialog.membersTable()->item(3, 2)->setText(QStringLiteral("1390000"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(MessageBox::lastText().contains(QStringLiteral("4")));
    CHECK(dialog.membersTable()->item(3, 2)->text() == QStringLiteral("1390000"));
    CHECK_FALSE(CommitteeProfile(*db).load().value().has_value());

    dialog.membersTable()->item(3, 2)->setText(QStringLiteral("13900000104"));
    auto *name = qobject_cast<QLineEdit *>(dialog.form()->editor(QStringLiteral("name")));
    REQUIRE(name);
    name->clear();
    testing::commitText(name, QStringLiteral("双龙村村民委员会"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto profile = CommitteeProfile(*db).load().value();
    REQUIRE(profile.has_value());
    CHECK(profile->text(QStringLiteral("name")) == QStringLiteral("双龙村村民委员会"));
    CHECK(CommitteeProfile(*db).members().value().size() == 5);
}
