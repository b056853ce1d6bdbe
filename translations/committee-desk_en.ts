<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
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
        <source>The year of the new edition must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official edition cannot be removed; it is what “restore official text” goes back to.</source>
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
</context>
<context>
    <name>committee::Migrations</name>
    <message>
        <source>Updating the database to version %1 failed; it was left at version %2. %3</source>
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
    <name>committee::Sql</name>
    <message>
        <source>The database could not prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
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
</context>
<context>
    <name>committee::cli::Commands</name>
    <message>
        <source>“demo” takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already belongs to a committee; the demo only fills an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in the sample committee %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a sample committee, for trying the app.</source>
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
</context>
<context>
    <name>committee::ui::TaskListArea</name>
    <message>
        <source>Measures of the chosen task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
