#include "GuiTestSupport.h"

#include "areas/audit/AuditLogArea.h"
#include "areas/audit/AuditLogModel.h"
#include "common/Clock.h"
#include "lock/AppLockGuard.h"
#include "lock/AppPasswordSection.h"
#include "lock/IdleWatcher.h"
#include "lock/LockScreen.h"
#include "lock/PasswordDialog.h"
#include "security/AppLock.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "storage/AuditLog.h"
#include "widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace committee;
using namespace committee::ui;

namespace {
const QString password = QStringLiteral("qingshan-2026");

void typePassword(LockScreen *screen, const QString &text)
{
    screen->passwordEdit()->setText(text);
    QTest::mouseClick(screen->unlockButton(), Qt::LeftButton);
}

// The newest audit entry's actor.
QString lastActor(Database &db)
{
    auto entries = AuditLog::query(db, {}, 1);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    return entries->first().actor;
}

// Clears the session member however a test ends, so later tests see the plain user.
struct SessionMemberReset {
    ~SessionMemberReset() { AuditLog::setSessionMember(QString()); }
};
} // namespace

TEST_CASE("The app opens locked, throttles wrong passwords and names the member who unlocked",
          "[gui][applock]")
{
    testing::GuiFixture f;
    SessionMemberReset reset;
    const QString osUser = AuditLog::currentActor();
    REQUIRE_OK(AppLock(*f.db).setPassword(password));
    MainWindow window(*f.context);
    window.show();
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(8, 30)));
    AppLockGuard guard(*f.context, window, clock);
    guard.start();

    REQUIRE(guard.isLocked());
    LockScreen *screen = guard.lockScreen();
    CHECK(screen->isVisible());
    CHECK(window.centralWidget()->isHidden());
    CHECK(screen->windowTitle() == QStringLiteral("村居工作台已锁定"));
    REQUIRE(screen->memberBox()->count() == 5);
    CHECK(screen->memberBox()->itemText(1) == QStringLiteral("王秀英（副主任）"));

    typePassword(screen, QStringLiteral("wrong"));
    CHECK(screen->message()->text() == QStringLiteral("密码不正确，请重试。"));
    typePassword(screen, QStringLiteral("wrong"));
    typePassword(screen, QStringLiteral("wrong"));
    // The third wrong password brings a wait, shown, with the input off until it is over.
    CHECK(screen->message()->text().contains(QStringLiteral("1 秒")));
    CHECK_FALSE(screen->passwordEdit()->isEnabled());
    CHECK_FALSE(screen->unlockButton()->isEnabled());
    CHECK(guard.isLocked());

    clock.set(clock.now().addSecs(1));
    screen->updateWait();
    REQUIRE(screen->passwordEdit()->isEnabled());
    CHECK(screen->unlockButton()->isEnabled());

    screen->memberBox()->setCurrentIndex(1);
    typePassword(screen, password);
    CHECK_FALSE(guard.isLocked());
    CHECK_FALSE(screen->isVisible());
    CHECK(window.centralWidget()->isVisible());

    // The next change names the clerk's account and the member who unlocked.
    REQUIRE_OK(AppLock(*f.db, clock).setIdleMinutes(20));
    CHECK(lastActor(*f.db) == osUser + QStringLiteral(" (王秀英)"));
}

TEST_CASE("The app locks itself after the idle time and unlocks again", "[gui][applock]")
{
    testing::GuiFixture f;
    SessionMemberReset reset;
    MainWindow window(*f.context);
    window.show();
    AppLockGuard guard(*f.context, window);
    // Milliseconds instead of minutes, so the test does not wait.
    guard.setIdleLimitForTesting(50);
    guard.idleWatcher()->setCheckInterval(10);
    guard.start();
    CHECK_FALSE(guard.isLocked()); // no password: never locks
    QTest::qWait(100);
    CHECK_FALSE(guard.isLocked());

    REQUIRE_OK(AppLock(*f.db).setPassword(password));
    guard.idleWatcher()->reset();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isLocked(), 5000);
    CHECK(window.centralWidget()->isHidden());

    guard.lockScreen()->memberBox()->setCurrentIndex(3);
    typePassword(guard.lockScreen(), password);
    CHECK_FALSE(guard.isLocked());
    CHECK(AuditLog::sessionMember() == QStringLiteral("陈敏"));
    // Idle again after the unlock: it locks again.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isLocked(), 5000);
}

