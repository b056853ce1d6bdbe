# The 报表 area: the quarterly progress sheet, record books and notices. Included from
# ui/CMakeLists.txt so the ui library stays one target.
target_sources(committee_ui PRIVATE
    areas/reports/DocumentActions.cpp areas/reports/DocumentPages.cpp
    areas/reports/QuarterlySheetPage.cpp areas/reports/ReportsArea.cpp)
