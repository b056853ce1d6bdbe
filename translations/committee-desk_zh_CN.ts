<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>committee::Backup</name>
    <message>
        <source>The backup copy %1 cannot be read.</source>
        <translation>无法读取备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its integrity check.</source>
        <translation>备份文件 %1 未通过完整性检查。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
</context>
<context>
    <name>committee::CommitteeProfile</name>
    <message>
        <source>Member %1: %2</source>
        <translation>第 %1 位成员：%2</translation>
    </message>
    <message>
        <source>villagers</source>
        <translation>村民</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>居民</translation>
    </message>
</context>
<context>
    <name>committee::Database</name>
    <message>
        <source>This database is already open in another Committee Desk window (process %1 on %2). Close that window first, or switch to it.</source>
        <translation>此数据库已在另一个村居工作台窗口中打开（%2 上的进程 %1）。请先关闭那个窗口，或切换到那个窗口。</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1. Check that the folder is writable.</source>
        <translation>无法在 %1 旁创建锁定文件。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Committee Desk (data version %1; this version reads up to %2). Install the newer version to open it. The file has not been changed.</source>
        <translation>此数据库由较新版本的村居工作台保存（数据版本 %1；本版本最高只能读取 %2）。请安装新版本后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is read-only.</source>
        <translation>无法在 %1 中创建数据库：该文件夹是只读的。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The database needs an update, but the safety copy taken before it failed, so nothing was changed. %1</source>
        <translation>数据库需要升级，但升级前的安全备份失败，因此未作任何改动。%1</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce links between records.</source>
        <translation>此 SQLite 库无法保证记录之间的关联。</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>无法开始保存：%1</translation>
    </message>
    <message>
        <source>Saving failed and nothing was changed: %1</source>
        <translation>保存失败，未作任何改动：%1</translation>
    </message>
</context>
<context>
    <name>committee::DatabaseFile</name>
    <message>
        <source>The file %1 is not a usable Committee Desk database (%2). It has not been changed. Restore it from a backup, or choose another file.</source>
        <translation>文件 %1 不是可用的村居工作台数据库（%2）。文件未作任何改动。请从备份恢复，或选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation>文件开头不是 SQLite 文件头</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>it is shorter than it should be, probably cut off while copying</source>
        <translation>文件比应有的短，可能在复制时被截断</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
</context>
<context>
    <name>committee::Editions</name>
    <message>
        <source>No edition of this list is loaded. Run “init” to load the official lists.</source>
        <translation>尚未载入此清单的任何版本。请运行“init”载入正式清单。</translation>
    </message>
    <message>
        <source>Edition no. %1 no longer exists.</source>
        <translation>第 %1 号版本已不存在。</translation>
    </message>
    <message>
        <source>The new edition needs a title.</source>
        <translation>新版本需要标题。</translation>
    </message>
    <message>
        <source>The year of the new edition must be between 2000 and 2100.</source>
        <translation>新版本的年份必须在 2000 到 2100 之间。</translation>
    </message>
    <message>
        <source>The official edition cannot be removed; it is what “restore official text” goes back to.</source>
        <translation>正式版本不能删除，“恢复正式文本”要以它为准。</translation>
    </message>
</context>
<context>
    <name>committee::Fields</name>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>委员会名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Village committee (村)</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <source>Community committee (社区)</source>
        <translation>社区居民委员会</translation>
    </message>
    <message>
        <source>Township or sub-district</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>District or county</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>Assistance item</source>
        <translation>协助事项</translation>
    </message>
    <message>
        <source>Assistance items</source>
        <translation>协助事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>What the committee assists with</source>
        <translation>协助工作具体内容</translation>
    </message>
    <message>
        <source>Detailed tasks</source>
        <translation>协助工作细化事项</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>主管单位</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Key task</source>
        <translation>重点任务</translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation>重点任务</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>发文日期</translation>
    </message>