TEST_CASE("Settings set, change and remove the app password", "[gui][applock]")
{
    testing::GuiFixture f;
    SettingsDialog dialog(*f.context);
    AppPasswordSection *section = dialog.passwordSection();
    REQUIRE(section);
    CHECK(section->title() == QStringLiteral("应用密码"));
    CHECK_FALSE(section->idleMinutes()->isEnabled());

    REQUIRE(section->setPassword(password));
    CHECK(AppLock(*f.db).isSet().value());
    CHECK(section->idleMinutes()->isEnabled());
    CHECK(section->idleMinutes()->value() == 10);

    CHECK_FALSE(section->changePassword(QStringLiteral("not-it"), QStringLiteral("new-pass")));
    CHECK(MessageBox::lastText() == QStringLiteral("当前密码不正确。"));
    REQUIRE(section->changePassword(password, QStringLiteral("new-pass")));

    section->idleMinutes()->setValue(30);
    dialog.accept();
    CHECK(AppLock(*f.db).idleMinutes().value() == 30);

    REQUIRE(section->removePassword(QStringLiteral("new-pass")));
    CHECK_FALSE(AppLock(*f.db).isSet().value());
    CHECK_FALSE(section->idleMinutes()->isEnabled());
}

TEST_CASE("The password dialog wants the current password and the new one twice alike",
          "[gui][applock]")
{
    testing::useChineseUi();
    PasswordDialog change(PasswordDialog::Mode::Change);
    change.show();
    change.accept();
    CHECK(change.isVisible());
    CHECK(change.findChild<QLabel *>(QStringLiteral("passwordProblem"))->text() ==
          QStringLiteral("请输入当前密码。"));
    change.currentEdit()->setText(QStringLiteral("old-pass"));
    change.newEdit()->setText(QStringLiteral("new-pass"));
    change.repeatEdit()->setText(QStringLiteral("new-pas"));
    change.accept();
    CHECK(change.isVisible());
    CHECK(change.findChild<QLabel *>(QStringLiteral("passwordProblem"))->text() ==
          QStringLiteral("两次输入的新密码不一致。"));
    change.repeatEdit()->setText(QStringLiteral("new-pass"));
    change.accept();
    CHECK(change.result() == QDialog::Accepted);
    CHECK(change.currentPassword() == QStringLiteral("old-pass"));
    CHECK(change.newPassword() == QStringLiteral("new-pass"));

    PasswordDialog set(PasswordDialog::Mode::Set);
    CHECK(set.currentEdit()->isHidden());
    PasswordDialog remove(PasswordDialog::Mode::Remove);
    CHECK(remove.newEdit()->isHidden());
    CHECK(remove.windowTitle() == QStringLiteral("删除应用密码"));
}

TEST_CASE("Escape does not unlock the app", "[gui][applock]")
{
    testing::GuiFixture f;
    REQUIRE_OK(AppLock(*f.db).setPassword(password));
    MainWindow window(*f.context);
    window.show();
    AppLockGuard guard(*f.context, window);
    guard.start();
    REQUIRE(guard.isLocked());
    QTest::keyClick(guard.lockScreen(), Qt::Key_Escape);
    guard.lockScreen()->close();
    CHECK(guard.isLocked());
    CHECK(guard.lockScreen()->isVisible());
    CHECK(window.centralWidget()->isHidden());
}

