#include "areas/reference/DutyChecklistArea.h"

#include "records/RecordStore.h"
#include "reference/ReferenceTypes.h"
#include "widgets/EditionBar.h"
#include "widgets/RecordBrowser.h"

#include <QVBoxLayout>

namespace committee::ui {

DutyChecklistArea::DutyChecklistArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context),
      m_editions(new EditionBar(context.db, ListKind::Duties, this)),
      m_browser(new RecordBrowser(ReferenceTypes::dutyItem(),
                                  {.reorder = true, .restoreOfficial = true}, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editions);
    layout->addWidget(m_browser, 1);
    connect(m_editions, &EditionBar::editionChanged, this, &DutyChecklistArea::showEdition);
    showEdition(m_editions->currentEditionId());
}

DutyChecklistArea::~DutyChecklistArea() = default;

void DutyChecklistArea::showEdition(qint64 editionId)
{
    m_store = std::make_unique<RecordStore>(m_context.db, ReferenceTypes::dutyItem(), editionId);
    m_browser->setStore(m_store.get());
}

} // namespace committee::ui
