#include "documents/Documents.h"

#include "common/Period.h"
#include "documents/DocumentContext.h"
#include "documents/TemplateEngine.h"
#include "documents/TemplateStore.h"
#include "documents/fonts/DocumentFonts.h"
#include "documents/providers/Providers.h"
#include "storage/Database.h"

namespace committee {

namespace {

// The period as the documents print it: 2026年第四季度 (附件2), 2025年度 (the books' covers).
QString periodText(const DocumentContext &context, const DocumentSpec &spec,
                   const DocumentRequest &request)
{
    switch (spec.input) {
    case DocumentInput::Quarter:
        return QStringLiteral("%1年第%2季度")
            .arg(request.year)
            .arg(DocumentContext::chineseNumber(request.quarter));
    case DocumentInput::Year:
        return request.lastYear > request.year
                   ? context.phrase(QStringLiteral("years_span"),
                                    {{QStringLiteral("year"), request.year},
                                     {QStringLiteral("last"), request.lastYear}})
                   : context.phrase(QStringLiteral("years_one"),
                                    {{QStringLiteral("year"), request.year}});
    case DocumentInput::Record:
        break;
    }
    return {};
}

} // namespace

const QList<DocumentSpec> &Documents::all()
{
    using O = QPageLayout::Orientation;
    static const QList<DocumentSpec> specs = {
        {.id = QStringLiteral("quarterly"),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Quarterly progress sheet (附件2)"),
         .templateName = QStringLiteral("quarterly_sheet.html"),
         .fileName = QStringLiteral("办理情况表"),
         .tabular = true,
         .input = DocumentInput::Quarter,
         .provide = Providers::quarterlySheet},
        {.id = QStringLiteral("quarterly-annex"),
         .name = QT_TRANSLATE_NOOP("committee::Documents",
                                   "Measures of the quarterly sheet (附：具体措施办理情况)"),
         .templateName = QStringLiteral("quarterly_annex.html"),
         .fileName = QStringLiteral("具体措施办理情况"),
         .tabular = true,
         .input = DocumentInput::Quarter,
         .provide = Providers::quarterlySheet},
        {.id = QStringLiteral("township-quarterly"),
         .name = QT_TRANSLATE_NOOP("committee::Documents",
                                   "Township summary of the quarterly sheets (附件2 汇总)"),
         .templateName = QStringLiteral("township_summary.html"),
         .fileName = QStringLiteral("办理情况汇总表"),
         .orientation = O::Landscape,
         .tabular = true,
         .input = DocumentInput::Quarter,
         .provide = Providers::townshipSummary},
        {.id = logbookId(QStringLiteral("committee")),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Committee workbook"),
         .templateName = QStringLiteral("logbook_committee.html"),
         .fileName = QStringLiteral("工作簿"),
         .hasCover = true,
         .provide = Providers::committeeBook},
        {.id = logbookId(QStringLiteral("consultation")),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Consultation meeting record book"),
         .templateName = QStringLiteral("logbook_consultation.html"),
         .fileName = QStringLiteral("协商会议记录本"),
         .hasCover = true,
         .provide = Providers::consultationBook},
        {.id = logbookId(QStringLiteral("supervision")),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Supervisory committee workbook"),
         .templateName = QStringLiteral("logbook_supervision.html"),
         .fileName = QStringLiteral("监督委员会工作簿"),
         .hasCover = true,
         .provide = Providers::supervisionBook},
        {.id = logbookId(QStringLiteral("decisions")),
         .name =
             QT_TRANSLATE_NOOP("committee::Documents", "Four deliberations and two disclosures"),
         .templateName = QStringLiteral("logbook_decisions.html"),
         .fileName = QStringLiteral("四议两公开记录"),
         .hasCover = true,
         .provide = Providers::decisionsBook},
        {.id = logbookId(QStringLiteral("assistance")),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Assistance work ledger"),
         .templateName = QStringLiteral("logbook_assistance.html"),
         .fileName = QStringLiteral("协助工作台账"),
         .orientation = O::Landscape,
         .tabular = true,
         .hasCover = true,
         .provide = Providers::assistanceBook},
        {.id = logbookId(QStringLiteral("outside-list")),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Register of requests outside the list"),
         .templateName = QStringLiteral("logbook_outside_list.html"),
         .fileName = QStringLiteral("清单外事项登记簿"),
         .orientation = O::Landscape,
         .tabular = true,
         .hasCover = true,
         .provide = Providers::outsideListBook},
        {.id = QStringLiteral("notice-decline"),
         .name = QT_TRANSLATE_NOOP("committee::Documents",
                                   "Notice declining a request outside the list"),
         .templateName = QStringLiteral("notice_decline.html"),
         .fileName = QStringLiteral("不予承接告知书"),
         .input = DocumentInput::Record,
         .recordType = QStringLiteral("dept_request"),
         .provide = Providers::declineNotice},
        {.id = QStringLiteral("notice-disclosure"),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Disclosure sheet for the notice board"),
         .templateName = QStringLiteral("notice_disclosure.html"),
         .fileName = QStringLiteral("公开表"),
         .input = DocumentInput::Record,
         .recordType = QStringLiteral("disclosure"),
         .provide = Providers::disclosureSheet},
        {.id = QStringLiteral("notice-commitments"),
         .name = QT_TRANSLATE_NOOP("committee::Documents", "Members' commitments for posting"),
         .templateName = QStringLiteral("notice_commitments.html"),
         .fileName = QStringLiteral("履职承诺公示"),
         .tabular = true,
         .provide = Providers::commitmentList},
    };
    return specs;
}

const DocumentSpec *Documents::byId(const QString &id)
{
    for (const DocumentSpec &spec : all()) {
        if (spec.id == id) {
            return &spec;
        }
    }
    return nullptr;
}

QString Documents::name(const DocumentSpec &spec)
{
    return tr(spec.name);
}

QStringList Documents::logbookKinds()
{
    QStringList kinds;
    for (const DocumentSpec &spec : all()) {
        if (spec.id.startsWith(QLatin1String("logbook-"))) {
            kinds << spec.id.mid(8);
        }
    }
    return kinds;
}

QString Documents::pageMarkerPattern()
{
    return QStringLiteral("\\[\\[page:([A-Za-z0-9_-]+)\\]\\]");
}

Result<FilledDocument> Documents::fill(Database &db, const QString &id,
                                       const DocumentRequest &request, DocumentFlavor flavor)
{
    const DocumentSpec *spec = byId(id);
    if (!spec) {
        return makeError(Error::Kind::NotFound, tr("There is no document called “%1”.").arg(id));
    }
    if (spec->input == DocumentInput::Record && request.recordId <= 0) {
        return makeError(Error::Kind::Invalid, tr("Choose the record the document is about."));
    }
    if (spec->input != DocumentInput::Record &&
        (!isValidYear(request.year) ||
         (request.lastYear != 0 &&
          (request.lastYear < request.year || !isValidYear(request.lastYear))))) {
        return makeError(Error::Kind::Invalid, yearRangeMessage());
    }
    if (spec->input == DocumentInput::Quarter && (request.quarter < 1 || request.quarter > 4)) {
        return makeError(Error::Kind::Invalid, tr("Choose a quarter from 1 to 4."));
    }
    const TemplateStore templates(TemplateStore::overrideFolderFor(db.path()));
    auto context = DocumentContext::create(db, templates, flavor);
    if (!context) {
        return context.error();
    }
    auto values = spec->provide(context.value(), request);
    if (!values) {
        return values.error();
    }
    auto text = templates.text(spec->templateName);
    if (!text) {
        return text.error();
    }
    const DocumentFonts fonts = flavor == DocumentFlavor::Editable ? DocumentFonts::forEditing()
                                                                   : DocumentFonts::forPrinting();
    QVariantMap data = values.value();
    data.insert(QStringLiteral("committee"), context->committeeValues());
    data.insert(QStringLiteral("fonts"),
                QVariantMap{{QStringLiteral("body"), DocumentFonts::css(fonts.body)},
                            {QStringLiteral("title"), DocumentFonts::css(fonts.title)},
                            {QStringLiteral("heading"), DocumentFonts::css(fonts.heading)}});
    data.insert(QStringLiteral("landscape"), spec->orientation == QPageLayout::Landscape);
    data.insert(QStringLiteral("print"), flavor == DocumentFlavor::Print);
    data.insert(QStringLiteral("editable"), flavor == DocumentFlavor::Editable);
    data.insert(QStringLiteral("spreadsheet"), flavor == DocumentFlavor::Spreadsheet);
    data.insert(QStringLiteral("web"), flavor == DocumentFlavor::Web);

    const TemplateEngine engine([&templates](const QString &name) {
        auto partial = templates.text(name);
        return partial ? partial.value() : QString();
    });
    FilledDocument filled;
    filled.spec = spec;
    filled.flavor = flavor;
    filled.title = data.value(QStringLiteral("title")).toString();
    // A book's title names the committee and the years; its own name (book_title) does not.
    filled.heading = data.value(QStringLiteral("book_title"), filled.title).toString();
    filled.committee = data.value(QStringLiteral("township")).toString();
    if (filled.committee.isEmpty()) {
        filled.committee = context->committeeName();
    }
    filled.period = periodText(context.value(), *spec, request);
    filled.html = engine.render(text.value(), data);
    filled.pageNumberFonts = fonts.pageNumber;
    return filled;
}

} // namespace committee
