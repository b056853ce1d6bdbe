#include "widgets/RecordDetailView.h"

#include "records/FieldText.h"
#include "records/RecordRepository.h"

#include <QUrl>

namespace committee::ui {

namespace {
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

RecordDetailView::RecordDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("attachment")) {
            emit attachmentClicked(url.path().toLongLong());
        }
    });
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    document()->setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 0px; margin-bottom: 0px; }"
                       "h2 { font-size: large; margin-bottom: 6px; }"
                       ".label { color: #5D6D7E; font-size: small; margin-top: 8px; }"
                       ".value { margin-top: 1px; }"
                       ".official { color: #5D6D7E; background-color: #F4F6F7; }"
                       ".tag { color: #B03A2E; font-size: small; margin-top: 4px; }"));
}

void RecordDetailView::showNothing(const QString &hint)
{
    setHtml(QStringLiteral("<p style='color:#808B96'>%1</p>").arg(hint.toHtmlEscaped()));
}

void RecordDetailView::showRecord(const RecordType &type, const Record &record,
                                  const DetailExtras &extras)
{
    const QStringList differing = RecordRepository::differingFields(type, record);
    QString page;
    QString title;
    // The title is the first required line of text (the subject, the name), else any text.
    for (const bool requiredOnly : {true, false}) {
        for (const FieldSpec &field : type.fields) {
            const bool text = field.kind == FieldKind::Text || field.kind == FieldKind::MultiLine;
            if (title.isEmpty() && text && (field.required || !requiredOnly)) {
                title = FieldText::display(field, record.values.value(field.key));
            }
        }
    }
    page += QStringLiteral("<h2>%1</h2>").arg(html(title.section(QLatin1Char('\n'), 0, 0)));
    if (type.hasOfficialText && !record.hasOfficial()) {
        page +=
            QStringLiteral("<p class='tag'>%1</p>")
                .arg(tr("Added by hand: this entry is not in the official text.").toHtmlEscaped());
    } else if (!differing.isEmpty()) {
        page += QStringLiteral("<p class='tag'>%1</p>")
                    .arg(tr("Edited: %n field(s) differ from the official text.", nullptr,
                            int(differing.size()))
                             .toHtmlEscaped());
    }
    if (type.warnings) {
        for (const QString &warning : type.warnings(record)) {
            page += QStringLiteral("<p class='tag'>⚠ %1</p>").arg(html(warning));
        }
    }
    if (type.progress) {
        page += QStringLiteral("<p>%1</p>").arg(html(type.progress(record)));
    }
    for (const FieldSpec &field : type.fields) {
        QString value = field.sensitive ? FieldText::maskedValue()
                                        : FieldText::display(field, record.values.value(field.key));
        if (field.kind == FieldKind::RecordRef && extras.referenceLabels.contains(field.key)) {
            value = extras.referenceLabels.value(field.key);
        }
        page += QStringLiteral("<p class='label'>%1</p>").arg(html(FieldText::label(field)));
        page += QStringLiteral("<p class='value'>%1</p>")
                    .arg(value.isEmpty() ? QStringLiteral("—") : html(value));
        if (differing.contains(field.key)) {
            const QString official = FieldText::display(field, record.official.value(field.key));
            page += QStringLiteral("<table class='official' width='100%' cellpadding='6'><tr><td>"
                                   "<span class='tag'>%1</span><br>%2</td></tr></table>")
                        .arg(html(tr("Official text:")),
                             official.isEmpty() ? QStringLiteral("—") : html(official));
        }
    }
    if (type.ledger) {
        page += ledgerSections(type, record, extras);
    }
    setHtml(page);
}

QString RecordDetailView::ledgerSections(const RecordType &type, const Record &record,
                                         const DetailExtras &extras) const
{
    QString page;
    page += QStringLiteral("<p class='label'>%1</p>").arg(html(tr("Serves")));
    if (extras.links.isEmpty()) {
        page += QStringLiteral("<p class='value'>—</p>");
    }
    for (const RecordLink &link : extras.links) {
        page += QStringLiteral("<p class='value'>%1</p>").arg(html(RecordLinks::describe(link)));
    }
    page += QStringLiteral("<p class='label'>%1</p>").arg(html(tr("Attachments")));
    if (extras.attachments.isEmpty()) {
        page += QStringLiteral("<p class='value'>—</p>");
    }
    for (const Attachment &a : extras.attachments) {
        page += a.present
                    ? QStringLiteral("<p class='value'><a href='attachment:%1'>%2</a> (%3 KB)</p>")
                          .arg(a.id)
                          .arg(html(a.fileName))
                          .arg((a.size + 1023) / 1024)
                    : QStringLiteral("<p class='value tag'>%1</p>")
                          .arg(html(tr("%1: the stored copy is missing from the attachment folder.")
                                        .arg(a.fileName)));
    }
    if (record.isFinalized()) {
        page +=
            QStringLiteral("<p class='label'>%1</p><p class='value'>%2</p>")
                .arg(html(tr("Finalized")),
                     html(record.finalizedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
    }
    if (!extras.amendments.isEmpty()) {
        page += QStringLiteral("<p class='label'>%1</p>").arg(html(tr("Amendments")));
        for (const Amendment &a : extras.amendments) {
            const FieldSpec *field = type.field(a.field);
            page += QStringLiteral("<table class='official' width='100%' cellpadding='6'><tr><td>"
                                   "%1 · %2<br>%3: %4 → %5</td></tr></table>")
                        .arg(html(a.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))),
                             html(a.reason), html(field ? FieldText::label(*field) : a.field),
                             html(a.oldValue.isEmpty() ? QStringLiteral("—") : a.oldValue),
                             html(a.newValue.isEmpty() ? QStringLiteral("—") : a.newValue));
        }
    }
    return page;
}

} // namespace committee::ui
