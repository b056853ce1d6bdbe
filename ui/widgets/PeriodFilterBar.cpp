#include "widgets/PeriodFilterBar.h"

#include "records/FieldText.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>

namespace committee::ui {

PeriodFilterBar::PeriodFilterBar(const RecordType &type, QWidget *parent)
    : QWidget(parent), m_year(new QComboBox(this)), m_quarter(new QComboBox(this))
{
    m_year->setObjectName(QStringLiteral("year"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_year->addItem(tr("All years"), 0);
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear + 1; year >= 2018; --year) {
        m_year->addItem(QString::number(year), year);
    }
    m_quarter->addItem(tr("Whole year"), 0);
    for (int q = 1; q <= 4; ++q) {
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    }
    m_quarter->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_year);
    layout->addWidget(m_quarter);
    // Types without a date are filtered by their year field; quarters do not apply.
    m_quarter->setVisible(!type.dateKey.isEmpty());
    if (const FieldSpec *kind = type.kindKey.isEmpty() ? nullptr : type.field(type.kindKey)) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        m_kind->addItem(tr("All kinds"), QString());
        for (const Choice &choice : kind->choices) {
            m_kind->addItem(FieldText::typeName(choice.label), choice.value);
        }
        layout->addWidget(m_kind);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodFilterBar::changed);
    }
    layout->addStretch(1);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        m_quarter->setEnabled(m_year->currentData().toInt() > 0);
        if (!m_quarter->isEnabled()) {
            m_quarter->setCurrentIndex(0);
        }
        emit changed();
    });
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &PeriodFilterBar::changed);
}

RecordQuery PeriodFilterBar::query() const
{
    RecordQuery query;
    query.year = m_year->currentData().toInt();
    query.quarter = query.year > 0 ? m_quarter->currentData().toInt() : 0;
    query.kind = m_kind ? m_kind->currentData().toString() : QString();
    return query;
}

void PeriodFilterBar::setYear(int year)
{
    const int index = m_year->findData(year);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace committee::ui
