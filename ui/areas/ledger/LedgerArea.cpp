#include "areas/ledger/LedgerArea.h"

#include "ledger/LedgerStore.h"
#include "records/FieldText.h"
#include "widgets/RecordBrowser.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace committee::ui {

LedgerArea::LedgerArea(AppContext &context, const QList<const RecordType *> &types, QWidget *parent)
    : Area(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    if (types.size() > 1) {
        m_tabs = new QTabWidget(this);
        layout->addWidget(m_tabs);
    }
    for (const RecordType *type : types) {
        m_stores.push_back(std::make_unique<LedgerStore>(context.db, *type));
        auto *browser = new RecordBrowser(*type, {}, this, &context.db);
        browser->setObjectName(type->id);
        browser->setStore(m_stores.back().get());
        m_browsers.append(browser);
        if (m_tabs) {
            m_tabs->addTab(browser, FieldText::typeName(type->plural));
        } else {
            layout->addWidget(browser);
        }
    }
}

LedgerArea::~LedgerArea() = default;

void LedgerArea::activate()
{
    // Records elsewhere (e.g. the meetings a decision links to) may have changed.
    for (RecordBrowser *browser : std::as_const(m_browsers)) {
        browser->reload();
    }
}

} // namespace committee::ui
