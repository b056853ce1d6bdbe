#include "exchange/ExportBundleDialog.h"

#include "common/Period.h"
#include "exchange/BundleExport.h"
#include "exchange/ExportTargets.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace committee::ui {

namespace {

constexpr int minimumPasswordLength = 8;

} // namespace

ExportBundleDialog::ExportBundleDialog(AppContext &context, const QDate &today, QWidget *parent)
    : QDialog(parent), m_context(context), m_today(today), m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_target(new QComboBox(this)),
      m_fileName(new QLineEdit(this)), m_sensitive(new QCheckBox(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export for the township"));
    setObjectName(QStringLiteral("ExportBundleDialog"));

    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Last quarter"), int(Period::LastQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Other dates"), int(Period::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The date and the calendar button, whatever the scaling.
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-10-01")) +
                              fontMetrics().height() * 3);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_target->setObjectName(QStringLiteral("target"));
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_sensitive->setObjectName(QStringLiteral("includeSensitive"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_sensitive->setText(tr("Include sensitive personal information (the whole bundle is then "
                            "encrypted with a password)"));
    m_problem->setStyleSheet(QStringLiteral("color: #B03A2E;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_period);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *where = new QHBoxLayout;
    where->addWidget(m_target, 1);
    auto *browse = new QPushButton(tr("Choose folder…"), this);
    where->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), dates);
    form->addRow(tr("Save to:"), where);
    form->addRow(tr("File name:"), m_fileName);
    form->addRow(QString(), m_sensitive);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);

    auto *note = new QLabel(
        tr("The bundle holds the period's records, the quarterly sheets and record books as "
           "PDF and the ledgers as XLSX, with a checksum for every file. The township can open "
           "the PDF and XLSX files without this app. Keep the password apart from the stick: "
           "an encrypted bundle cannot be opened without it."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #566573;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportBundleDialog::applyPeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportBundleDialog::suggestName);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportBundleDialog::suggestName);
    connect(m_fileName, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_sensitive, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEnabled(on);
        m_repeat->setEnabled(on);
    });
    connect(browse, &QPushButton::clicked, this, &ExportBundleDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (exportNow()) {
            accept();
        }
    });

    m_password->setEnabled(false);
    m_repeat->setEnabled(false);
    refillTargets();
    applyPeriod();
}

void ExportBundleDialog::applyPeriod()
{
    const auto period = Period(m_period->currentData().toInt());
    const Quarter quarter = Quarter::fromDate(m_today);
    switch (period) {
    case Period::ThisQuarter:
        m_from->setDate(quarter.first());
        m_to->setDate(quarter.last());
        break;
    case Period::LastQuarter:
        m_from->setDate(quarter.previous().first());
        m_to->setDate(quarter.previous().last());
        break;
    case Period::ThisYear:
        m_from->setDate(QDate(m_today.year(), 1, 1));
        m_to->setDate(QDate(m_today.year(), 12, 31));
        break;
    case Period::Custom:
        break;
    }
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    suggestName();
}

void ExportBundleDialog::refillTargets()
{
    m_target->clear();
    for (const ExportTarget &target : ExportTargets::available()) {
        m_target->addItem(target.label, target.path);
    }
}

void ExportBundleDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Where should the bundle go?"), m_target->currentData().toString());
    if (folder.isEmpty()) {
        return;
    }
    int index = m_target->findData(folder);
    if (index < 0) {
        m_target->insertItem(0, QDir::toNativeSeparators(folder), folder);
        index = 0;
    }
    m_target->setCurrentIndex(index);
}

void ExportBundleDialog::suggestName()
{
    if (m_nameEdited) {
        return;
    }
    if (auto name = BundleExport::suggestedFileName(m_context.db, m_from->date(), m_to->date())) {
        m_fileName->setText(name.value());
    }
}

QString ExportBundleDialog::targetPath() const
{
    QString name = m_fileName->text().trimmed();
    if (!name.endsWith(QLatin1String(".cdx"))) {
        name += QLatin1String(".cdx");
    }
    return QDir(m_target->currentData().toString()).filePath(name);
}

QString ExportBundleDialog::validationProblem() const
{
    if (m_to->date() < m_from->date()) {
        return tr("Period: the last day comes before the first.");
    }
    if (m_target->currentData().toString().isEmpty()) {
        return tr("Save to: choose a folder or a USB stick.");
    }
    if (m_fileName->text().trimmed().isEmpty() ||
        m_fileName->text().contains(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")))) {
        return tr("File name: give a name without \\ / : * ? \" < > |.");
    }
    if (m_sensitive->isChecked()) {
        if (m_password->text().size() < minimumPasswordLength) {
            return tr("Password: use at least %1 characters.").arg(minimumPasswordLength);
        }
        if (m_password->text() != m_repeat->text()) {
            return tr("Password again: the two passwords differ.");
        }
    }
    return {};
}

bool ExportBundleDialog::exportNow()
{
    m_lastError = validationProblem();
    m_problem->setText(m_lastError);
    m_problem->setVisible(!m_lastError.isEmpty());
    if (!m_lastError.isEmpty()) {
        return false;
    }
    const QString path = targetPath();
    if (QFileInfo::exists(path) &&
        !MessageBox::confirm(
            this, windowTitle(),
            tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
            tr("Replace"))) {
        return false;
    }
    BundleOptions options{m_from->date(), m_to->date(), m_sensitive->isChecked(),
                          m_sensitive->isChecked() ? m_password->text() : QString()};

    QProgressDialog progress(tr("Preparing the bundle…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Export runs on this thread (the database connection belongs to it); the progress
    // dialog's events are processed between steps, so the window stays responsive and
    // Cancel is heard.
    auto result = BundleExport::write(m_context.db, options, path,
                                      [&progress](int done, int total, const QString &step) {
                                          progress.setMaximum(total);
                                          progress.setValue(done);
                                          progress.setLabelText(step);
                                          QCoreApplication::processEvents();
                                          return !progress.wasCanceled();
                                      });
    progress.reset();
    if (!result) {
        if (result.error().kind == Error::Kind::Cancelled) {
            m_lastError = result.error().message;
            return false;
        }
        m_lastError = result.error().message;
        MessageBox::error(this, windowTitle(), m_lastError);
        return false;
    }
    MessageBox::information(this, windowTitle(),
                            tr("The bundle was written and checked: %1 (%2 files).")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(result->files.size()));
    return true;
}

} // namespace committee::ui