</context>
<context>
    <name>committee::Migrations</name>
    <message>
        <source>Updating the database to version %1 failed; it was left at version %2. %3</source>
        <translation>将数据库升级到版本 %1 失败，数据库仍为版本 %2。%3</translation>
    </message>
</context>
<context>
    <name>committee::RecordRepository</name>
    <message>
        <source>%1 no. %2 no longer exists.</source>
        <translation>第 %2 号%1已不存在。</translation>
    </message>
    <message>
        <source>This entry was added by hand; it has no official text to restore.</source>
        <translation>此条目为手工添加，没有可恢复的正式文本。</translation>
    </message>
</context>
<context>
    <name>committee::ReferenceExport</name>
    <message>
        <source>Competent department</source>
        <translation>主管单位</translation>
    </message>
    <message>
        <source>What the committee assists with</source>
        <translation>协助工作具体内容</translation>
    </message>
</context>
<context>
    <name>committee::ReferenceLoader</name>
    <message>
        <source>The reference list is damaged: %1</source>
        <translation>参考清单已损坏：%1</translation>
    </message>
    <message>
        <source>unknown list kind “%1”</source>
        <translation>未知的清单类型“%1”</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>the list has no title or no valid year</source>
        <translation>清单缺少标题或有效年份</translation>
    </message>
    <message>
        <source>item %1 has no name or is out of order</source>
        <translation>第 %1 项缺少名称或顺序有误</translation>
    </message>
    <message>
        <source>the checklist has no items</source>
        <translation>清单中没有事项</translation>
    </message>
    <message>
        <source>task %1 has no title or is out of order</source>
        <translation>第 %1 项任务缺少标题或顺序有误</translation>
    </message>
    <message>
        <source>measure %1 has no text or is out of order</source>
        <translation>第 %1 条措施缺少内容或顺序有误</translation>
    </message>
    <message>
        <source>the task list has no tasks</source>
        <translation>任务清单中没有任务</translation>
    </message>
    <message>
        <source>the form has no fields</source>
        <translation>表格没有栏目</translation>
    </message>
    <message>
        <source>The built-in list %1 is missing from this build.</source>
        <translation>本程序缺少内置清单 %1。</translation>
    </message>
</context>
<context>
    <name>committee::Sql</name>
    <message>
        <source>The database could not prepare a statement: %1</source>
        <translation>数据库无法准备语句：%1</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此项修改：%1</translation>
    </message>
</context>
<context>
    <name>committee::Validation</name>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>“%1”必须填写。</translation>
    </message>
    <message>
        <source>“%1” has %2 characters; at most %3 are allowed.</source>
        <translation>“%1”共 %2 字，最多允许 %3 字。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-03-31.</source>
        <translation>“%1”必须是日期，例如 2024-03-31。</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number. Enter a mobile number of 11 digits starting with 1, or a landline with its area code, such as 023-67891234.</source>
        <translation>“%1”不是有效的电话号码。请输入以 1 开头的 11 位手机号码，或带区号的座机号码，例如 023-67891234。</translation>
    </message>
    <message>
        <source>“%1” has a value that is not one of the choices.</source>
        <translation>“%1”的值不在可选范围内。</translation>
    </message>
</context>
<context>
    <name>committee::cli::Commands</name>
    <message>
        <source>“demo” takes no arguments.</source>
        <translation>“demo”命令不带参数。</translation>
    </message>
    <message>
        <source>This database already belongs to a committee; the demo only fills an empty one.</source>
        <translation>此数据库已属于某个委员会；示例数据只能填入空数据库。</translation>
    </message>
    <message>
        <source>Filled in the sample committee %1.
</source>
        <translation>已填入示例委员会：%1。
</translation>
    </message>
    <message>
        <source>Fill an empty database with a sample committee, for trying the app.</source>
        <translation>向空数据库填入示例委员会，用于试用本软件。</translation>
    </message>
    <message>
        <source>“init” takes no arguments.</source>
        <translation>“init”命令不带参数。</translation>
    </message>
    <message>
        <source>Database ready: %1 (data version %2)
