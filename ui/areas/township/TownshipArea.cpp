#include "areas/township/TownshipArea.h"

#include "areas/reports/DocumentActions.h"
#include "common/Period.h"
#include "exchange/BundleReader.h"
#include "exchange/TownshipOverview.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace committee::ui {

namespace {

enum Column { Name, Received, SheetStatus, BundleFile, ImportedAt, ColumnCount };

} // namespace

TownshipArea::TownshipArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)), m_heading(new QLabel(this)),
      m_year(new QSpinBox(this)), m_quarter(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("TownshipArea"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    const QDate today = QDate::currentDate();
    m_year->setRange(kFirstYear, kLastYear);
    m_year->setValue(today.year());
    for (int q = 1; q <= 4; ++q) {
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    }
    m_quarter->setCurrentIndex(Quarter::fromDate(today).number() - 1);

    m_table->setObjectName(QStringLiteral("committees"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Committee"), tr("Bundle"), tr("Quarterly sheet"), tr("File"), tr("Imported")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);

    auto *importButton = new QPushButton(tr("Import bundle…"), this);
    importButton->setObjectName(QStringLiteral("importBundle"));
    auto *addButton = new QPushButton(tr("Add committee…"), this);
    m_documents = new DocumentActions(
        m_context, *m_printer,
        [this]() -> std::optional<DocumentActions::Target> {
            DocumentRequest request;
            request.year = m_year->value();
            request.quarter = m_quarter->currentData().toInt();
            return DocumentActions::Target{QStringLiteral("township-quarterly"), request};
        },
        this);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Year:"), this));
    period->addWidget(m_year);
    period->addWidget(m_quarter);
    period->addStretch();
    period->addWidget(importButton);
    period->addWidget(addButton);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(new QLabel(tr("Township summary (附件2 汇总):"), this));
    summaryRow->addWidget(m_documents);
    summaryRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(m_heading);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(summaryRow);

    connect(m_year, &QSpinBox::valueChanged, this, &TownshipArea::refresh);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &TownshipArea::refresh);
    connect(importButton, &QPushButton::clicked, this, &TownshipArea::chooseAndImport);
    connect(addButton, &QPushButton::clicked, this, &TownshipArea::addCommittee);
    refresh();
}

TownshipArea::~TownshipArea() = default;

void TownshipArea::activate()
{
    refresh();
}

void TownshipArea::setQuarter(int year, int quarter)
{
    m_year->setValue(year);
    m_quarter->setCurrentIndex(quarter - 1);
    refresh();
}

void TownshipArea::refresh()
{
    TownshipOverview overview(m_context.db);
    auto name = overview.township();
    const QString township = name ? name.value() : QString();
    m_heading->setText(township.isEmpty() ? tr("Township overview")
                                          : tr("Township overview: %1").arg(township));
    const int year = m_year->value();
    const int quarter = m_quarter->currentData().toInt();
    auto rows = overview.quarterlySheets(year, quarter);
    auto submissions = overview.submissions();
    if (!rows || !submissions) {
        m_summary->setText((rows ? submissions.error() : rows.error()).message);
        return;
    }
    const QDate start = Quarter(year, quarter).first();
    const QDate end = Quarter(year, quarter).last();
    m_table->setRowCount(int(rows->size()));
    QStringList missing;
    for (int r = 0; r < rows->size(); ++r) {
        const TownshipOverview::SheetRow &row = rows->at(r);
        // The newest import covering the quarter, for its file name and time.
        const TownshipOverview::Submission *latest = nullptr;
        for (const TownshipOverview::Submission &s : submissions.value()) {
            if (s.committeeUid == row.committee.uid && s.from <= start && s.to >= end &&
                (!latest || s.importedAt > latest->importedAt)) {
                latest = &s;
            }
        }
        auto *name = new QTableWidgetItem(row.committee.name);
        auto *received = new QTableWidgetItem(row.bundleReceived ? tr("Received") : tr("Missing"));
        if (!row.bundleReceived) {
            received->setForeground(QColor(0xB0, 0x3A, 0x2E));
            missing << row.committee.name;
        }
        auto *sheet = new QTableWidgetItem(
            row.submitted ? row.status : (row.bundleReceived ? tr("Not included") : QString()));
        m_table->setItem(r, Name, name);
        m_table->setItem(r, Received, received);
        m_table->setItem(r, SheetStatus, sheet);
        m_table->setItem(r, BundleFile,
                         new QTableWidgetItem(latest ? latest->bundleName : QString()));
        m_table->setItem(r, ImportedAt,
                         new QTableWidgetItem(latest ? latest->importedAt.toString(
                                                           QStringLiteral("yyyy-MM-dd HH:mm"))
                                                     : QString()));
    }
    m_summary->setText(
        rows->isEmpty()
            ? tr("No committees yet: import their bundles, or add the committees you expect.")
        : missing.isEmpty()
            ? tr("All %1 committees have sent this quarter's bundle.").arg(rows->size())
            : tr("%1 of %2 committees have sent this quarter's bundle. Missing: %3.")
                  .arg(rows->size() - missing.size())
                  .arg(rows->size())
                  .arg(missing.join(tr(", "))));
}

void TownshipArea::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a committee's bundle"),
                                                      QDir::homePath(), tr("Bundles (*.cdx)"));
    if (!path.isEmpty()) {
        importBundle(path);
    }
}

bool TownshipArea::importBundle(const QString &path)
{
    const QString title = tr("Import bundle");
    QString password;
    if (BundleReader::isEncryptedFile(path)) {
        password = MessageBox::askPassword(
            this, title, tr("%1 is encrypted. Its password:").arg(QFileInfo(path).fileName()));
        if (password.isEmpty()) {
            return false;
        }
    }
    auto bundle = BundleReader::readFile(path, password);
    if (!bundle) {
        MessageBox::error(
            this, title,
            tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), bundle.error().message));
        return false;
    }
    auto outcome =
        TownshipOverview(m_context.db).import(bundle.value(), QFileInfo(path).fileName());
    if (!outcome) {
        MessageBox::error(this, title, outcome.error().message);
        return false;
    }
    const BundleManifest &m = bundle->manifest;
    MessageBox::information(
        this, title,
        (outcome->replaced ? tr("%1, %2 to %3: replaced the earlier import (%4 records).")
                           : tr("%1, %2 to %3: imported (%4 records)."))
            .arg(m.committeeName, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate))
            .arg(outcome->submission.records));
    refresh();
    return true;
}

void TownshipArea::addCommittee()
{
    const QString name = MessageBox::askText(this, tr("Add committee"),
                                             tr("Name of the village or community committee:"));
    if (name.isEmpty()) {
        return;
    }
    if (Status s = TownshipOverview(m_context.db).addCommittee(name, QString()); !s) {
        MessageBox::error(this, tr("Add committee"), s.error().message);
        return;
    }
    refresh();
}

} // namespace committee::ui
