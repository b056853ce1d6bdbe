#include "areas/ledger/LedgerArea.h"

#include "ledger/LedgerStore.h"
#include "ledger/RecordLinks.h"
#include "records/FieldText.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"

#include <QLineEdit>

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

bool LedgerArea::openRecord(const QString &typeId, qint64 id)
{
    for (int i = 0; i < m_browsers.size(); ++i) {
        if (m_stores[size_t(i)]->type().id != typeId) {
            continue;
        }
        if (m_tabs) {
            m_tabs->setCurrentIndex(i);
        }
        RecordBrowser *browser = m_browsers[i];
        browser->filterEdit()->clear();
        if (PeriodFilterBar *period = browser->periodFilter()) {
            period->setYear(0); // show every year, so the record is in the list
        }
        browser->reload();
        browser->selectId(id);
        return browser->currentId() == id;
    }
    return false;
}

bool LedgerArea::newRecord(const QString &typeId, const QVariantMap &values)
{
    for (int i = 0; i < m_browsers.size(); ++i) {
        if (m_stores[size_t(i)]->type().id == typeId) {
            if (m_tabs) {
                m_tabs->setCurrentIndex(i);
            }
            const qint64 id = m_browsers[i]->addRecord(values);
            // The new record serves the measure or checklist item it was started for.
            const int measure = values.value(QStringLiteral("_link_measure")).toInt();
            const int duty = values.value(QStringLiteral("_link_duty")).toInt();
            if (id > 0 && (measure > 0 || duty > 0)) {
                RecordLinks links(m_context.db);
                QList<RecordLink> chosen;
                for (const RecordLink &c : links.candidates().value()) {
                    if ((c.targetTable == QLatin1String("measure") && c.number == measure) ||
                        (c.targetTable == QLatin1String("duty_item") && c.number == duty)) {
                        chosen << c;
                    }
                }
                (void)links.set(m_stores[size_t(i)]->type().table, id, chosen);
                m_browsers[i]->reload();
            }
            return true;
        }
    }
    return false;
}

} // namespace committee::ui
