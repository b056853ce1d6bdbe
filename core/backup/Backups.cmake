# Backups and restore (core/backup). The copies use SQLite's online backup API on the
# connection Qt has open, so the system libsqlite3 (the one Qt's driver uses) is linked.
target_sources(committee_core PRIVATE
    backup/AttachmentRecovery.cpp backup/AutomaticBackup.cpp backup/BackupJob.cpp backup/BackupRotation.cpp
    backup/BackupSet.cpp backup/RecordCounts.cpp backup/Restore.cpp backup/SqliteCopy.cpp
    backup/TargetProblem.cpp)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
target_link_libraries(committee_core PRIVATE PkgConfig::SQLITE3)
