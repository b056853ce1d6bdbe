#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

#include <QList>

#include <memory>
#include <vector>

class QTabWidget;

namespace committee {
struct RecordType;
class LedgerStore;
} // namespace committee

namespace committee::ui {

class RecordBrowser;

// An area of one or more ledger types, one tab each, every tab the same RecordBrowser
// pattern. Areas that need more (meetings and their agenda, totals) add to it.
class LedgerArea : public Area {
    Q_OBJECT
public:
    LedgerArea(AppContext &context, const QList<const RecordType *> &types,
               QWidget *parent = nullptr);
    ~LedgerArea() override;

    void activate() override;
    bool openRecord(const QString &typeId, qint64 id) override;
    bool newRecord(const QString &typeId, const QVariantMap &values) override;
    int tabCount() const { return int(m_browsers.size()); }
    RecordBrowser *browser(int tab = 0) const { return m_browsers.at(tab); }
    LedgerStore *store(int tab = 0) const { return m_stores.at(tab).get(); }

protected:
    AppContext &m_context;
    QTabWidget *m_tabs = nullptr;
    QList<RecordBrowser *> m_browsers;
    std::vector<std::unique_ptr<LedgerStore>> m_stores;
};

} // namespace committee::ui
