#include "GuiTestSupport.h"

#include "areas/dashboard/DashboardArea.h"
#include "areas/dashboard/EditionOffer.h"
#include "areas/dashboard/Reminders.h"
#include "areas/ledger/MeetingsArea.h"
#include "committee/CommitteeProfile.h"
#include "ledger/DemoData.h"
#include "ledger/LedgerTypes.h"
#include "ledger/RecordLinks.h"
#include "obligations/ObligationOverview.h"
#include "obligations/ObligationService.h"
#include "reference/Editions.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordEditorDialog.h"
#include "widgets/RecordForm.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace committee;
using namespace committee::ui;
using State = ObligationStatus::State;

TEST_CASE("The dashboard lists what is overdue first and opens its evidence", "[gui][dashboard]")
{
    testing::GuiFixture f;
    REQUIRE_OK(DemoData::fill(*f.db, 2, QDate::currentDate()));
    MainWindow window(*f.context);
    window.show();
    auto *dashboard = qobject_cast<DashboardArea *>(window.showArea(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    QTreeWidget *attention = dashboard->attention();
    REQUIRE(attention->topLevelItemCount() > 5);
    // Rows are ordered by urgency: nothing overdue after something that is not.
    bool seenOther = false;
    for (int i = 0; i < attention->topLevelItemCount(); ++i) {
        const QString where = attention->topLevelItem(i)->text(1);
        const bool overdue = where.startsWith(QStringLiteral("已逾期"));
        CHECK_FALSE((overdue && seenOther));
        seenOther = seenOther || !overdue;
    }
    // Progress per task: all eight key tasks are listed.
    CHECK(dashboard->progress()->topLevelItemCount() == 8);

    // An obligation with evidence opens its latest record in its own area.
    const auto &statuses = dashboard->statuses();
    const auto withEvidence =
        std::find_if(statuses.begin(), statuses.end(), [](const ObligationStatus &s) {
            return s.obligation.code == QLatin1String("consultation_meetings") &&
                   !s.evidence.isEmpty();
        });
    if (withEvidence != statuses.end()) {
        dashboard->follow(*withEvidence);
        CHECK(window.currentAreaId() == QStringLiteral("meetings"));
        auto *meetings = qobject_cast<MeetingsArea *>(window.showArea(QStringLiteral("meetings")));
        CHECK(meetings->browser()->currentId() == withEvidence->evidence.constLast().id);
    }

    // One with nothing yet starts the record, with its kind filled in.
    ObligationStatus missing = statuses.first();
    missing.evidence.clear();
    missing.obligation.evidence.type = QStringLiteral("meeting");
    missing.obligation.evidence.equals = {{QStringLiteral("kind"), QStringLiteral("villagers")}};
    missing.obligation.measureNumber = 3;
    missing.obligation.dutyNumber = 0;
    QString prefilledKind;
    testing::whenDialogOpens<RecordEditorDialog>([&](RecordEditorDialog *dialog) {
        prefilledKind = qobject_cast<QComboBox *>(dialog->form()->editor(QStringLiteral("kind")))
                            ->currentData()
                            .toString();
        testing::commitText(
            qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("topic"))),
            QStringLiteral("年中居民会议"));
        dialog->accept();
    });
    window.showArea(QStringLiteral("dashboard"));
    dashboard->follow(missing);
    CHECK(prefilledKind == QStringLiteral("villagers"));
    // The new meeting is linked to measure 3, which the obligation serves.
    auto *meetingsArea = qobject_cast<MeetingsArea *>(window.showArea(QStringLiteral("meetings")));
    const qint64 created = meetingsArea->browser()->currentId();
    REQUIRE(created > 0);
    const auto links = RecordLinks(*f.db).list(QStringLiteral("meeting"), created).value();
    REQUIRE(links.size() == 1);
    CHECK(links.first().number == 3);
}

