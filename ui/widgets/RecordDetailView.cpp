#include "widgets/RecordDetailView.h"

#include "records/FieldText.h"
#include "records/RecordRepository.h"

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
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    document()->setDefaultStyleSheet(
        QStringLiteral("h2 { font-size: large; margin-bottom: 8px; }"
                       ".label { color: #5D6D7E; font-size: small; margin-top: 10px; }"
                       ".value { margin-top: 2px; }"
                       ".official { color: #5D6D7E; background-color: #F4F6F7; }"
                       ".tag { color: #B03A2E; font-size: small; }"));
}

void RecordDetailView::showNothing(const QString &hint)
{
    setHtml(QStringLiteral("<p style='color:#808B96'>%1</p>").arg(hint.toHtmlEscaped()));
}

void RecordDetailView::showRecord(const RecordType &type, const Record &record)
{
    const QStringList differing = RecordRepository::differingFields(type, record);
    QString page;
    QString title;
    for (const FieldSpec &field : type.fields) {
        if (field.kind == FieldKind::Text || field.kind == FieldKind::MultiLine) {
            title = FieldText::display(field, record.values.value(field.key));
            break;
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
    for (const FieldSpec &field : type.fields) {
        const QString value = field.sensitive
                                  ? FieldText::maskedValue()
                                  : FieldText::display(field, record.values.value(field.key));
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
    setHtml(page);
}

} // namespace committee::ui
