# The documents: templates filled from the database and written as PDF, ODT, XLSX or
# HTML, or printed. Included from core/CMakeLists.txt so the core library stays one target.
find_package(PkgConfig REQUIRED)
# libxlsxwriter writes the workbooks; libzip completes the ODT Qt writes. (QuaZip must never
# be linked with libxlsxwriter: both carry minizip symbols and workbook_close() crashes.)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)

target_sources(committee_core PRIVATE
    documents/AuditLogExport.cpp documents/CellDate.cpp
    documents/DocumentContext.cpp documents/DocumentExport.cpp
    documents/DocumentRenderer.cpp documents/Documents.cpp documents/FixedBoxes.cpp
    documents/KeepTogether.cpp documents/OdtContents.cpp documents/OdtExport.cpp
    documents/PageTextFilter.cpp documents/PdfRenderers.cpp documents/TemplateEngine.cpp
    documents/TemplateStore.cpp
    documents/XlsxExport.cpp documents/ZipArchive.cpp
    documents/quarterly/MeasureEvidence.cpp documents/quarterly/ProblemsDraft.cpp
    documents/quarterly/ProgressDraft.cpp documents/quarterly/QuarterlySheets.cpp
    documents/quarterly/QuarterlySheetType.cpp
    documents/fonts/DocumentFonts.cpp documents/fonts/InstalledFonts.cpp
    documents/fonts/PdfTextSafety.cpp
    documents/providers/BookParts.cpp documents/providers/DecisionsBook.cpp
    documents/providers/DecisionSteps.cpp documents/providers/LogbookProviders.cpp
    documents/providers/NoticeProviders.cpp documents/providers/QuarterlyProvider.cpp
    documents/providers/TownshipProvider.cpp)
target_link_libraries(committee_core PRIVATE PkgConfig::XLSXWRITER PkgConfig::LIBZIP)
# fontconfig names every installed face under all of its names (see fonts/InstalledFonts.h).
# Windows has none; there Qt's own font list answers to both names.
find_package(Fontconfig)
if(Fontconfig_FOUND)
    target_link_libraries(committee_core PRIVATE Fontconfig::Fontconfig)
    target_compile_definitions(committee_core PRIVATE COMMITTEE_HAVE_FONTCONFIG)
endif()

file(GLOB committee_templates CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/resources/templates/*.html"
    "${PROJECT_SOURCE_DIR}/resources/templates/*.css"
    "${PROJECT_SOURCE_DIR}/resources/templates/*.json")
qt_add_resources(committee_core "document_templates"
    PREFIX "/templates"
    BASE "${PROJECT_SOURCE_DIR}/resources/templates"
    FILES ${committee_templates})