TEST_CASE("Reminders list what is due, and snoozed or dismissed lines stay away",
          "[gui][reminders]")
{
    testing::GuiFixture f;
    const QString ini = f.dir.path(QStringLiteral("reminders.ini"));
    const QDate day(2024, 3, 25); // a week before the quarter ends, nothing recorded
    int first = 0;
    QStringList codes;
    {
        Reminders reminders(*f.context, nullptr, ini);
        first = reminders.check(day);
        REQUIRE(first > 0);
        CHECK(reminders.isVisible());
        for (const ObligationStatus &s : reminders.shown()) {
            CHECK((s.state == State::Overdue || s.state == State::DueSoon));
            codes << s.obligation.code;
        }
        REQUIRE(codes.contains(QStringLiteral("consultation_meetings")));
        reminders.snooze(QStringLiteral("consultation_meetings"), day);
        reminders.dismiss(codes.first() == QLatin1String("consultation_meetings") ? codes.last()
                                                                                  : codes.first());
        CHECK(reminders.shown().size() == first - 2);
    }
    Reminders again(*f.context, nullptr, ini);
    CHECK(again.check(day) == first - 2);            // remembered across a restart
    CHECK(again.check(day.addDays(3)) >= first - 1); // the snooze is over on the third day
}

TEST_CASE("Measure progress counts the quarter's obligations and linked records", "[dashboard]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("p.db")));
    REQUIRE_OK(DemoData::fill(*db, 1, QDate(2024, 6, 30)));
    const QDate day(2024, 6, 30);
    auto statuses = ObligationService(*db).statusOn(day);
    REQUIRE_OK(statuses);
    auto tasks = ObligationOverview::progress(*db, statuses.value(), day);
    REQUIRE_OK(tasks);
    REQUIRE(tasks->size() == 8);
    const auto &consultation = tasks->at(5); // 深化村 (居) 议事协商
    const auto measure19 = std::find_if(consultation.measures.begin(), consultation.measures.end(),
                                        [](const auto &m) { return m.number == 19; });
    REQUIRE(measure19 != consultation.measures.end());
    CHECK(measure19->applicable == 1);
    CHECK(measure19->done == 1); // two consultation meetings in Q2 of the demo
    auto days = ObligationOverview::calendar(*db, {}, 2024);
    REQUIRE_OK(days);
    int meetingDays = 0;
    for (auto it = days->cbegin(); it != days->cend(); ++it) {
        meetingDays += it.value().meetings.isEmpty() ? 0 : 1;
        CHECK((it.value().meetings.isEmpty() || it.key() <= day));
    }
    CHECK(meetingDays >= 12); // half a year of monthly joint meetings and more
}

TEST_CASE("The home page offers this year's edition of an older key-task list", "[gui][dashboard]")
{
    testing::GuiFixture f;
    MainWindow window(*f.context);
    window.show();
    auto *dashboard = qobject_cast<DashboardArea *>(window.showArea(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    const int year = QDate::currentDate().year();
    EditionOffer *offer = dashboard->editionOffer();
    // The list loaded on the first start is the 2023 one; later years get the band.
    REQUIRE(year > 2023);
    CHECK(offer->isVisible());
    CHECK(offer->makeButton()->text().contains(QString::number(year)));

    // Declined: nothing is made and the band stays.
    MessageBox::setNextAnswer(false);
    offer->makeButton()->click();
    CHECK(Editions(*f.db).list(ListKind::Tasks)->size() == 1);
    CHECK(offer->isVisible());

    MessageBox::setNextAnswer(true);
    offer->makeButton()->click();
    auto made = Editions(*f.db).forYear(ListKind::Tasks, year);
    REQUIRE_OK(made);
    CHECK(made->year == year);
    CHECK(made->current);
    CHECK_FALSE(made->official);
    CHECK(made->title ==
          QStringLiteral("健全党组织领导的基层群众自治机制%1年重点任务清单").arg(year));
    // With this year's list in force the band is gone, also after a refresh.
    dashboard->refresh();
    CHECK_FALSE(offer->isVisible());
}

TEST_CASE("The home page says when the committee's term has ended", "[gui][dashboard]")
{
    testing::GuiFixture f;
    const QDate today = QDate::currentDate();
    auto setTermEnd = [&](const QDate &end) {
        Record profile = DemoCommittee::profile();
        profile.values.insert(QStringLiteral("term_end"), end);
        REQUIRE_OK(CommitteeProfile(*f.db).save(profile, DemoCommittee::members()));
    };
    setTermEnd(today);
    MainWindow window(*f.context);
    window.show();
    auto *dashboard = qobject_cast<DashboardArea *>(window.showArea(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    CHECK_FALSE(dashboard->termNotice()->isVisible()); // its last day: still in office

    setTermEnd(today.addDays(-1));
    dashboard->refresh();
    CHECK(dashboard->termNotice()->isVisible());
    CHECK(dashboard->termNotice()->text().contains(
        QStringLiteral("桂花湾社区居民委员会（%1届满）")
            .arg(today.addDays(-1).toString(Qt::ISODate))));
}