</source>
        <translation>数据库已就绪：%1（数据版本 %2）
</translation>
    </message>
    <message>
        <source>A copy from before the update was kept: %1
</source>
        <translation>已保留升级前的副本：%1
</translation>
    </message>
    <message>
        <source>Create the database, or bring it up to date, and load the official lists.</source>
        <translation>创建数据库或将其升级到最新版本，并载入正式清单。</translation>
    </message>
    <message>
        <source>Output format: json or text.</source>
        <translation>输出格式：json 或 text。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or text.</source>
        <translation>未知格式“%1”：请使用 json 或 text。</translation>
    </message>
    <message>
        <source>Print the current editions of the duty checklist and the key-task list (--format json|text).</source>
        <translation>输出协助事项清单和重点任务清单的当前版本（--format json|text）。</translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] COMMAND [OPTIONS]

Options:
  --db FILE      The database to use (default: %1)
  -h, --help     Show this help
  -v, --version  Show the version

Commands:
</source>
        <translation>用法：committee-desk-cli [--db 文件] 命令 [选项]

选项：
  --db FILE      要使用的数据库（默认：%1）
  -h, --help     显示本帮助
  -v, --version  显示版本

命令：
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.
</source>
        <translation>
退出状态：成功为 0，命令失败为 1，命令行有误为 2。
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要一个文件名。</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help.</source>
        <translation>未知选项“%1”。请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See --help.</source>
        <translation>未知命令“%1”。请参阅 --help。</translation>
    </message>
</context>
<context>
    <name>committee::gui</name>
    <message>
        <source>The office desk of a committee clerk.</source>
        <translation>村（居）委会文书的办公桌面。</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
    </message>
    <message>
        <source>Open a demo database (demo.db in the data folder unless --db is given), filled with a sample committee.</source>
        <translation>打开示例数据库（未指定 --db 时为数据文件夹中的 demo.db），其中填有示例委员会。</translation>
    </message>
    <message>
        <source>Close after this many milliseconds (for automated checks).</source>
        <translation>在指定毫秒数后关闭（用于自动检查）。</translation>
    </message>
    <message>
        <source>Committee Desk</source>
        <translation>村居工作台</translation>
    </message>
</context>
<context>
    <name>committee::ui::AboutDialog</name>
    <message>
        <source>About Committee Desk</source>
        <translation>关于村居工作台</translation>
    </message>
    <message>
        <source>Committee Desk</source>
        <translation>村居工作台</translation>
    </message>
    <message>
        <source>The office desk of a village or community committee clerk.</source>
        <translation>村（居）民委员会文书的办公桌面。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built on %1</source>
        <translation>构建于 %1</translation>
    </message>
    <message>
        <source>Your data is kept in this folder:</source>
        <translation>您的数据保存在此文件夹：</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. Qt is used under the LGPL v3.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本。Qt 依 LGPL v3 使用。</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>committee::ui::Areas</name>
    <message>
        <source>Assistance checklist</source>
        <translation>协助事项清单</translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation>重点任务</translation>
    </message>
    <message>
        <source>Our committee</source>
        <translation>本委员会</translation>
    </message>
</context>
<context>
    <name>committee::ui::CommitteeArea</name>
    <message>
        <source>Edit committee profile…</source>
        <translation>编辑委员会信息…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>The committee has not been set up yet.</source>
        <translation>尚未设置委员会信息。</translation>
    </message>
