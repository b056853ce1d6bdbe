// The export dialog and the township overview, as a clerk and a township officer use them
// (in Chinese): a bad entry is named and nothing typed is lost; an export lands as a checked
// bundle; the overview imports it, asks for the password of an encrypted one and lists who
// has not sent anything.
#include "GuiTestSupport.h"

#include "areas/township/TownshipArea.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleReader.h"
#include "exchange/ExportBundleDialog.h"
#include "exchange/TownshipOverview.h"
#include "ledger/DemoData.h"
#include "widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QTableWidget>

using namespace committee;
using namespace committee::ui;

TEST_CASE("The export dialog names a bad entry, keeps what was typed, and writes a checked "
          "bundle",
          "[gui][bundle]")
{
    testing::useChineseUi();
    testing::GuiFixture f;
    REQUIRE_OK(DemoData::fill(*f.db, 1, QDate(2026, 11, 23)));
    ExportBundleDialog dialog(*f.context, QDate(2026, 11, 23));
    dialog.show();

    // This quarter by default, named after the committee and the quarter.
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("from"));
    auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("to"));
    CHECK(from->date() == QDate(2026, 10, 1));
    CHECK(to->date() == QDate(2026, 12, 31));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fileName"));
    CHECK(name->text().endsWith(QStringLiteral("-2026Q4.cdx")));

    // The target: a scratch folder chosen as if by the folder dialog.
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("target"));
    REQUIRE(target->count() >= 1);
    const QString folder = f.dir.path(QStringLiteral("stick"));
    QDir().mkpath(folder);
    target->insertItem(0, folder, folder);
    target->setCurrentIndex(0);

    // Sensitive fields with a short password: refused, naming the field, nothing lost.
    dialog.findChild<QCheckBox *>(QStringLiteral("includeSensitive"))->setChecked(true);
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatPassword"));
    password->setText(QStringLiteral("short"));
    repeat->setText(QStringLiteral("short"));
    CHECK_FALSE(dialog.exportNow());
    CHECK(dialog.lastError() == QStringLiteral("密码：至少需要 8 个字符。"));
    password->setText(QStringLiteral("村委会密码2026"));
    repeat->setText(QStringLiteral("村委会密码2025"));
    CHECK_FALSE(dialog.exportNow());
    CHECK(dialog.lastError().startsWith(QStringLiteral("再次输入密码")));
    CHECK(password->text() == QStringLiteral("村委会密码2026"));
    CHECK(QDir(folder).isEmpty());

    repeat->setText(QStringLiteral("村委会密码2026"));
    MessageBox::setAutomatic(true);
    REQUIRE(dialog.exportNow());
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("数据包已写入并核对无误")));
    auto bundle = BundleReader::readFile(dialog.targetPath(), QStringLiteral("村委会密码2026"));
    REQUIRE_OK(bundle);
    CHECK(bundle->encrypted);
    CHECK(bundle->manifest.from == QDate(2026, 10, 1));
}

TEST_CASE("The township overview imports bundles and names the committees still missing",
          "[gui][bundle][township]")
{
    testing::useChineseUi();
    testing::GuiFixture committee;
    REQUIRE_OK(DemoData::fill(*committee.db, 1, QDate(2026, 9, 30)));
    const QString plain = committee.dir.path(QStringLiteral("plain.cdx"));
    const QString sealed = committee.dir.path(QStringLiteral("sealed.cdx"));
    const BundleOptions quarter{QDate(2026, 7, 1), QDate(2026, 9, 30)};
    REQUIRE_OK(BundleExport::write(*committee.db, quarter, plain));
    BundleOptions secret = quarter;
    secret.includeSensitive = true;
    secret.password = QStringLiteral("镇街报送2026");
    REQUIRE_OK(BundleExport::write(*committee.db, secret, sealed));

    testing::Scratch dir;
    auto db = Database::open(dir.path(QStringLiteral("township.db")));
    REQUIRE_OK(db);
    REQUIRE_OK(TownshipOverview(*db.value()).create(QString()));
    AppContext context{*db.value(), *committee.settings};
    TownshipArea area(context);
    area.setQuarter(2026, 3);
    area.show();
    CHECK(area.table()->rowCount() == 0);

    MessageBox::setAutomatic(true);
    MessageBox::setNextText(QStringLiteral("龙井村村民委员会"));
    area.addCommittee();
    REQUIRE(area.table()->rowCount() == 1);
    CHECK(area.table()->item(0, 1)->text() == QStringLiteral("未报送"));

    REQUIRE(area.importBundle(plain));
    CHECK(MessageBox::lastText().contains(QStringLiteral("已导入")));
    REQUIRE(area.table()->rowCount() == 2);
    int received = 0;
    for (int r = 0; r < 2; ++r) {
        received += area.table()->item(r, 1)->text() == QStringLiteral("已报送");
    }
    CHECK(received == 1);

    // An encrypted bundle: a wrong password is refused with a message, the right one works
    // and replaces the earlier import of the same quarter.
    MessageBox::setNextText(QStringLiteral("猜一猜"));
    CHECK_FALSE(area.importBundle(sealed));
    CHECK(MessageBox::lastText().contains(QStringLiteral("密码不正确")));
    MessageBox::setNextText(QStringLiteral("镇街报送2026"));
    REQUIRE(area.importBundle(sealed));
    CHECK(MessageBox::lastText().contains(QStringLiteral("已替换先前的导入")));
    CHECK(TownshipOverview(*db.value()).submissions()->size() == 1);
    MessageBox::setAutomatic(false);
}

// Not run by default: COMMITTEE_KEEP_OUTPUT=DIR test_gui "[.screenshot]" saves a picture of
// the export dialog in Chinese, to look at.
TEST_CASE("Picture of the export dialog", "[.screenshot]")
{
    testing::useChineseUi();
    testing::GuiFixture f;
    ExportBundleDialog dialog(*f.context, QDate(2026, 11, 23));
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("includeSensitive"))->setChecked(true);
    QApplication::processEvents();
    const QString folder = qEnvironmentVariable("COMMITTEE_KEEP_OUTPUT");
    REQUIRE_FALSE(folder.isEmpty());
    CHECK(dialog.grab().save(folder + QStringLiteral("/export-dialog.png")));
}
