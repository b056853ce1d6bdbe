<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>committee::AppLock</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password check could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app password is already set; change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after: give between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an app password first; without one the app never locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::AtomicFile</name>
    <message>
        <source>The folder %1 is no longer there. If it is on a USB stick, the stick may have been pulled out; put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only (a locked USB stick, or a disc). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in %1: %2 MB are needed, %3 MB are free. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). If it is on a USB stick, check that the stick is still in and not locked, or that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (read-only, or you have no permission). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::AttachmentRecovery</name>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>committee::Attachments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into the attachment store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::AuditLogExport</name>
    <message>
        <source>No temporary folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::AuditText</name>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Backup</name>
    <message>
        <source>The backup copy %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BackupCatalog</name>
    <message>
        <source>There is no usable backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BackupJob</name>
    <message>
        <source>%1 already exists. Choose another name or folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder, so the backup cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished backup could not be given its name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BackupRotation</name>
    <message>
        <source>These old backups could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BackupSet</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unfinished backup (it was being written when it stopped) and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Committee Desk backup: it has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest.json of the backup %1 is damaged or of an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest.json of the backup %1 has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup %1 was changed or damaged after the backup was made (its checksum differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 lacks %n attached file(s) it should hold (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>committee::BundleCrypto</name>
    <message>
        <source>The encrypted bundle is damaged or has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted bundle is incomplete or has extra data: it was cut off or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly sheet %1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is wrong: the first day must come before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle with sensitive fields needs a password to encrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the committee first: the township needs to know whose records these are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the written file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written but reads back wrong (%1); it was removed. The stick may be faulty: try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BundleManifest</name>
    <message>
        <source>The bundle&apos;s manifest is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Committee Desk bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has format version %1, which this version of the app does not know (it reads version %2). Update Committee Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file entry is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::BundleReader</name>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is %1 MB, more than the %2 MB a bundle may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted: it needs its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a bundle, or it is incomplete (cut off while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds %1 files, more than the %2 a bundle may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a file whose path leaves its folder (“%1”); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” in the bundle is %2 MB, more than the %3 MB allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” in the bundle is compressed beyond reason (%2 to 1); it was refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files in the bundle add up to more than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds “%1” twice; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” in the bundle is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a bundle: it has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has been changed after the bundle was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names a path that leaves its folder (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” listed in the manifest is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” has a different size than the manifest says: the bundle was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not match its checksum: the bundle was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds “%1”, which its manifest does not list; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::CommitteeProfile</name>
    <message>
        <source>Member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>villagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::DataFolderMove</name>
    <message>
        <source>The open database could not be counted to check the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 does not have the same tables as the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 differs from the open database in the table “%2” (%3 rows instead of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to move the data to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the database in the data folder can be moved. This window has %1 open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is already in %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already holds a Committee Desk database. Choose an empty folder; the data there is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in %1: the data needs %2 MB, and %3 MB are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be copied to %1. Nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 did not pass its check, so it was removed and nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was copied, but the new folder could not be recorded in the settings, so the copy was removed and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier data folder is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of the data folder in use; it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still open in Committee Desk or committee-desk-cli. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files in the old data folder could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be moved into its own folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied to %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be given its name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Database</name>
    <message>
        <source>This database is already open in another Committee Desk window (process %1 on %2). Close that window first, or switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Committee Desk (data version %1; this version reads up to %2). Install the newer version to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an update, but the safety copy taken before it failed, so nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce links between records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::DatabaseFile</name>
    <message>
        <source>The file %1 is not a usable Committee Desk database (%2). It has not been changed. Restore it from a backup, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than it should be, probably cut off while copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::DemoData</name>
    <message>
        <source>The demo covers 1 to 30 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::DocumentExport</name>
    <message>
        <source>%1: the file name must end in .pdf, .odt, .xlsx or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a table; save it as PDF or ODT instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::DocumentFonts</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiaobiaosong (小标宋)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heiti (黑体)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Songti (宋体)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fangsong (仿宋)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::DocumentRenderer</name>
    <message>
        <source>The margins leave no room on the page for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn on the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Documents</name>
    <message>
        <source>The committee has not been set up yet, so documents cannot name it. Fill in the committee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording file %1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly progress sheet (附件2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation meeting record book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four deliberations and two disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance work ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of requests outside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice declining a request outside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure sheet for the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; commitments for posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record the document is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no. %1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no. %1 matches checklist item %2, so it is not outside the list and cannot be declined with this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no. %1 is not marked as declined. Mark it declined first, then print the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member&apos;s commitments are recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township summary of the quarterly sheets (附件2 汇总)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of the quarterly sheet (附：具体措施办理情况)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Editions</name>
    <message>
        <source>No edition of this list is loaded. Run “init” to load the official lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition no. %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new edition needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official edition cannot be removed; it is what “restore official text” goes back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the new edition must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ExportTargets</name>
    <message>
        <source>USB stick %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Fields</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village committee (村)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community committee (社区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township or sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District or county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the committee assists with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Party organisation proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisation proposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Two committees discussed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two committees discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Party members&apos; assembly reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members&apos; assembly reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Villagers&apos; (representatives&apos;) meeting resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; (representatives&apos;) meeting resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Resolution disclosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Result of implementation disclosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of implementation disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Drafted by the two committees on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two committees draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Reviewed by the supervisory committee on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Plan fixed by the joint meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint meeting fixes the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Posted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Archived and filed with the township on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving and filing with the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三事分流 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三事分流 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major matter (大事): for the government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor matter (小事): handled together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private matter (私事): residents themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五社联动 and 公益创投</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五社联动 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公益创投 project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners (organisations, social workers, volunteers, donors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent case submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent case submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request from a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching checklist item no. (0: outside the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list: assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the list: declined (渝民发〔2021〕6号 一)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the list: bought as a service (费随事转)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair (主任)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed with the township on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (满意)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly satisfied (基本满意)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied (不满意)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions (村规民约/居民公约)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points system (积分制) notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courtyard system (院落制) notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated for the district selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开 matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开 matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members&apos; or residents&apos; suggestion (党员群众建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by village cadres (村干部提议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged by the higher Party committee or government (上级党委政府安排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two committees&apos; meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members&apos; assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; (representatives&apos;) meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure of the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party affairs (党务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government affairs (政务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services (服务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance (财务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice board and online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice board (公开栏)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform (智慧社区云平台)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee members who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee seal and supervisory committee seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee seal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee seal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting opinions (收集意见)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making proposals (提出建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseeing implementation (监督落实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting back (通报反馈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be informed (知情)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To question (质询)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To audit (审核)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To propose (建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To chair the democratic evaluation (主持民主评议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; or residents&apos; meeting (村(居)民会议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives&apos; meeting (村(居)民代表会议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint meeting of the two committees (两委会议/联席会议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members&apos; assembly (党员大会)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation meeting (协商会议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee meeting (监督委员会会议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-committee meeting (下属委员会会议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the year (第N次)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members entitled to attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers (列席)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation catalogue entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter for consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning, building and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic and social development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village or community governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (委员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At all times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates (MM-DD, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days on display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months on display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence rule (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task-list measure no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly progress sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly progress sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On schedule (正常推进)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind schedule (推进滞后)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (已完成)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::LedgerRules</name>
    <message>
        <source>“%1” cannot be completed before “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) cannot be earlier than “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance disclosures must stay up at least one month; this one was up %1 days (until %2 at the earliest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures must stay on the notice board at least 10 days; this one was up %1 days (until %2 at the earliest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chair (主任) is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members; a sub-committee has %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More people are recorded present than are entitled to attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure can only be taken down after it was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the list needs the number of its checklist item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request matches checklist item %1, so it is not outside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work bought as a service needs its agreement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes were counted but only %2 people were present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisory committee member has signed the posted disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posted disclosure carries both seals: the committee&apos;s and the supervisory committee&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the catalogue has %2 entries; it should have 4 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::MeetingRules</name>
    <message>
        <source>one half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum not reached: %1 of %2 present; this meeting needs %3 present (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed: %1 votes for; a motion needs %2 %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Migrations</name>
    <message>
        <source>Updating the database to version %1 failed; it was left at version %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ObligationEngine</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for village committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for community committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its records are not kept in this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matter is waiting for a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) not yet through all six steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for %1; next on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late, after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this year; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ObligationStore</name>
    <message>
        <source>“%1” is not a date of the year such as 01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence rule is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation %1 (%2) has no evidence type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in list of obligations is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::OdtExport</name>
    <message>
        <source>The document could not be written as ODT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Period</name>
    <message>
        <source>Choose a year from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Quarter</name>
    <message>
        <source>Choose a year from %1 to %2 and a quarter from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quarter; write it as 2026Q4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::QuarterlySheets</name>
    <message>
        <source>There is already a sheet for quarter %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet was submitted. Give the reason for changing it; the submitted version stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet was already marked as submitted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress status set to %1; the records suggested %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the progress status (进展状态) before marking the sheet as submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::RecordCounts</name>
    <message>
        <source>The records could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::RecordExchange</name>
    <message>
        <source>%1 is not a JSON list of records (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the column “%1” is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 cells, but the header has %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::RecordLinks</name>
    <message>
        <source>Measure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::RecordRepository</name>
    <message>
        <source>%1 no. %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was added by hand; it has no official text to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is finalized. Change it with “Amend”, giving the reason; the original stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finalized record cannot be deleted; amend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ReferenceExport</name>
    <message>
        <source>Competent department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the committee assists with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ReferenceLoader</name>
    <message>
        <source>The reference list is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown list kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no title or no valid year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has no name or is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 has no title or is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1 has no text or is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task list has no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in list %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Restore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 in the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 to keep the damaged database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database could not be moved to %1, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored, and nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Committee Desk (data version %1). Install that version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Committee Desk or committee-desk-cli. Close it, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety copy of the current database failed, so nothing was restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database could not be put in place of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Sql</name>
    <message>
        <source>The database could not prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to the disk, which may be full or no longer attached. Nothing of this change was saved; everything saved before it is safe. Free some space or reconnect the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::SqliteCopy</name>
    <message>
        <source>The database is not open, so it cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stayed busy, so no copy was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::TargetProblem</name>
    <message>
        <source>The backup cannot be written to %1: the folder or drive is read-only (a write-protected stick, or a folder you may not change). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough room for the backup on the drive of %1 (it needs about %2 MB). Free some space or use another drive; no partial backup was left there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be finished because %1 is gone: the drive was removed or disconnected. Connect it again and make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive of %1 is full, or the backup is too large for it. Free some space or use another drive; no partial backup was left there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::TemplateStore</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a template name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the template folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::TownshipOverview</name>
    <message>
        <source>This database is not a township overview. Import bundles into a separate file (for example township.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds a committee&apos;s own records; a township overview must be a separate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the bundle is not a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the bundle holds a record without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee name: please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee name: “%1” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::Validation</name>
    <message>
        <source>“%1” must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a telephone number. Enter a mobile number of 11 digits starting with 1, or a landline with its area code, such as 023-67891234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a value that is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a time such as 14:30, or a span such as 14:30-16:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::XlsxExport</name>
    <message>
        <source>No temporary folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ZipArchive</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no readable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to the archive failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the archive failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written archive cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::cli</name>
    <message>
        <source>Record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include fields marked sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type “%1”. Types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records import needs exactly one file (.csv or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file must end in .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records into %2%3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the file was read as GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “records list” or “records import”. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown records command “%1”: use list or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations on %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to evaluate (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“status” takes only --date and --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-31, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] logbook --book KIND --year Y [--to Y2] --out FILE

Writes one of the record books for a year (or the years Y to Y2): a cover, the contents, each meeting on its own page with lines to sign, and page numbers. The format follows the file name: .pdf, .odt, .html, and .xlsx for the books that are tables.

Kinds:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year, for several years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“logbook” takes only options. See logbook --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown book “%1”. Kinds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  committee-desk-cli [--db FILE] notice decline --request ID --out FILE
  committee-desk-cli [--db FILE] notice disclosure --disclosure ID --out FILE
  committee-desk-cli [--db FILE] notice commitments --year Y --out FILE

decline: the reply declining a request outside the assistance checklist (渝民发〔2021〕6号); disclosure: the sheet for the notice board, with lines for the supervisory committee&apos;s signatures and places for both seals; commitments: the members&apos; commitments of a year, for posting.
--date YYYY-MM-DD sets the date the notice carries (default: today). The format follows the file name: .pdf, .odt or .html (.xlsx for commitments).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice decline needs --request ID, the number of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice disclosure needs --disclosure ID, the number of the disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “notice decline”, “notice disclosure” or “notice commitments”. See notice --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter, 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “report quarterly --year Y --quarter Q --out FILE”. See report --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter needs a quarter from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs the file to write, ending in .pdf, .odt, .xlsx or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sensitive fields (encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] export --out FILE.cdx [--from DATE --to DATE] [--include-sensitive --password-file F]

Writes the bundle for the township: the period&apos;s records as JSON, the quarterly sheets and logbooks as PDF, the ledgers as XLSX and a manifest with every file&apos;s SHA-256. The period defaults to the current quarter; dates are yyyy-MM-dd. Sensitive fields are left out unless --include-sensitive is given, and then the bundle is encrypted with the password in the password file. The file is checked after writing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“export” takes only options. See export --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs the bundle to write, ending in .cdx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need dates such as 2026-07-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not come before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-sensitive and --password-file go together: sensitive fields leave only encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 files, checked.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one bundle file (.cdx). See %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 to %4, made %5, %6 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli verify FILE.cdx [--password-file F]

Checks a bundle without importing it: the manifest, every file&apos;s size and SHA-256, the format version, paths and sizes, and for an encrypted bundle the password.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1%2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli --db TOWNSHIP.db import FILE.cdx [--password-file F]

Checks a committee&apos;s bundle and imports it into the township overview database (created when it does not exist yet). Importing the same committee and period again replaces the earlier import; the replacement is recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the earlier import: %1, %2 records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, %2 records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] report quarterly|annex|township --year Y --quarter Q --out FILE

quarterly: the quarterly progress sheet (附件2 of 渝北民〔2023〕24号), the official one-page form. The saved sheet of that quarter is used; without one, the draft from the quarter&apos;s records, marked as a draft.
annex: the measures of the task list with the quarter&apos;s records and a suggested status (附：具体措施办理情况), printed beside the sheet on request.
township: in a township overview, the summary of the committees&apos; sheets for the quarter, naming those that sent none.
The format follows the file name: .pdf, .odt, .xlsx or .html.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year from %1 to %2, such as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a year from --year to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::cli::Commands</name>
    <message>
        <source>This database already belongs to a committee; the demo only fills an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“init” takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (data version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy from before the update was kept: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database, or bring it up to date, and load the official lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current editions of the duty checklist and the key-task list (--format json|text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] COMMAND [OPTIONS]

Options:
  --db FILE      The database to use (default: %1)
  -h, --help     Show this help
  -v, --version  Show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of records to make (1-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“demo” takes only --years N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years needs a number from 1 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in the sample committee %1 with %2 records.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a sample committee and, with --years N, N years of sample records, for trying the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records list --type TYPE [--year Y] [--format json|csv]; records import --type TYPE FILE.csv|FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every obligation&apos;s state and evidence for a date (--date YYYY-MM-DD, --format json|text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logbook --book KIND --year Y --out FILE: a record book (logbook --help lists the kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice decline --request ID | disclosure --disclosure ID | commitments --year Y, each with --out FILE: notices to post or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report quarterly --year Y --quarter Q --out FILE: the quarterly progress sheet as .pdf, .odt, .xlsx or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --out FILE.cdx: the bundle for the township (a period&apos;s records and documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify FILE.cdx: checks a bundle without importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE.cdx: a committee&apos;s bundle into a township overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder to create, or a folder to create it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“backup” takes only --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n attached file(s) were missing from the attachment store and are not in the backup.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database and its attachments into a checked backup folder (--out PATH; default: the backups folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“restore” takes the backup to restore: a backup folder, its manifest.json, or a .db copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaced: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as the backup %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database it replaced was moved, unchanged, to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no database to replace.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup (a backup folder or .db copy), keeping a safety copy of the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::gui</name>
    <message>
        <source>The office desk of a committee clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo database (demo.db in the data folder unless --db is given), filled with a sample committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close after this many milliseconds (for automated checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data now lives in %1 and opened correctly.

The old folder %2 still holds the earlier copy. Delete that copy now? If you are unsure, keep it: it does no harm, and you can delete it by hand later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old copy and its folder %1 were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old copy was deleted. The folder %1 also holds other files, so it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk keeps your data in %1 (chosen in Settings), but there is no database there now. If that folder is on a USB stick or a network drive, connect it and start Committee Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk could not start again by itself. Start it from the menu; it will open your data from the new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the township overview (township.db in the data folder unless --db is given), where the committees&apos; bundles are imported; it is made when it does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::gui::Backups</name>
    <message>
        <source>Choose the backup to restore (its manifest.json, or a .db copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (manifest.json *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2).

Restore it? The damaged file is kept, unchanged, in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checked backup was found in %1. Choose a backup on a USB stick or in another folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is from %1 (%2).

Restore it? The damaged file is kept, unchanged, in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged database was kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) are missing from the attachment store:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The records are intact. Look for the files in the backups and put them back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All missing files were restored from the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are in no backup and could not be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; your data is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored. Your data from before was kept as the backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::AboutDialog</name>
    <message>
        <source>About Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office desk of a village or community committee clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. Qt is used under the LGPL v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::AppPasswordSection</name>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is set. Committee Desk asks for it at start-up and after the minutes below without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is set: anybody at this computer can open Committee Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The app password is set. Committee Desk will ask for it from the next start, and after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The app password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app password is removed. Committee Desk no longer locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::Areas</name>
    <message>
        <source>Assistance checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four deliberations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments and evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::AssistLedgerArea</name>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals for the chosen period: per checklist item, per department and per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::AuditLogArea</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the records is listed here. The audit log cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::BackupActions</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed (hover for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the backup (a folder or a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) were missing from the attachment store and are not in the backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore (its manifest.json, or a .db copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (manifest.json *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1?

It holds:
%2
Everything entered since then is replaced. Your current data is first kept as a safety copy in the backups folder. Committee Desk then reopens with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::BackupRunner</name>
    <message>
        <source>The backup was cancelled; nothing was kept of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::BackupSettingsSection</name>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made when Committee Desk closes and once a day, with the attachments, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and one a month for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::CommitteeArea</name>
    <message>
        <source>Edit committee profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::CommitteeSetupDialog</name>
    <message>
        <source>Committee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Committee Desk which committee it works for. The type decides whether forms say 村民 or 居民 and which rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (主任, 副主任, 委员 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the demo committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have entered details that are not saved. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::DashboardArea</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and edit what the committee owes and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the evidence, or to start the record that is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks and measures this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;○&lt;/span&gt; deadline &amp;nbsp; &lt;span style=&apos;color:#2874A6&apos;&gt;●&lt;/span&gt; meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 of %2 at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work out what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the committee owes and when. Changes take effect at once; “Restore official text” puts an entry back as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term of office has ended: %1. After the election, enter the new term and members under Our committee and Sub-committees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::DocumentActions</name>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenDocument text to edit in WPS or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook, for the documents that are tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to print first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to save first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::DocumentFontsSection</name>
    <message>
        <source>Document fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese font is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 9704 faces where installed; only faces whose text can be searched in a PDF are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents use %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::DocumentTemplatesSection</name>
    <message>
        <source>Document templates (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in %1 replaces the built-in template of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the templates there for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every template is already in %1; those files were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 templates to %2. Edit them there; the program uses them from now on, and updates never change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::EditionBar</name>
    <message>
        <source>New edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this edition under a new title and year, e.g. next year&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official edition is kept so its text can always be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” is made. Edit the copy; the official text stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the edition “%1” and all its entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::EditionOffer</name>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until the app is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the %1 edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” is made as “%2” for %3 and used from now on. The official text stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-task list in use is for %1 (%2). This year&apos;s quarterly sheets would carry its title and year. Make a %3 edition from it, and edit it under Key tasks when the new list is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::ExportBundleDialog</name>
    <message>
        <source>Export for the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sensitive personal information (the whole bundle is then encrypted with a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the period&apos;s records, the quarterly sheets and record books as PDF and the ledgers as XLSX, with a checksum for every file. The township can open the PDF and XLSX files without this app. Keep the password apart from the stick: an encrypted bundle cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the bundle go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to: choose a folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name: give a name without \ / : * ? &quot; &lt; &gt; |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written and checked: %1 (%2 files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::LedgerActions</name>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this record as the official record; later changes are amendments with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo or a scan, e.g. of the notice board or the sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures of the task list and which checklist items this record serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted records, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize this record? It becomes the official record: later changes must be amendments with a reason, and the original stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this finalized record being changed? The reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing from the attachment folder. Attach the file again, or restore the folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this record serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk is locked. Enter the app password to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong. After several wrong passwords you have to wait: you can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::LogbookPage</name>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each book has a cover, the contents and page numbers; every meeting starts on its own page with lines to sign. Finalized records print as they were finalized, with later amendments noted under them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::MainWindow</name>
    <message>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for the township…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::MeetingsArea</name>
    <message>
        <source>Quorum and majority rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items and votes of the chosen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum and majority rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A motion passes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app warns, but still saves, when a meeting or a vote does not meet these rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::NoticePage</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::PasswordDialog</name>
    <message>
        <source>Set app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: without it nobody can open Committee Desk on this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::PeriodFilterBar</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::QuarterlySheetPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from this quarter&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as submitted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the records show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter&apos;s records for each measure (the annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on %1. Changes now need a reason and are kept beside the submitted version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, not yet submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: a draft from the quarter&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a submitted sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the submitted sheet change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the sheet for quarter %1 of %2 as sent to the township today? The committee&apos;s name and the sheet stay as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress status suggested: %1, from the obligations of the quarter (see the measures beside the form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress status suggested: %1, from whether the quarter has records for the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the drafted texts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft replaces what 进展情况 and 存在问题及下步打算 say now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordBrowser</name>
    <message>
        <source>Filter: type any words, e.g. 消防</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? The audit trail keeps a record of what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this entry&apos;s text with the official text? Your wording stays in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash? It can be restored from there, or undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordDetailView</name>
    <message>
        <source>Added by hand: this entry is not in the official text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edited: %n field(s) differ from the official text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Official text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored copy is missing from the attachment folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordEditorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this entry. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordForm</name>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13812345678 or 023-67891234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14:30-16:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the committee&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordTableModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand; not in the official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::Reminders</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “What&apos;s due”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due or overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again in three days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not remind me again until this period is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::ReportsArea</name>
    <message>
        <source>Quarterly progress sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me of deadlines within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Committee Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your data to another folder, check the copy, and work from there from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own database can be moved. This window has another file open (the demo, or a file given with --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your data to %1?

Committee Desk copies the database, its backups and attachments there, checks the copy, and then restarts to work from the new folder. The old folder is kept; after the restart you can choose to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked: %2 tables with %3 records, %4 backup copies and %5 attachments.

Committee Desk now closes and starts again from the new folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::TaskListArea</name>
    <message>
        <source>Measures of the chosen task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::TownshipArea</name>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township summary (附件2 汇总):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committees yet: import their bundles, or add the committees you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 committees have sent this quarter&apos;s bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 committees have sent this quarter&apos;s bundle. Missing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a committee&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.cdx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3: replaced the earlier import (%4 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3: imported (%4 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the village or community committee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::WorkRequestsArea</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match against the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the year by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these: outside the list (清单外事项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match against the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist item shares words with this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items that share words with this request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>committee::ui::YearCalendar</name>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
