#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

#include <memory>

namespace committee {
class RecordStore;
}

namespace committee::ui {

class RecordBrowser;
class RecordDetailView;

// 本委员会: the committee's profile and its members.
class CommitteeArea : public Area {
    Q_OBJECT
public:
    CommitteeArea(AppContext &context, QWidget *parent = nullptr);
    ~CommitteeArea() override;

    void activate() override;
    void editProfile();
    RecordBrowser *members() const { return m_members; }

private:
    AppContext &m_context;
    RecordDetailView *m_profile;
    RecordBrowser *m_members;
    std::unique_ptr<RecordStore> m_memberStore;
};

} // namespace committee::ui