</context>
<context>
    <name>committee::ui::CommitteeSetupDialog</name>
    <message>
        <source>Committee profile</source>
        <translation>委员会信息</translation>
    </message>
    <message>
        <source>Tell Committee Desk which committee it works for. The type decides whether forms say 村民 or 居民 and which rules apply.</source>
        <translation>请填写本软件所服务的委员会。类型决定表格中使用“村民”还是“居民”，以及适用哪些规则。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role (主任, 副主任, 委员 …)</source>
        <translation>职务（主任、副主任、委员……）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Fill in the demo committee</source>
        <translation>填入示例委员会</translation>
    </message>
    <message>
        <source>Members of the committee</source>
        <translation>委员会成员</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have entered details that are not saved. Close without saving?</source>
        <translation>您填写的内容尚未保存。不保存就关闭吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>committee::ui::EditionBar</name>
    <message>
        <source>New edition…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Copy this edition under a new title and year, e.g. next year&apos;s list</source>
        <translation>以新的标题和年份复制本版本，例如下一年度的清单</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版本(&amp;E)：</translation>
    </message>
    <message>
        <source>Edition not changed</source>
        <translation>未能切换版本</translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation>%1（正式文本）</translation>
    </message>
    <message>
        <source>The official edition is kept so its text can always be restored</source>
        <translation>正式版本须保留，以便随时恢复正式文本</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <source>A copy of “%1” is made. Edit the copy; the official text stays as it was.</source>
        <translation>将复制“%1”。请编辑副本，正式文本保持不变。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edition not created</source>
        <translation>未能创建版本</translation>
    </message>
    <message>
        <source>Remove the edition “%1” and all its entries?</source>
        <translation>删除版本“%1”及其全部条目吗？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edition not removed</source>
        <translation>未能删除版本</translation>
    </message>
</context>
<context>
    <name>committee::ui::MainWindow</name>
    <message>
        <source>Committee Desk</source>
        <translation>村居工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Committee Desk</source>
        <translation>关于村居工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordBrowser</name>
    <message>
        <source>Filter: type any words, e.g. 消防</source>
        <translation>筛选：输入任意字词，例如“消防”</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Restore official text</source>
        <translation>恢复正式文本</translation>
    </message>
    <message>
        <source>Cannot show the list</source>
        <translation>无法显示列表</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see it here.</source>
        <translation>在列表中选择一个条目，即可在此查看详情。</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Delete “%1”? The audit trail keeps a record of what it said.</source>
        <translation>删除“%1”吗？操作日志会保留其原有内容。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <source>Replace this entry&apos;s text with the official text? Your wording stays in the audit trail.</source>
        <translation>用正式文本替换本条目的内容吗？您修改过的文字会保留在操作日志中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordDetailView</name>
    <message>
        <source>Added by hand: this entry is not in the official text.</source>
        <translation>手工添加：正式文本中没有此条目。</translation>
    </message>
    <message numerus="yes">
        <source>Edited: %n field(s) differ from the official text.</source>
        <translation>
            <numerusform>已修改：有 %n 项与正式文本不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Official text:</source>
        <translation>正式文本：</translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordEditorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have changed this entry. Close without saving?</source>
        <translation>您修改了此条目。不保存就关闭吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordForm</name>
    <message>
        <source>One entry per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>e.g. 13812345678 or 023-67891234</source>
        <translation>例如 13812345678 或 023-67891234</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
</context>
<context>
    <name>committee::ui::RecordTableModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Same as the official text</source>
        <translation>与正式文本一致</translation>
    </message>
    <message>
        <source>Differs from the official text</source>
        <translation>与正式文本不同</translation>
    </message>
    <message>
        <source>Added by hand; not in the official text</source>
        <translation>手工添加，正式文本中没有</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>committee::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Remind me of deadlines within:</source>
        <translation>提前提醒截止事项(&amp;R)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Committee Desk.</source>
        <translation>新语言将在下次启动村居工作台时生效。</translation>
    </message>
</context>
<context>
    <name>committee::ui::TaskListArea</name>
    <message>
        <source>Measures of the chosen task</source>
        <translation>所选任务的具体措施</translation>
    </message>
</context>
</TS>
