#include "documents/DocumentFontsSection.h"

#include "common/AppSettings.h"
#include "documents/fonts/DocumentFonts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace committee::ui {

DocumentFontsSection::DocumentFontsSection(AppSettings &settings, QWidget *parent)
    : QGroupBox(tr("Document fonts"), parent), m_settings(settings)
{
    setObjectName(QStringLiteral("documentFonts"));
    // One line per role, nothing wrapped: a wrapped label in a form row is cut off when
    // the dialog takes its size from its hint.
    auto *grid = new QGridLayout(this);
    auto *explanation = new QLabel(tr("GB/T 9704 faces where installed; only faces whose text "
                                      "can be searched in a PDF are offered."),
                                   this);
    grid->addWidget(explanation, 0, 0, 1, 3);
    const QStringList families = DocumentFonts::choosable();
    const DocumentFonts automatic = [] {
        // What each role gets without a choice of the clerk's.
        QHash<FontRole, QString> own;
        for (FontRole role : DocumentFonts::roles()) {
            own.insert(role, DocumentFonts::preferred(role));
            DocumentFonts::setPreferred(role, QString());
        }
        const DocumentFonts fonts = DocumentFonts::forPrinting();
        for (FontRole role : DocumentFonts::roles()) {
            DocumentFonts::setPreferred(role, own.value(role));
        }
        return fonts;
    }();
    int row = 1;
    for (FontRole role : DocumentFonts::roles()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("font-") + DocumentFonts::roleKey(role));
        combo->addItem(tr("Automatic (%1)").arg(automatic.families(role).value(0)), QString());
        for (const QString &family : families) {
            combo->addItem(family, family);
        }
        const int chosen = combo->findData(m_settings.documentFont(DocumentFonts::roleKey(role)));
        combo->setCurrentIndex(chosen > 0 ? chosen : 0);
        auto *status = new QLabel(this);
        status->setObjectName(QStringLiteral("font-status-") + DocumentFonts::roleKey(role));
        m_choosers.insert(role, combo);
        m_status.insert(role, status);
        auto *label = new QLabel(DocumentFonts::roleName(role) + QLatin1Char(':'), this);
        label->setBuddy(combo);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(status, row, 2);
        ++row;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, role] { showStatus(role); });
        showStatus(role);
    }
}

void DocumentFontsSection::showStatus(FontRole role)
{
    // What the documents would use with the choice shown, and whether it is the standard's.
    const QString previous = DocumentFonts::preferred(role);
    DocumentFonts::setPreferred(role, m_choosers.value(role)->currentData().toString());
    const QStringList families = DocumentFonts::forPrinting().families(role);
    DocumentFonts::setPreferred(role, previous);
    QLabel *label = m_status.value(role);
    if (families.isEmpty()) {
        label->setText(tr("No Chinese font is installed."));
        return;
    }
    const QString used = families.first();
    const bool official = DocumentFonts::isOfficial(role, used);
    label->setText(official ? tr("The standard face")
                            : tr("In place of %1").arg(DocumentFonts::officialFaceName(role)));
    label->setToolTip(tr("The documents use %1.").arg(used));
}

void DocumentFontsSection::save()
{
    for (FontRole role : DocumentFonts::roles()) {
        const QString family = m_choosers.value(role)->currentData().toString();
        m_settings.setDocumentFont(DocumentFonts::roleKey(role), family);
        DocumentFonts::setPreferred(role, family);
    }
}

} // namespace committee::ui