TEST_CASE("The audit log area filters the trail and exports it to Excel", "[gui][audit]")
{
    testing::GuiFixture f;
    const QList<AuditEntry> entries = {
        {QStringLiteral("meeting"), 41, QStringLiteral("insert"), QString(), QString(), QString(),
         QDateTime(QDate(2025, 1, 5), QTime(9, 0)), QStringLiteral("clerk")},
        {QStringLiteral("meeting"), 41, QStringLiteral("update"), QStringLiteral("topic"),
         QStringLiteral("旧议题"), QStringLiteral("新议题"),
         QDateTime(QDate(2025, 2, 10), QTime(9, 0)), QStringLiteral("clerk (王秀英)")},
        {QStringLiteral("meeting"), 42, QStringLiteral("insert"), QString(), QString(), QString(),
         QDateTime(QDate(2025, 2, 11), QTime(9, 0)), QStringLiteral("clerk")},
    };
    REQUIRE_OK(AuditLog::append(*f.db, entries));

    MainWindow window(*f.context);
    window.show();
    QStringList areas;
    for (int i = 0; i < window.sidebar()->count(); ++i) {
        areas << window.sidebar()->item(i)->text();
    }
    CHECK(areas.contains(QStringLiteral("审计日志")));
    auto *area = qobject_cast<AuditLogArea *>(window.showArea(QStringLiteral("audit")));
    REQUIRE(area);
    AuditLogModel *model = area->model();
    CHECK(model->headerData(AuditLogModel::When, Qt::Horizontal) == QStringLiteral("时间"));
    CHECK(area->table()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));

    const int meetingIndex = area->typeBox()->findData(QStringLiteral("meeting"));
    REQUIRE(meetingIndex > 0);
    CHECK(area->typeBox()->itemText(meetingIndex) == QStringLiteral("会议"));
    area->typeBox()->setCurrentIndex(meetingIndex);
    CHECK(model->total() == 3);

    area->recordEdit()->setText(QStringLiteral("41"));
    area->applyFilters();
    REQUIRE(model->rowCount() == 2);
    auto cell = [model](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    CHECK(cell(0, AuditLogModel::When) == QStringLiteral("2025-02-10 09:00:00"));
    CHECK(cell(0, AuditLogModel::Who) == QStringLiteral("clerk (王秀英)"));
    CHECK(cell(0, AuditLogModel::Type) == QStringLiteral("会议"));
    CHECK(cell(0, AuditLogModel::RecordNo) == QStringLiteral("41"));
    CHECK(cell(0, AuditLogModel::Action) == QStringLiteral("修改"));
    CHECK(cell(0, AuditLogModel::OldValue) == QStringLiteral("旧议题"));
    CHECK(cell(0, AuditLogModel::NewValue) == QStringLiteral("新议题"));
    CHECK(cell(1, AuditLogModel::Action) == QStringLiteral("新增"));

    area->recordEdit()->clear();
    area->fromEdit()->setDate(QDate(2025, 2, 1));
    area->toEdit()->setDate(QDate(2025, 2, 10));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(0, AuditLogModel::RecordNo) == QStringLiteral("41"));

    const QString path = f.dir.path(QStringLiteral("审计.xlsx"));
    REQUIRE(area->exportTo(path));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished());
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(strings.contains(QStringLiteral("<t>时间</t>")));
    CHECK(strings.contains(QStringLiteral("<t>会议</t>")));
    CHECK(strings.contains(QStringLiteral("<t>旧议题</t>")));
    CHECK(strings.contains(QStringLiteral("<t>clerk (王秀英)</t>")));
    // Only what the filters show: not the other meeting's insert of 11 February.
    CHECK_FALSE(strings.contains(QStringLiteral("2025-02-11")));
    CHECK_FALSE(strings.contains(QStringLiteral("2025-01-05")));
}

TEST_CASE("The audit log area reads a long trail a page at a time", "[gui][audit]")
{
    testing::GuiFixture f;
    QList<AuditEntry> entries;
    for (int i = 1; i <= 450; ++i) {
        entries.append({QStringLiteral("meeting"), 7, QStringLiteral("update"),
                        QStringLiteral("topic"), QString::number(i - 1), QString::number(i)});
    }
    REQUIRE_OK(AuditLog::append(*f.db, entries));
    AuditLogArea area(*f.context);
    area.typeBox()->setCurrentIndex(area.typeBox()->findData(QStringLiteral("meeting")));
    AuditLogModel *model = area.model();
    CHECK(model->total() == 450);
    CHECK(model->rowCount() == AuditLogModel::pageSize);
    CHECK(model->data(model->index(0, AuditLogModel::NewValue)).toString() ==
          QStringLiteral("450"));
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 400);
    model->fetchMore({});
    CHECK(model->rowCount() == 450);
    CHECK_FALSE(model->canFetchMore({}));
    CHECK(model->data(model->index(449, AuditLogModel::NewValue)).toString() ==
          QStringLiteral("1"));
}
