<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>committee::AppLock</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password check could not start.</source>
        <translation>无法开始核对密码。</translation>
    </message>
    <message>
        <source>No app password is set.</source>
        <translation>尚未设置应用密码。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码输错次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>无法加密保存密码。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>An app password is already set; change it instead.</source>
        <translation>已设置应用密码，请改用“修改密码”。</translation>
    </message>
    <message>
        <source>Lock after: give between %1 and %2 minutes.</source>
        <translation>锁定时间：请填写 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <source>Set an app password first; without one the app never locks.</source>
        <translation>请先设置应用密码；没有密码时应用不会锁定。</translation>
    </message>
</context>
<context>
    <name>committee::AtomicFile</name>
    <message>
        <source>The folder %1 is no longer there. If it is on a USB stick, the stick may have been pulled out; put it back and try again.</source>
        <translation>文件夹 %1 已不存在。如果它在 U 盘上，U 盘可能已被拔出；请重新插好后再试。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only (a locked USB stick, or a disc). Choose another folder.</source>
        <translation>文件夹 %1 是只读的（U 盘已写保护，或是光盘）。请另选文件夹。</translation>
    </message>
    <message>
        <source>There is not enough free space in %1: %2 MB are needed, %3 MB are free. Free some space or choose another folder.</source>
        <translation>%1 空间不足：需要 %2 MB，只剩 %3 MB。请清理空间或另选文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). If it is on a USB stick, check that the stick is still in and not locked, or that the disk is not full.</source>
        <translation>无法写入 %1（%2）。如果在 U 盘上，请检查 U 盘是否仍插着、是否写保护，或磁盘是否已满。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (read-only, or you have no permission). Choose another folder.</source>
        <translation>无法写入文件夹 %1（只读，或没有权限）。请另选文件夹。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>committee::AttachmentRecovery</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>committee::Attachments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the attachment store.</source>
        <translation>无法将 %1 复制到附件库。</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>复制 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>committee::AuditLogExport</name>
    <message>
        <source>No temporary folder for the workbook.</source>
        <translation>没有可用于生成工作簿的临时文件夹。</translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>The workbook could not be read back.</source>
        <translation>无法读回工作簿。</translation>
    </message>
</context>
<context>
    <name>committee::AuditText</name>
    <message>
        <source>App password</source>
        <translation>应用密码</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>无人使用锁定时间（分钟）</translation>
    </message>
</context>
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
        <source>The backup could not be given its name %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
</context>
<context>
    <name>committee::BackupCatalog</name>
    <message>
        <source>There is no usable backup in %1.</source>
        <translation>%1 中没有可用的备份。</translation>
    </message>
</context>
<context>
    <name>committee::BackupJob</name>
    <message>
        <source>%1 already exists. Choose another name or folder for the backup.</source>
        <translation>%1 已存在。请为备份另选名称或文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder, so the backup cannot go there.</source>
        <translation>%1 是文件而不是文件夹，备份不能放在那里。</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建该文件夹</translation>
    </message>
    <message>
        <source>The backup was not started.</source>
        <translation>备份尚未开始。</translation>
    </message>
    <message>
        <source>the finished backup could not be given its name</source>
        <translation>完成的备份无法改为正式名称</translation>
    </message>
</context>
<context>
    <name>committee::BackupRotation</name>
    <message>
        <source>These old backups could not be removed: %1</source>
        <translation>以下旧备份无法删除：%1</translation>
    </message>
</context>
<context>
    <name>committee::BackupSet</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 is an unfinished backup (it was being written when it stopped) and cannot be used.</source>
        <translation>%1 是未完成的备份（写入过程中被中断），不能使用。</translation>
    </message>
    <message>
        <source>%1 is not a Committee Desk backup: it has no manifest.json.</source>
        <translation>%1 不是村居工作台的备份：其中没有 manifest.json。</translation>
    </message>
    <message>
        <source>The manifest.json of the backup %1 is damaged or of an unknown format.</source>
        <translation>备份 %1 的 manifest.json 已损坏或格式未知。</translation>
    </message>
    <message>
        <source>The manifest.json of the backup %1 has no valid date.</source>
        <translation>备份 %1 的 manifest.json 中没有有效的日期。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 has no database file.</source>
        <translation>备份 %1 中没有数据库文件。</translation>
    </message>
    <message>
        <source>The database in the backup %1 was changed or damaged after the backup was made (its checksum differs).</source>
        <translation>备份 %1 中的数据库在备份完成后被改动或已损坏（校验值不符）。</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 lacks %n attached file(s) it should hold (%2).</source>
        <translation>
            <numerusform>备份 %1 缺少应有的 %n 个附件（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>committee::BundleCrypto</name>
    <message>
        <source>The encrypted bundle is damaged or has been changed.</source>
        <translation>加密数据包已损坏或被改动。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密组件。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>内存不足，无法由密码生成密钥。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>The encrypted bundle is incomplete or has extra data: it was cut off or changed.</source>
        <translation>加密数据包不完整或多出了数据：复制时被截断或被改动过。</translation>
    </message>
</context>
<context>
    <name>committee::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>Quarterly sheet %1 Q%2</source>
        <translation>%1 年第 %2 季度办理情况表</translation>
    </message>
    <message>
        <source>The period is wrong: the first day must come before the last.</source>
        <translation>时间段有误：开始日期必须早于结束日期。</translation>
    </message>
    <message>
        <source>A bundle with sensitive fields needs a password to encrypt it.</source>
        <translation>包含敏感信息的数据包需要设置密码进行加密。</translation>
    </message>
    <message>
        <source>Set up the committee first: the township needs to know whose records these are.</source>
        <translation>请先填写委员会信息：镇街需要知道这些记录属于哪个村（社区）。</translation>
    </message>
    <message>
        <source>%1 could not be made: %2</source>
        <translation>无法生成 %1：%2</translation>
    </message>
    <message>
        <source>Packing the bundle</source>
        <translation>正在打包</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Checking the written file</source>
        <translation>正在核对写入的文件</translation>
    </message>
    <message>
        <source>The bundle was written but reads back wrong (%1); it was removed. The stick may be faulty: try another one.</source>
        <translation>数据包已写入，但读回核对不一致（%1），已将其删除。U 盘可能有故障，请换一个再试。</translation>
    </message>
    <message>
        <source>Laying out the documents</source>
        <translation>正在排版文书</translation>
    </message>
</context>
<context>
    <name>committee::BundleManifest</name>
    <message>
        <source>The bundle&apos;s manifest is not valid: %1.</source>
        <translation>数据包的清单文件无效：%1。</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>不是 JSON 格式</translation>
    </message>
    <message>
        <source>This file is not a Committee Desk bundle.</source>
        <translation>此文件不是村居工作台的数据包。</translation>
    </message>
    <message>
        <source>The bundle has format version %1, which this version of the app does not know (it reads version %2). Update Committee Desk to open it.</source>
        <translation>数据包的格式版本为 %1，本版本软件无法识别（只能读取版本 %2）。请升级村居工作台后再打开。</translation>
    </message>
    <message>
        <source>the committee is not named</source>
        <translation>未写明所属委员会</translation>
    </message>
    <message>
        <source>the period is missing or wrong</source>
        <translation>时间段缺失或有误</translation>
    </message>
    <message>
        <source>a file entry is incomplete</source>
        <translation>有文件条目不完整</translation>
    </message>
</context>
<context>
    <name>committee::BundleReader</name>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation>无法读取数据包 %1：%2</translation>
    </message>
    <message>
        <source>The bundle is %1 MB, more than the %2 MB a bundle may have.</source>
        <translation>数据包大小为 %1 MB，超过了允许的 %2 MB。</translation>
    </message>
    <message>
        <source>The bundle is encrypted: it needs its password.</source>
        <translation>数据包已加密：需要输入密码。</translation>
    </message>
    <message>
        <source>Not enough memory to read the bundle.</source>
        <translation>内存不足，无法读取数据包。</translation>
    </message>
    <message>
        <source>The file is not a bundle, or it is incomplete (cut off while copying?).</source>
        <translation>此文件不是数据包，或数据包不完整（复制时被截断？）。</translation>
    </message>
    <message>
        <source>The bundle holds %1 files, more than the %2 a bundle may have.</source>
        <translation>数据包含有 %1 个文件，超过了允许的 %2 个。</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is damaged.</source>
        <translation>数据包的目录已损坏。</translation>
    </message>
    <message>
        <source>The bundle holds a file whose path leaves its folder (“%1”); it was refused.</source>
        <translation>数据包中有文件的路径指向数据包之外（“%1”），已拒绝。</translation>
    </message>
    <message>
        <source>The file “%1” in the bundle is %2 MB, more than the %3 MB allowed.</source>
        <translation>数据包中的文件“%1”大小为 %2 MB，超过了允许的 %3 MB。</translation>
    </message>
    <message>
        <source>The file “%1” in the bundle is compressed beyond reason (%2 to 1); it was refused as a possible zip bomb.</source>
        <translation>数据包中的文件“%1”压缩比异常（%2 比 1），可能是恶意压缩包，已拒绝。</translation>
    </message>
    <message>
        <source>The files in the bundle add up to more than %1 MB.</source>
        <translation>数据包中文件总大小超过 %1 MB。</translation>
    </message>
    <message>
        <source>The bundle holds “%1” twice; it was refused.</source>
        <translation>数据包中“%1”出现了两次，已拒绝。</translation>
    </message>
    <message>
        <source>The file “%1” in the bundle is damaged.</source>
        <translation>数据包中的文件“%1”已损坏。</translation>
    </message>
    <message>
        <source>The file is not a bundle: it has no manifest.json.</source>
        <translation>此文件不是数据包：缺少 manifest.json。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no checksum.</source>
        <translation>数据包的清单文件缺少校验值。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has been changed after the bundle was made.</source>
        <translation>数据包生成后，其清单文件被改动过。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names a path that leaves its folder (“%1”).</source>
        <translation>数据包清单中的路径指向数据包之外（“%1”）。</translation>
    </message>
    <message>
        <source>The file “%1” listed in the manifest is missing from the bundle.</source>
        <translation>清单中列出的文件“%1”在数据包中缺失。</translation>
    </message>
    <message>
        <source>The file “%1” has a different size than the manifest says: the bundle was changed or damaged.</source>
        <translation>文件“%1”的大小与清单不符：数据包被改动或已损坏。</translation>
    </message>
    <message>
        <source>The file “%1” does not match its checksum: the bundle was changed or damaged.</source>
        <translation>文件“%1”与校验值不符：数据包被改动或已损坏。</translation>
    </message>
    <message>
        <source>The bundle holds “%1”, which its manifest does not list; it was refused.</source>
        <translation>数据包中有清单未列出的文件“%1”，已拒绝。</translation>
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
    <name>committee::DataFolderMove</name>
    <message>
        <source>The open database could not be counted to check the copy.</source>
        <translation>无法统计当前数据库的记录数，因而无法核对副本。</translation>
    </message>
    <message>
        <source>The copy %1 cannot be read back.</source>
        <translation>无法读回副本 %1。</translation>
    </message>
    <message>
        <source>The copy %1 does not have the same tables as the open database.</source>
        <translation>副本 %1 的数据表与当前数据库不一致。</translation>
    </message>
    <message>
        <source>The copy %1 differs from the open database in the table “%2” (%3 rows instead of %4).</source>
        <translation>副本 %1 的数据表“%2”与当前数据库不一致（%3 行，应为 %4 行）。</translation>
    </message>
    <message>
        <source>Choose the folder to move the data to.</source>
        <translation>请选择要把数据迁移到的文件夹。</translation>
    </message>
    <message>
        <source>Only the database in the data folder can be moved. This window has %1 open.</source>
        <translation>只能迁移数据文件夹中的数据库。当前窗口打开的是 %1。</translation>
    </message>
    <message>
        <source>The data is already in %1. Choose another folder.</source>
        <translation>数据已经在 %1 中，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 是文件，不是文件夹。请选择一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>无法创建文件夹 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1. Choose a folder you can write to.</source>
        <translation>无法写入文件夹 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 already holds a Committee Desk database. Choose an empty folder; the data there is left as it is.</source>
        <translation>文件夹 %1 中已有村居工作台数据库。请选择一个空文件夹；那里的数据不会被改动。</translation>
    </message>
    <message>
        <source>There is not enough free space in %1: the data needs %2 MB, and %3 MB are free.</source>
        <translation>%1 的剩余空间不足：数据需要 %2 MB，可用只有 %3 MB。</translation>
    </message>
    <message>
        <source>The database could not be copied to %1. Nothing was changed. %2</source>
        <translation>无法将数据库复制到 %1，未作任何改动。%2</translation>
    </message>
    <message>
        <source>The copy in %1 did not pass its check, so it was removed and nothing was changed. %2</source>
        <translation>%1 中的副本未通过核对，已删除副本，未作任何改动。%2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose an empty folder.</source>
        <translation>%1 已存在。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The data was copied, but the new folder could not be recorded in the settings, so the copy was removed and nothing was changed.</source>
        <translation>数据已复制，但无法在设置中记录新文件夹，因此已删除副本，未作任何改动。</translation>
    </message>
    <message>
        <source>No earlier data folder is recorded.</source>
        <translation>没有记录以前的数据文件夹。</translation>
    </message>
    <message>
        <source>%1 is part of the data folder in use; it was not deleted.</source>
        <translation>%1 属于正在使用的数据文件夹，未删除。</translation>
    </message>
    <message>
        <source>%1 is still open in Committee Desk or committee-desk-cli. Close it, then try again.</source>
        <translation>%1 仍在村居工作台或 committee-desk-cli 中打开。请关闭后再试。</translation>
    </message>
    <message>
        <source>These files in the old data folder could not be deleted: %1</source>
        <translation>旧数据文件夹中的以下文件无法删除：%1</translation>
    </message>
    <message>
        <source>The data cannot be moved into its own folder %1.</source>
        <translation>不能把数据迁移到它自己的文件夹 %1 中。</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2. Nothing was changed.</source>
        <translation>无法将 %1 复制到 %2，未作任何改动。</translation>
    </message>
    <message>
        <source>The copy %1 could not be given its name. Nothing was changed.</source>
        <translation>无法为副本 %1 命名，未作任何改动。</translation>
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
    <name>committee::DemoData</name>
    <message>
        <source>The demo covers 1 to 30 years.</source>
        <translation>示例数据的年数为 1 到 30 年。</translation>
    </message>
</context>
<context>
    <name>committee::DocumentExport</name>
    <message>
        <source>%1: the file name must end in .pdf, .odt, .xlsx or .html.</source>
        <translation>%1：文件名须以 .pdf、.odt、.xlsx 或 .html 结尾。</translation>
    </message>
    <message>
        <source>“%1” is not a table; save it as PDF or ODT instead.</source>
        <translation>“%1”不是表格，请另存为 PDF 或 ODT。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>committee::DocumentFonts</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Headings and labels</source>
        <translation>标题栏与栏目名</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Xiaobiaosong (小标宋)</source>
        <translation>小标宋</translation>
    </message>
    <message>
        <source>Heiti (黑体)</source>
        <translation>黑体</translation>
    </message>
    <message>
        <source>Songti (宋体)</source>
        <translation>宋体</translation>
    </message>
    <message>
        <source>Fangsong (仿宋)</source>
        <translation>仿宋</translation>
    </message>
</context>
<context>
    <name>committee::DocumentRenderer</name>
    <message>
        <source>The margins leave no room on the page for the document.</source>
        <translation>页边距过大，页面上没有排版空间。</translation>
    </message>
    <message>
        <source>The document could not be drawn on the pages.</source>
        <translation>无法将文书绘制到页面上。</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>无法开始第 %1 页。</translation>
    </message>
</context>
<context>
    <name>committee::Documents</name>
    <message>
        <source>The committee has not been set up yet, so documents cannot name it. Fill in the committee first.</source>
        <translation>尚未设置委员会信息，文书无法写明委员会名称。请先填写委员会信息。</translation>
    </message>
    <message>
        <source>The wording file %1 is not valid JSON (%2).</source>
        <translation>文字配置文件 %1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>Quarterly progress sheet (附件2)</source>
        <translation>季度办理情况表（附件2）</translation>
    </message>
    <message>
        <source>Committee workbook</source>
        <translation>村（居）民委员会工作簿</translation>
    </message>
    <message>
        <source>Consultation meeting record book</source>
        <translation>城乡社区协商会议记录本</translation>
    </message>
    <message>
        <source>Supervisory committee workbook</source>
        <translation>村（居）务监督委员会工作簿</translation>
    </message>
    <message>
        <source>Four deliberations and two disclosures</source>
        <translation>“四议两公开”工作记录</translation>
    </message>
    <message>
        <source>Assistance work ledger</source>
        <translation>协助政府工作台账</translation>
    </message>
    <message>
        <source>Register of requests outside the list</source>
        <translation>清单外事项登记簿</translation>
    </message>
    <message>
        <source>Notice declining a request outside the list</source>
        <translation>不予承接清单外事项告知书</translation>
    </message>
    <message>
        <source>Disclosure sheet for the notice board</source>
        <translation>公开栏张贴公开表</translation>
    </message>
    <message>
        <source>Members&apos; commitments for posting</source>
        <translation>成员履职承诺公示</translation>
    </message>
    <message>
        <source>There is no document called “%1”.</source>
        <translation>没有名为“%1”的文书。</translation>
    </message>
    <message>
        <source>Choose the record the document is about.</source>
        <translation>请选择文书所涉及的记录。</translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4.</source>
        <translation>请选择第 1 至 4 季度。</translation>
    </message>
    <message>
        <source>Record no. %1 is in the trash.</source>
        <translation>第 %1 号记录在回收站中。</translation>
    </message>
    <message>
        <source>Request no. %1 matches checklist item %2, so it is not outside the list and cannot be declined with this notice.</source>
        <translation>第 %1 号事项对应清单第 %2 项，不属于清单外事项，不能用本告知书拒绝。</translation>
    </message>
    <message>
        <source>Request no. %1 is not marked as declined. Mark it declined first, then print the notice.</source>
        <translation>第 %1 号事项尚未标记为“不予承接”。请先标记，再打印告知书。</translation>
    </message>
    <message>
        <source>No member&apos;s commitments are recorded for %1.</source>
        <translation>%1 年没有成员履职承诺记录。</translation>
    </message>
    <message>
        <source>Township summary of the quarterly sheets (附件2 汇总)</source>
        <translation>镇街季度办理情况汇总表（附件2 汇总）</translation>
    </message>
    <message>
        <source>Measures of the quarterly sheet (附：具体措施办理情况)</source>
        <translation>办理情况表附：具体措施办理情况</translation>
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
        <source>The official edition cannot be removed; it is what “restore official text” goes back to.</source>
        <translation>正式版本不能删除，“恢复正式文本”要以它为准。</translation>
    </message>
    <message>
        <source>The year of the new edition must be between %1 and %2.</source>
        <translation>新版本的年份必须在 %1 到 %2 之间。</translation>
    </message>
</context>
<context>
    <name>committee::ExportTargets</name>
    <message>
        <source>USB stick %1 (%2)</source>
        <translation>U 盘 %1（%2）</translation>
    </message>
    <message>
        <source>Home folder (%1)</source>
        <translation>个人文件夹（%1）</translation>
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
    <message>
        <source>1. Party organisation proposed on</source>
        <translation>①党组织提议日期</translation>
    </message>
    <message>
        <source>Party organisation proposes</source>
        <translation>党组织提议</translation>
    </message>
    <message>
        <source>2. Two committees discussed on</source>
        <translation>②“两委”会议商议日期</translation>
    </message>
    <message>
        <source>Two committees discuss</source>
        <translation>“两委”会议商议</translation>
    </message>
    <message>
        <source>3. Party members&apos; assembly reviewed on</source>
        <translation>③党员大会审议日期</translation>
    </message>
    <message>
        <source>Party members&apos; assembly reviews</source>
        <translation>党员大会审议</translation>
    </message>
    <message>
        <source>4. Villagers&apos; (representatives&apos;) meeting resolved on</source>
        <translation>④村（居）民（代表）会议决议日期</translation>
    </message>
    <message>
        <source>Villagers&apos; (representatives&apos;) meeting resolves</source>
        <translation>村（居）民（代表）会议决议</translation>
    </message>
    <message>
        <source>5. Resolution disclosed on</source>
        <translation>⑤决议公开日期</translation>
    </message>
    <message>
        <source>Resolution disclosed</source>
        <translation>决议公开</translation>
    </message>
    <message>
        <source>6. Result of implementation disclosed on</source>
        <translation>⑥实施结果公开日期</translation>
    </message>
    <message>
        <source>Result of implementation disclosed</source>
        <translation>实施结果公开</translation>
    </message>
    <message>
        <source>1. Drafted by the two committees on</source>
        <translation>①“两委”拟定日期</translation>
    </message>
    <message>
        <source>Two committees draft</source>
        <translation>“两委”拟定</translation>
    </message>
    <message>
        <source>2. Reviewed by the supervisory committee on</source>
        <translation>②监督委员会审查日期</translation>
    </message>
    <message>
        <source>Supervisory committee reviews</source>
        <translation>监督委员会审查</translation>
    </message>
    <message>
        <source>3. Plan fixed by the joint meeting on</source>
        <translation>③联席会确定方案日期</translation>
    </message>
    <message>
        <source>Joint meeting fixes the plan</source>
        <translation>联席会确定方案</translation>
    </message>
    <message>
        <source>4. Posted on</source>
        <translation>④公布日期</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>5. Archived and filed with the township on</source>
        <translation>⑤存档并报镇街备案日期</translation>
    </message>
    <message>
        <source>Archiving and filing with the township</source>
        <translation>存档并报镇街备案</translation>
    </message>
    <message>
        <source>三事分流 case</source>
        <translation>三事分流事项</translation>
    </message>
    <message>
        <source>三事分流 cases</source>
        <translation>三事分流</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Major matter (大事): for the government</source>
        <translation>大事（政府主导）</translation>
    </message>
    <message>
        <source>Minor matter (小事): handled together</source>
        <translation>小事（共同协商办理）</translation>
    </message>
    <message>
        <source>Private matter (私事): residents themselves</source>
        <translation>私事（居民自行解决）</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation>分流至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Activity or project</source>
        <translation>活动或项目</translation>
    </message>
    <message>
        <source>五社联动 and 公益创投</source>
        <translation>五社联动与公益创投</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>五社联动 activity</source>
        <translation>五社联动活动</translation>
    </message>
    <message>
        <source>公益创投 project</source>
        <translation>公益创投项目</translation>
    </message>
    <message>
        <source>Partners (organisations, social workers, volunteers, donors)</source>
        <translation>参与方（社会组织、社工、志愿者、慈善资源）</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Excellent case submission</source>
        <translation>优秀案例报送</translation>
    </message>
    <message>
        <source>Excellent case submissions</source>
        <translation>优秀案例报送</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Assistance ledger entry</source>
        <translation>协助工作台账</translation>
    </message>
    <message>
        <source>Assistance ledger</source>
        <translation>协助工作台账</translation>
    </message>
    <message>
        <source>Checklist item no.</source>
        <translation>清单事项序号</translation>
    </message>
    <message>
        <source>Detailed task</source>
        <translation>细化事项</translation>
    </message>
    <message>
        <source>Requesting department</source>
        <translation>提出部门</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <source>Request from a department</source>
        <translation>部门工作事项</translation>
    </message>
    <message>
        <source>Requests from departments</source>
        <translation>部门工作事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Official document</source>
        <translation>正式文件</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat or message</source>
        <translation>微信或短信</translation>
    </message>
    <message>
        <source>Online system</source>
        <translation>网络系统</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>要求事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Matching checklist item no. (0: outside the list)</source>
        <translation>清单事项序号（0为清单外）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>On the list: assist</source>
        <translation>清单内：依法协助</translation>
    </message>
    <message>
        <source>Outside the list: declined (渝民发〔2021〕6号 一)</source>
        <translation>清单外：拒绝（渝民发〔2021〕6号第一条）</translation>
    </message>
    <message>
        <source>Outside the list: bought as a service (费随事转)</source>
        <translation>清单外：购买服务（费随事转）</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Sub-committee</source>
        <translation>下属委员会</translation>
    </message>
    <message>
        <source>Sub-committees</source>
        <translation>下属委员会</translation>
    </message>
    <message>
        <source>Chair (主任)</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Duties and notes</source>
        <translation>职责及备注</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>履职承诺</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>履职承诺</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Filed with the township on</source>
        <translation>报镇街备案日期</translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Democratic evaluations</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评议日期</translation>
    </message>
    <message>
        <source>Satisfied (满意)</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied (基本满意)</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied (不满意)</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Result published on</source>
        <translation>结果公布日期</translation>
    </message>
    <message>
        <source>Convention version</source>
        <translation>村规民约版本</translation>
    </message>
    <message>
        <source>Conventions (村规民约/居民公约)</source>
        <translation>村规民约/居民公约</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Adopted by the meeting</source>
        <translation>通过会议</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Points system (积分制) notes</source>
        <translation>积分制说明</translation>
    </message>
    <message>
        <source>Courtyard system (院落制) notes</source>
        <translation>院落制说明</translation>
    </message>
    <message>
        <source>Nominated for the district selection</source>
        <translation>推荐参评区优秀村规民约</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <source>四议两公开 matter</source>
        <translation>四议两公开事项</translation>
    </message>
    <message>
        <source>四议两公开 matters</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>动议事由</translation>
    </message>
    <message>
        <source>Party members&apos; or residents&apos; suggestion (党员群众建议)</source>
        <translation>党员群众建议</translation>
    </message>
    <message>
        <source>Proposed by village cadres (村干部提议)</source>
        <translation>村（社区）干部提议</translation>
    </message>
    <message>
        <source>Arranged by the higher Party committee or government (上级党委政府安排)</source>
        <translation>上级党委政府安排</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提议内容</translation>
    </message>
    <message>
        <source>Two committees&apos; meeting</source>
        <translation>“两委”会议</translation>
    </message>
    <message>
        <source>Party members&apos; assembly</source>
        <translation>党员大会</translation>
    </message>
    <message>
        <source>Villagers&apos; (representatives&apos;) meeting</source>
        <translation>村（居）民（代表）会议</translation>
    </message>
    <message>
        <source>Disclosure of the resolution</source>
        <translation>决议公开记录</translation>
    </message>
    <message>
        <source>Disclosure of the result</source>
        <translation>实施结果公开记录</translation>
    </message>
    <message>
        <source>Supervisory committee&apos;s opinion</source>
        <translation>监督委员会意见</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>村（居）务公开</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>村（居）务公开</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Party affairs (党务)</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Government affairs (政务)</source>
        <translation>政务</translation>
    </message>
    <message>
        <source>Services (服务)</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Finance (财务)</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Notice board and online platform</source>
        <translation>公开栏和网络平台</translation>
    </message>
    <message>
        <source>Notice board (公开栏)</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>Online platform (智慧社区云平台)</source>
        <translation>智慧社区云平台</translation>
    </message>
    <message>
        <source>Supervisory committee members who signed</source>
        <translation>签字的监委会成员</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Not yet sealed</source>
        <translation>尚未盖章</translation>
    </message>
    <message>
        <source>Committee seal and supervisory committee seal</source>
        <translation>村（居）委会和监委会印章</translation>
    </message>
    <message>
        <source>Committee seal only</source>
        <translation>仅村（居）委会印章</translation>
    </message>
    <message>
        <source>Supervisory committee seal only</source>
        <translation>仅监委会印章</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>Supervision entry</source>
        <translation>监督工作记录</translation>
    </message>
    <message>
        <source>Supervision entries</source>
        <translation>监督工作记录</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Collecting opinions (收集意见)</source>
        <translation>收集意见</translation>
    </message>
    <message>
        <source>Making proposals (提出建议)</source>
        <translation>提出建议</translation>
    </message>
    <message>
        <source>Overseeing implementation (监督落实)</source>
        <translation>监督落实</translation>
    </message>
    <message>
        <source>Reporting back (通报反馈)</source>
        <translation>通报反馈</translation>
    </message>
    <message>
        <source>Right used</source>
        <translation>行使权利</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>To be informed (知情)</source>
        <translation>知情权</translation>
    </message>
    <message>
        <source>To question (质询)</source>
        <translation>质询权</translation>
    </message>
    <message>
        <source>To audit (审核)</source>
        <translation>审核权</translation>
    </message>
    <message>
        <source>To propose (建议)</source>
        <translation>建议权</translation>
    </message>
    <message>
        <source>To chair the democratic evaluation (主持民主评议)</source>
        <translation>主持民主评议权</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Villagers&apos; or residents&apos; meeting (村(居)民会议)</source>
        <translation>村（居）民会议</translation>
    </message>
    <message>
        <source>Representatives&apos; meeting (村(居)民代表会议)</source>
        <translation>村（居）民代表会议</translation>
    </message>
    <message>
        <source>Joint meeting of the two committees (两委会议/联席会议)</source>
        <translation>“两委”会议/联席会议</translation>
    </message>
    <message>
        <source>Party members&apos; assembly (党员大会)</source>
        <translation>党员大会</translation>
    </message>
    <message>
        <source>Consultation meeting (协商会议)</source>
        <translation>协商会议</translation>
    </message>
    <message>
        <source>Supervisory committee meeting (监督委员会会议)</source>
        <translation>监督委员会会议</translation>
    </message>
    <message>
        <source>Sub-committee meeting (下属委员会会议)</source>
        <translation>下属委员会会议</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>其他会议</translation>
    </message>
    <message>
        <source>Number in the year (第N次)</source>
        <translation>本年第几次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Members entitled to attend</source>
        <translation>应到人数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>Absent, with reasons</source>
        <translation>缺席人员及原因</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Observers (列席)</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论情况</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>Consultation catalogue entry</source>
        <translation>协商目录事项</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续落实</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Consultation catalogue</source>
        <translation>重点事项协商目录</translation>
    </message>
    <message>
        <source>Matter for consultation</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Planning, building and management</source>
        <translation>规划建设管理</translation>
    </message>
    <message>
        <source>Economic and social development</source>
        <translation>经济社会发展</translation>
    </message>
    <message>
        <source>Village or community governance</source>
        <translation>村（社区）治理</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>公共安全</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>Supervisory committee member</source>
        <translation>监委会成员</translation>
    </message>
    <message>
        <source>Supervisory committee members</source>
        <translation>监委会成员</translation>
    </message>
    <message>
        <source>Member (委员)</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>经常性工作事项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>村和社区</translation>
    </message>
    <message>
        <source>Villages only</source>
        <translation>仅村</translation>
    </message>
    <message>
        <source>Communities only</source>
        <translation>仅社区</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>On fixed dates</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>For each matter</source>
        <translation>逐事项</translation>
    </message>
    <message>
        <source>At all times</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Due dates (MM-DD, one per line)</source>
        <translation>截止日期（月-日，每行一个）</translation>
    </message>
    <message>
        <source>Days on display</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <source>Months on display</source>
        <translation>公示月数</translation>
    </message>
    <message>
        <source>Evidence rule (JSON)</source>
        <translation>佐证规则（JSON）</translation>
    </message>
    <message>
        <source>Task-list measure no.</source>
        <translation>重点任务措施序号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Quarterly progress sheet</source>
        <translation>季度办理情况表</translation>
    </message>
    <message>
        <source>Quarterly progress sheets</source>
        <translation>季度办理情况表</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation>填报时间</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems and next steps</source>
        <translation>存在问题及下步打算</translation>
    </message>
    <message>
        <source>Progress status</source>
        <translation>进展状态</translation>
    </message>
    <message>
        <source>On schedule (正常推进)</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <source>Behind schedule (推进滞后)</source>
        <translation>推进滞后</translation>
    </message>
    <message>
        <source>Completed (已完成)</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>committee::LedgerRules</name>
    <message>
        <source>“%1” cannot be completed before “%2”.</source>
        <translation>“%2”完成之前，不能填写“%1”。</translation>
    </message>
    <message>
        <source>“%1” (%2) cannot be earlier than “%3” (%4).</source>
        <translation>“%1”（%2）不能早于“%3”（%4）。</translation>
    </message>
    <message>
        <source>Finance disclosures must stay up at least one month; this one was up %1 days (until %2 at the earliest).</source>
        <translation>财务公开时限不少于一个月；本次只公开了 %1 天（最早应到 %2 撤下）。</translation>
    </message>
    <message>
        <source>Disclosures must stay on the notice board at least 10 days; this one was up %1 days (until %2 at the earliest).</source>
        <translation>公开栏内容应保留 10 日以上；本次只保留了 %1 天（最早应到 %2 撤下）。</translation>
    </message>
    <message>
        <source>No chair (主任) is named.</source>
        <translation>未指定主任。</translation>
    </message>
    <message>
        <source>%1 members; a sub-committee has %2 to %3.</source>
        <translation>现有 %1 人；下属委员会一般由 %2－%3 人组成。</translation>
    </message>
    <message>
        <source>The required %1 is missing.</source>
        <translation>缺少应设立的%1。</translation>
    </message>
    <message>
        <source>More people are recorded present than are entitled to attend.</source>
        <translation>实到人数多于应到人数。</translation>
    </message>
    <message>
        <source>A disclosure can only be taken down after it was posted.</source>
        <translation>公开内容只能在公布之后撤下。</translation>
    </message>
    <message>
        <source>Work on the list needs the number of its checklist item.</source>
        <translation>清单内事项须填写对应的清单事项序号。</translation>
    </message>
    <message>
        <source>This request matches checklist item %1, so it is not outside the list.</source>
        <translation>该事项对应清单第 %1 项，不属于清单外事项。</translation>
    </message>
    <message>
        <source>Work bought as a service needs its agreement recorded.</source>
        <translation>购买服务须记录服务协议。</translation>
    </message>
    <message>
        <source>%1 votes were counted but only %2 people were present.</source>
        <translation>共计 %1 票，但实到只有 %2 人。</translation>
    </message>
    <message>
        <source>No supervisory committee member has signed the posted disclosure.</source>
        <translation>已公布的内容尚无监委会成员签字。</translation>
    </message>
    <message>
        <source>A posted disclosure carries both seals: the committee&apos;s and the supervisory committee&apos;s.</source>
        <translation>公布的内容应加盖村（居）委会和监委会两枚印章。</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>全部步骤已完成</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>%1: the catalogue has %2 entries; it should have 4 to 6.</source>
        <translation>%1年：协商目录有 %2 条，应为 4－6 条。</translation>
    </message>
</context>
<context>
    <name>committee::MeetingRules</name>
    <message>
        <source>one half</source>
        <translation>二分之一</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>三分之二</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>过%1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>Quorum not reached: %1 of %2 present; this meeting needs %3 present (%4).</source>
        <translation>到会人数不足：应到 %2 人，实到 %1 人；本会议须%3到会（至少 %4 人）。</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>到会人员</translation>
    </message>
    <message>
        <source>of all members</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <source>Not passed: %1 votes for; a motion needs %2 %3 (%4).</source>
        <translation>未通过：赞成 %1 票；须%3%2同意（至少 %4 票）。</translation>
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
    <name>committee::ObligationEngine</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Only for village committees</source>
        <translation>仅适用于村</translation>
    </message>
    <message>
        <source>Only for community committees</source>
        <translation>仅适用于社区</translation>
    </message>
    <message>
        <source>Its records are not kept in this version of the app.</source>
        <translation>本版本尚未记录这类内容。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>No matter is waiting for a step</source>
        <translation>没有待办步骤的事项</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) not yet through all six steps</source>
        <translation>
            <numerusform>有 %n 个事项尚未走完六个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed on %1</source>
        <translation>%1 未完成</translation>
    </message>
    <message>
        <source>Done for %1; next on %2</source>
        <translation>%1 的已完成；下次 %2</translation>
    </message>
    <message>
        <source>Done for %1</source>
        <translation>%1 的已完成</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <source>Done late, after %1</source>
        <translation>已完成，但晚于 %1</translation>
    </message>
    <message>
        <source>%1 this year; at most %2</source>
        <translation>本年 %1 条，最多 %2 条</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>今日已完成</translation>
    </message>
    <message>
        <source>Not yet done today</source>
        <translation>今日尚未完成</translation>
    </message>
    <message>
        <source>%1 of %2 this quarter</source>
        <translation>本季度 %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 this month</source>
        <translation>本月 %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 this year</source>
        <translation>本年 %1/%2</translation>
    </message>
</context>
<context>
    <name>committee::ObligationStore</name>
    <message>
        <source>“%1” is not a date of the year such as 01-15.</source>
        <translation>“%1”不是“月-日”格式的日期，例如 01-15。</translation>
    </message>
    <message>
        <source>The evidence rule is not valid JSON: %1</source>
        <translation>佐证规则不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Obligation %1 (%2) has no evidence type.</source>
        <translation>第 %1 项工作事项（%2）没有指定佐证类型。</translation>
    </message>
    <message>
        <source>The built-in list of obligations is missing from this build.</source>
        <translation>本程序缺少内置的工作事项清单。</translation>
    </message>
    <message>
        <source>Obligation %1 could not be loaded: %2</source>
        <translation>无法载入第 %1 项工作事项：%2</translation>
    </message>
</context>
<context>
    <name>committee::OdtExport</name>
    <message>
        <source>The document could not be written as ODT.</source>
        <translation>无法将文书写成 ODT 文件。</translation>
    </message>
</context>
<context>
    <name>committee::Period</name>
    <message>
        <source>Choose a year from %1 to %2.</source>
        <translation>请选择 %1 至 %2 之间的年份。</translation>
    </message>
</context>
<context>
    <name>committee::Quarter</name>
    <message>
        <source>Choose a year from %1 to %2 and a quarter from 1 to 4.</source>
        <translation>请选择 %1 至 %2 之间的年份和第 1 至 4 季度。</translation>
    </message>
    <message>
        <source>“%1” is not a quarter; write it as 2026Q4.</source>
        <translation>“%1”不是季度；请写成 2026Q4 这样的形式。</translation>
    </message>
</context>
<context>
    <name>committee::QuarterlySheets</name>
    <message>
        <source>There is already a sheet for quarter %1 of %2.</source>
        <translation>%2 年第 %1 季度已有办理情况表。</translation>
    </message>
    <message>
        <source>This sheet was submitted. Give the reason for changing it; the submitted version stays on record.</source>
        <translation>本表已报送。修改须说明理由，已报送的版本会保留备查。</translation>
    </message>
    <message>
        <source>This sheet was already marked as submitted on %1.</source>
        <translation>本表已于 %1 标记为已报送。</translation>
    </message>
    <message>
        <source>Progress status set to %1; the records suggested %2.</source>
        <translation>进展状态选为“%1”；按记录建议为“%2”。</translation>
    </message>
    <message>
        <source>Choose the progress status (进展状态) before marking the sheet as submitted.</source>
        <translation>请先选择“进展状态”，再标记为已报送。</translation>
    </message>
</context>
<context>
    <name>committee::RecordCounts</name>
    <message>
        <source>The records could not be counted: %1</source>
        <translation>无法统计记录数：%1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>committee::RecordExchange</name>
    <message>
        <source>%1 is not a JSON list of records (%2 at byte %3).</source>
        <translation>%1 不是记录的 JSON 列表（第 %3 字节：%2）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” is not a field of %2.</source>
        <translation>第 1 行：“%1”列不是%2的字段。</translation>
    </message>
    <message>
        <source>Line %1: %2 cells, but the header has %3 columns.</source>
        <translation>第 %1 行：有 %2 个单元格，但表头只有 %3 列。</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
</context>
<context>
    <name>committee::RecordLinks</name>
    <message>
        <source>Measure %1: %2</source>
        <translation>措施 %1：%2</translation>
    </message>
    <message>
        <source>Checklist item %1: %2</source>
        <translation>清单事项 %1：%2</translation>
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
    <message>
        <source>This record is finalized. Change it with “Amend”, giving the reason; the original stays on record.</source>
        <translation>此记录已定稿。请用“更正”修改并说明理由；原始内容会保留。</translation>
    </message>
    <message>
        <source>A finalized record cannot be deleted; amend it instead.</source>
        <translation>已定稿的记录不能删除，请改用更正。</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>更正须说明理由。</translation>
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
    <name>committee::Restore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 in the backup is damaged.</source>
        <translation>备份中的文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 to keep the damaged database.</source>
        <translation>无法创建用于保存损坏数据库的文件夹 %1。</translation>
    </message>
    <message>
        <source>The damaged database could not be moved to %1, so nothing was restored.</source>
        <translation>损坏的数据库无法移到 %1，因此没有恢复任何内容。</translation>
    </message>
    <message>
        <source>This backup cannot be restored, and nothing was changed. %1</source>
        <translation>此备份无法恢复，没有做任何改动。%1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Committee Desk (data version %1). Install that version to restore it.</source>
        <translation>此备份由更新版本的村居工作台制作（数据版本 %1）。请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>%1 is open in Committee Desk or committee-desk-cli. Close it, then restore.</source>
        <translation>%1 正在村居工作台或 committee-desk-cli 中打开。请先关闭，再恢复。</translation>
    </message>
    <message>
        <source>The safety copy of the current database failed, so nothing was restored. %1</source>
        <translation>当前数据库的安全副本未能制作，因此没有恢复任何内容。%1</translation>
    </message>
    <message>
        <source>The restored database could not be put in place of %1: %2</source>
        <translation>恢复的数据库无法替换 %1：%2</translation>
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
    <message>
        <source>The change could not be written to the disk, which may be full or no longer attached. Nothing of this change was saved; everything saved before it is safe. Free some space or reconnect the drive, then try again.</source>
        <translation>无法把修改写入磁盘，磁盘可能已满或已断开。这次修改没有保存，之前保存的内容都完好。请腾出空间或重新连接驱动器后再试。</translation>
    </message>
</context>
<context>
    <name>committee::SqliteCopy</name>
    <message>
        <source>The database is not open, so it cannot be copied.</source>
        <translation>数据库未打开，无法复制。</translation>
    </message>
    <message>
        <source>The copy was not started.</source>
        <translation>复制尚未开始。</translation>
    </message>
    <message>
        <source>The database stayed busy, so no copy was made.</source>
        <translation>数据库一直处于忙碌状态，未能制作副本。</translation>
    </message>
</context>
<context>
    <name>committee::TargetProblem</name>
    <message>
        <source>The backup cannot be written to %1: the folder or drive is read-only (a write-protected stick, or a folder you may not change). Choose another folder.</source>
        <translation>无法将备份写入 %1：该文件夹或磁盘是只读的（U 盘写保护，或您无权修改该文件夹）。请另选文件夹。</translation>
    </message>
    <message>
        <source>There is not enough room for the backup on the drive of %1 (it needs about %2 MB). Free some space or use another drive; no partial backup was left there.</source>
        <translation>%1 所在磁盘空间不足，无法存放备份（约需 %2 MB）。请清理出空间或换用其他磁盘；那里没有留下不完整的备份。</translation>
    </message>
    <message>
        <source>The backup could not be finished because %1 is gone: the drive was removed or disconnected. Connect it again and make a new backup.</source>
        <translation>备份未能完成，因为 %1 已不存在：磁盘被拔出或已断开。请重新连接后再做一次备份。</translation>
    </message>
    <message>
        <source>The drive of %1 is full, or the backup is too large for it. Free some space or use another drive; no partial backup was left there.</source>
        <translation>%1 所在磁盘已满，或备份对该磁盘来说太大。请清理出空间或换用其他磁盘；那里没有留下不完整的备份。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation>写入失败</translation>
    </message>
</context>
<context>
    <name>committee::TemplateStore</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a template name.</source>
        <translation>“%1”不是模板名称。</translation>
    </message>
    <message>
        <source>There is no template called “%1”.</source>
        <translation>没有名为“%1”的模板。</translation>
    </message>
    <message>
        <source>Cannot create the template folder %1.</source>
        <translation>无法创建模板文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>committee::TownshipOverview</name>
    <message>
        <source>This database is not a township overview. Import bundles into a separate file (for example township.db).</source>
        <translation>此数据库不是镇街汇总库。请将数据包导入单独的文件（例如 township.db）。</translation>
    </message>
    <message>
        <source>This database holds a committee&apos;s own records; a township overview must be a separate file.</source>
        <translation>此数据库保存的是某个村（社区）自己的记录；镇街汇总库必须是单独的文件。</translation>
    </message>
    <message>
        <source>%1 in the bundle is not a list of records.</source>
        <translation>数据包中的 %1 不是记录列表。</translation>
    </message>
    <message>
        <source>%1 in the bundle holds a record without an id.</source>
        <translation>数据包中的 %1 有记录缺少编号。</translation>
    </message>
    <message>
        <source>Committee name: please fill this in.</source>
        <translation>委员会名称：请填写。</translation>
    </message>
    <message>
        <source>Committee name: “%1” is already in the list.</source>
        <translation>委员会名称：“%1”已在列表中。</translation>
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
    <message>
        <source>“%1” must be a time such as 14:30, or a span such as 14:30-16:00.</source>
        <translation>“%1”必须是时间，例如 14:30，或时间段，例如 14:30-16:00。</translation>
    </message>
</context>
<context>
    <name>committee::XlsxExport</name>
    <message>
        <source>No temporary folder for the workbook.</source>
        <translation>没有可用于生成工作簿的临时文件夹。</translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>The workbook could not be read back.</source>
        <translation>无法读回工作簿。</translation>
    </message>
</context>
<context>
    <name>committee::ZipArchive</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>读取压缩包</translation>
    </message>
    <message>
        <source>The archive has no readable %1.</source>
        <translation>压缩包中没有可读取的 %1。</translation>
    </message>
    <message>
        <source>Creating the archive</source>
        <translation>创建压缩包</translation>
    </message>
    <message>
        <source>Adding %1 to the archive failed.</source>
        <translation>无法将 %1 加入压缩包。</translation>
    </message>
    <message>
        <source>Writing the archive failed: %1</source>
        <translation>写入压缩包失败：%1</translation>
    </message>
    <message>
        <source>The written archive cannot be read back.</source>
        <translation>无法读回写好的压缩包。</translation>
    </message>
</context>
<context>
    <name>committee::cli</name>
    <message>
        <source>Record type.</source>
        <translation>记录类型。</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>仅限此年份。</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json 或 csv。</translation>
    </message>
    <message>
        <source>Include fields marked sensitive.</source>
        <translation>包含标记为敏感的字段。</translation>
    </message>
    <message>
        <source>Unknown record type “%1”. Types: %2.</source>
        <translation>未知的记录类型“%1”。可用类型：%2。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>未知格式“%1”：请使用 json 或 csv。</translation>
    </message>
    <message>
        <source>records import needs exactly one file (.csv or .json).</source>
        <translation>records import 需要且只需要一个文件（.csv 或 .json）。</translation>
    </message>
    <message>
        <source>%1: the file must end in .csv or .json.</source>
        <translation>%1：文件扩展名必须是 .csv 或 .json。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1 records into %2%3.
</source>
        <translation>已向%2导入 %1 条记录%3。
</translation>
    </message>
    <message>
        <source> (the file was read as GBK)</source>
        <translation>（文件按 GBK 编码读取）</translation>
    </message>
    <message>
        <source>Use “records list” or “records import”. See --help.</source>
        <translation>请使用“records list”或“records import”。请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown records command “%1”: use list or import.</source>
        <translation>未知的 records 子命令“%1”：请使用 list 或 import。</translation>
    </message>
    <message>
        <source>Obligations on %1
</source>
        <translation>%1 的工作事项
</translation>
    </message>
    <message>
        <source>The day to evaluate (YYYY-MM-DD).</source>
        <translation>要核对的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>json or text.</source>
        <translation>json 或 text。</translation>
    </message>
    <message>
        <source>“status” takes only --date and --format.</source>
        <translation>“status”命令只接受 --date 和 --format。</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-31, not “%1”.</source>
        <translation>--date 需要日期，例如 2024-03-31，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or text.</source>
        <translation>未知格式“%1”：请使用 json 或 text。</translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] logbook --book KIND --year Y [--to Y2] --out FILE

Writes one of the record books for a year (or the years Y to Y2): a cover, the contents, each meeting on its own page with lines to sign, and page numbers. The format follows the file name: .pdf, .odt, .html, and .xlsx for the books that are tables.

Kinds:
</source>
        <translation>用法：committee-desk-cli [--db 文件] logbook --book 种类 --year 年份 [--to 年份2] --out 文件

输出某一年度（或“年份”至“年份2”）的一种记录本：封面、目录、每次会议单独成页并留签字处，并编页码。格式由文件扩展名决定：.pdf、.odt、.html；表格类记录本还可输出 .xlsx。

种类：
</translation>
    </message>
    <message>
        <source>Kind of book.</source>
        <translation>记录本种类。</translation>
    </message>
    <message>
        <source>Year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>Last year, for several years.</source>
        <translation>最后一年（跨年度时）。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>帮助。</translation>
    </message>
    <message>
        <source>“logbook” takes only options. See logbook --help.</source>
        <translation>“logbook”只接受选项。参见 logbook --help。</translation>
    </message>
    <message>
        <source>Unknown book “%1”. Kinds: %2.</source>
        <translation>未知的记录本“%1”。种类：%2。</translation>
    </message>
    <message>
        <source>Usage:
  committee-desk-cli [--db FILE] notice decline --request ID --out FILE
  committee-desk-cli [--db FILE] notice disclosure --disclosure ID --out FILE
  committee-desk-cli [--db FILE] notice commitments --year Y --out FILE

decline: the reply declining a request outside the assistance checklist (渝民发〔2021〕6号); disclosure: the sheet for the notice board, with lines for the supervisory committee&apos;s signatures and places for both seals; commitments: the members&apos; commitments of a year, for posting.
--date YYYY-MM-DD sets the date the notice carries (default: today). The format follows the file name: .pdf, .odt or .html (.xlsx for commitments).
</source>
        <translation>用法：
  committee-desk-cli [--db 文件] notice decline --request 编号 --out 文件
  committee-desk-cli [--db 文件] notice disclosure --disclosure 编号 --out 文件
  committee-desk-cli [--db 文件] notice commitments --year 年份 --out 文件

decline：对协助事项清单之外的交办事项不予承接的告知书（渝民发〔2021〕6号）；disclosure：公开栏张贴的公开表，留有监督委员会成员签字处和两枚印章的盖章处；commitments：某一年度成员履职承诺公示。
--date YYYY-MM-DD 指定告知书落款日期（默认：今天）。格式由文件扩展名决定：.pdf、.odt 或 .html（承诺公示还可输出 .xlsx）。
</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>事项编号。</translation>
    </message>
    <message>
        <source>Disclosure no.</source>
        <translation>公开记录编号。</translation>
    </message>
    <message>
        <source>Date of the notice.</source>
        <translation>落款日期。</translation>
    </message>
    <message>
        <source>--date needs a date such as 2024-03-31.</source>
        <translation>--date 需要日期，例如 2024-03-31。</translation>
    </message>
    <message>
        <source>notice decline needs --request ID, the number of the request.</source>
        <translation>notice decline 需要 --request 编号，即交办事项的编号。</translation>
    </message>
    <message>
        <source>notice disclosure needs --disclosure ID, the number of the disclosure.</source>
        <translation>notice disclosure 需要 --disclosure 编号，即公开记录的编号。</translation>
    </message>
    <message>
        <source>Use “notice decline”, “notice disclosure” or “notice commitments”. See notice --help.</source>
        <translation>请使用“notice decline”“notice disclosure”或“notice commitments”。参见 notice --help。</translation>
    </message>
    <message>
        <source>Quarter, 1 to 4.</source>
        <translation>季度，1 至 4。</translation>
    </message>
    <message>
        <source>Use “report quarterly --year Y --quarter Q --out FILE”. See report --help.</source>
        <translation>请使用“report quarterly --year 年份 --quarter 季度 --out 文件”。参见 report --help。</translation>
    </message>
    <message>
        <source>--quarter needs a quarter from 1 to 4.</source>
        <translation>--quarter 需要 1 至 4 的季度。</translation>
    </message>
    <message>
        <source>--out needs the file to write, ending in .pdf, .odt, .xlsx or .html.</source>
        <translation>--out 需要要写入的文件，以 .pdf、.odt、.xlsx 或 .html 结尾。</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>已写入 %1。
</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件 %1 是空的。</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>开始日期。</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>结束日期。</translation>
    </message>
    <message>
        <source>Include sensitive fields (encrypted).</source>
        <translation>包含敏感字段（加密）。</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>第一行为密码的文件。</translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] export --out FILE.cdx [--from DATE --to DATE] [--include-sensitive --password-file F]

Writes the bundle for the township: the period&apos;s records as JSON, the quarterly sheets and logbooks as PDF, the ledgers as XLSX and a manifest with every file&apos;s SHA-256. The period defaults to the current quarter; dates are yyyy-MM-dd. Sensitive fields are left out unless --include-sensitive is given, and then the bundle is encrypted with the password in the password file. The file is checked after writing.
</source>
        <translation>用法：committee-desk-cli [--db 文件] export --out 文件.cdx [--from 日期 --to 日期] [--include-sensitive --password-file 密码文件]

生成报送镇街的数据包：该时间段的记录（JSON）、季度办理情况表和记录本（PDF）、台账（XLSX），以及列有每个文件 SHA-256 的清单。时间段默认为本季度；日期格式为 yyyy-MM-dd。除非指定 --include-sensitive，否则不含敏感字段；指定时用密码文件中的密码加密整个数据包。写入后会读回核对。
</translation>
    </message>
    <message>
        <source>“export” takes only options. See export --help.</source>
        <translation>“export”只接受选项。参见 export --help。</translation>
    </message>
    <message>
        <source>--out needs the bundle to write, ending in .cdx.</source>
        <translation>--out 需要要写入的数据包，以 .cdx 结尾。</translation>
    </message>
    <message>
        <source>--from and --to need dates such as 2026-07-01.</source>
        <translation>--from 和 --to 需要日期，例如 2026-07-01。</translation>
    </message>
    <message>
        <source>--to must not come before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>--include-sensitive and --password-file go together: sensitive fields leave only encrypted.</source>
        <translation>--include-sensitive 与 --password-file 必须同时使用：敏感信息只能加密后导出。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 files, checked.
</source>
        <translation>已写入 %1：共 %2 个文件，已核对。
</translation>
    </message>
    <message>
        <source>Name one bundle file (.cdx). See %1 --help.</source>
        <translation>请指定一个数据包文件（.cdx）。参见 %1 --help。</translation>
    </message>
    <message>
        <source>%1 (%2), %3 to %4, made %5, %6 files</source>
        <translation>%1（%2），%3 至 %4，生成于 %5，共 %6 个文件</translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli verify FILE.cdx [--password-file F]

Checks a bundle without importing it: the manifest, every file&apos;s size and SHA-256, the format version, paths and sizes, and for an encrypted bundle the password.
</source>
        <translation>用法：committee-desk-cli verify 文件.cdx [--password-file 密码文件]

只核对数据包而不导入：清单、每个文件的大小和 SHA-256、格式版本、路径和大小；加密数据包还核对密码。
</translation>
    </message>
    <message>
        <source>OK: %1%2.
</source>
        <translation>核对无误：%1%2。
</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli --db TOWNSHIP.db import FILE.cdx [--password-file F]

Checks a committee&apos;s bundle and imports it into the township overview database (created when it does not exist yet). Importing the same committee and period again replaces the earlier import; the replacement is recorded.
</source>
        <translation>用法：committee-desk-cli --db 镇街汇总库.db import 文件.cdx [--password-file 密码文件]

核对村（社区）报送的数据包并导入镇街汇总库（不存在时自动创建）。同一村（社区）同一时间段再次导入时替换先前的导入，并记录替换情况。
</translation>
    </message>
    <message>
        <source>Replaced the earlier import: %1, %2 records.
</source>
        <translation>已替换先前的导入：%1，%2 条记录。
</translation>
    </message>
    <message>
        <source>Imported %1, %2 records.
</source>
        <translation>已导入 %1，%2 条记录。
</translation>
    </message>
    <message>
        <source>Usage: committee-desk-cli [--db FILE] report quarterly|annex|township --year Y --quarter Q --out FILE

quarterly: the quarterly progress sheet (附件2 of 渝北民〔2023〕24号), the official one-page form. The saved sheet of that quarter is used; without one, the draft from the quarter&apos;s records, marked as a draft.
annex: the measures of the task list with the quarter&apos;s records and a suggested status (附：具体措施办理情况), printed beside the sheet on request.
township: in a township overview, the summary of the committees&apos; sheets for the quarter, naming those that sent none.
The format follows the file name: .pdf, .odt, .xlsx or .html.
</source>
        <translation>用法：committee-desk-cli [--db 文件] report quarterly|annex|township --year 年 --quarter 季度 --out 文件

quarterly：季度办理情况表（渝北民〔2023〕24号附件2），即官方的一页表格。使用该季度已保存的表；没有时，使用根据该季度台账生成的草稿，并标明为草稿。
annex：重点任务具体措施及本季度台账记录和参考状态（附：具体措施办理情况），需要时与办理情况表一并打印。
township：在镇街汇总中，各委员会本季度办理情况表的汇总，并列出未报送的委员会。
格式由文件名决定：.pdf、.odt、.xlsx 或 .html。
</translation>
    </message>
    <message>
        <source>--year needs a year from %1 to %2, such as 2024.</source>
        <translation>--year 需要 %1 至 %2 之间的年份，例如 2024。</translation>
    </message>
    <message>
        <source>--to needs a year from --year to %1.</source>
        <translation>--to 需要从 --year 到 %1 之间的年份。</translation>
    </message>
</context>
<context>
    <name>committee::cli::Commands</name>
    <message>
        <source>This database already belongs to a committee; the demo only fills an empty one.</source>
        <translation>此数据库已属于某个委员会；示例数据只能填入空数据库。</translation>
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
    <message>
        <source>Years of records to make (1-30).</source>
        <translation>要生成的记录年数（1－30）。</translation>
    </message>
    <message>
        <source>“demo” takes only --years N.</source>
        <translation>“demo”命令只接受 --years N。</translation>
    </message>
    <message>
        <source>--years needs a number from 1 to 30.</source>
        <translation>--years 需要 1 到 30 之间的数字。</translation>
    </message>
    <message>
        <source>Filled in the sample committee %1 with %2 records.
</source>
        <translation>已填入示例委员会 %1，共 %2 条记录。
</translation>
    </message>
    <message>
        <source>Fill an empty database with a sample committee and, with --years N, N years of sample records, for trying the app.</source>
        <translation>向空数据库填入示例委员会；加 --years N 时再生成 N 年的示例记录，用于试用本软件。</translation>
    </message>
    <message>
        <source>records list --type TYPE [--year Y] [--format json|csv]; records import --type TYPE FILE.csv|FILE.json</source>
        <translation>records list --type 类型 [--year 年份] [--format json|csv]；records import --type 类型 文件.csv|文件.json</translation>
    </message>
    <message>
        <source>Print every obligation&apos;s state and evidence for a date (--date YYYY-MM-DD, --format json|text).</source>
        <translation>输出指定日期各项工作事项的完成情况和佐证（--date YYYY-MM-DD，--format json|text）。</translation>
    </message>
    <message>
        <source>logbook --book KIND --year Y --out FILE: a record book (logbook --help lists the kinds)</source>
        <translation>logbook --book 种类 --year 年份 --out 文件：记录本（logbook --help 列出种类）</translation>
    </message>
    <message>
        <source>notice decline --request ID | disclosure --disclosure ID | commitments --year Y, each with --out FILE: notices to post or send</source>
        <translation>notice decline --request 编号 | disclosure --disclosure 编号 | commitments --year 年份，均需 --out 文件：张贴或送达的告知书、公示</translation>
    </message>
    <message>
        <source>report quarterly --year Y --quarter Q --out FILE: the quarterly progress sheet as .pdf, .odt, .xlsx or .html</source>
        <translation>report quarterly --year 年份 --quarter 季度 --out 文件：季度办理情况表，可为 .pdf、.odt、.xlsx 或 .html</translation>
    </message>
    <message>
        <source>export --out FILE.cdx: the bundle for the township (a period&apos;s records and documents)</source>
        <translation>export --out 文件.cdx：报送镇街的数据包（某一时间段的记录和文书）</translation>
    </message>
    <message>
        <source>verify FILE.cdx: checks a bundle without importing it</source>
        <translation>verify 文件.cdx：只核对数据包，不导入</translation>
    </message>
    <message>
        <source>import FILE.cdx: a committee&apos;s bundle into a township overview</source>
        <translation>import 文件.cdx：将村（社区）的数据包导入镇街汇总库</translation>
    </message>
    <message>
        <source>The backup folder to create, or a folder to create it in.</source>
        <translation>要创建的备份文件夹，或在其中创建备份的文件夹。</translation>
    </message>
    <message>
        <source>“backup” takes only --out PATH.</source>
        <translation>“backup”命令只接受 --out 路径。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1
</source>
        <translation>备份已写入并通过检查：%1
</translation>
    </message>
    <message>
        <source>Records: %1
</source>
        <translation>记录：%1
</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n attached file(s) were missing from the attachment store and are not in the backup.
</source>
        <translation>
            <numerusform>警告：附件库中缺少 %n 个附件，备份中没有这些文件。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database and its attachments into a checked backup folder (--out PATH; default: the backups folder).</source>
        <translation>将数据库及其附件备份到经过检查的备份文件夹（--out 路径；默认：backups 文件夹）。</translation>
    </message>
    <message>
        <source>“restore” takes the backup to restore: a backup folder, its manifest.json, or a .db copy.</source>
        <translation>“restore”命令需要指定要恢复的备份：备份文件夹、其中的 manifest.json，或 .db 副本。</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
</source>
        <translation>已从 %2 的备份恢复 %1。
</translation>
    </message>
    <message>
        <source>It replaced: %1
</source>
        <translation>被替换的数据：%1
</translation>
    </message>
    <message>
        <source>The database it replaced was kept as the backup %1
</source>
        <translation>被替换的数据库已保存为备份 %1
</translation>
    </message>
    <message>
        <source>The damaged database it replaced was moved, unchanged, to %1
</source>
        <translation>被替换的损坏数据库已原样移到 %1
</translation>
    </message>
    <message>
        <source>There was no database to replace.
</source>
        <translation>原先没有需要替换的数据库。
</translation>
    </message>
    <message>
        <source>Replace the database with a backup (a backup folder or .db copy), keeping a safety copy of the current one.</source>
        <translation>用备份（备份文件夹或 .db 副本）替换数据库，并为当前数据库保留安全副本。</translation>
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
    <message>
        <source>Old data folder</source>
        <translation>旧数据文件夹</translation>
    </message>
    <message>
        <source>Your data now lives in %1 and opened correctly.

The old folder %2 still holds the earlier copy. Delete that copy now? If you are unsure, keep it: it does no harm, and you can delete it by hand later.</source>
        <translation>您的数据现在保存在 %1，并已正常打开。

旧文件夹 %2 中仍有原来的副本。现在删除该副本吗？如不确定，请保留：它不会造成影响，以后也可以手动删除。</translation>
    </message>
    <message>
        <source>Delete the old copy</source>
        <translation>删除旧副本</translation>
    </message>
    <message>
        <source>The old copy and its folder %1 were deleted.</source>
        <translation>旧副本及其文件夹 %1 已删除。</translation>
    </message>
    <message>
        <source>The old copy was deleted. The folder %1 also holds other files, so it was left in place.</source>
        <translation>旧副本已删除。文件夹 %1 中还有其他文件，因此保留了该文件夹。</translation>
    </message>
    <message>
        <source>Committee Desk keeps your data in %1 (chosen in Settings), but there is no database there now. If that folder is on a USB stick or a network drive, connect it and start Committee Desk again.</source>
        <translation>村居工作台的数据保存在 %1（在设置中选定），但那里现在没有数据库。如果该文件夹在 U 盘或网络驱动器上，请连接后重新启动村居工作台。</translation>
    </message>
    <message>
        <source>Committee Desk could not start again by itself. Start it from the menu; it will open your data from the new folder.</source>
        <translation>村居工作台无法自动重新启动。请从菜单启动，它会从新文件夹打开您的数据。</translation>
    </message>
    <message>
        <source>Open the township overview (township.db in the data folder unless --db is given), where the committees&apos; bundles are imported; it is made when it does not exist yet.</source>
        <translation>打开镇街汇总库（未指定 --db 时为数据文件夹中的 township.db），用于导入各村（社区）的数据包；不存在时自动创建。</translation>
    </message>
</context>
<context>
    <name>committee::gui::Backups</name>
    <message>
        <source>Choose the backup to restore (its manifest.json, or a .db copy)</source>
        <translation>选择要恢复的备份（其中的 manifest.json，或 .db 副本）</translation>
    </message>
    <message>
        <source>Backups (manifest.json *.db)</source>
        <translation>备份 (manifest.json *.db)</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2).

Restore it? The damaged file is kept, unchanged, in the backups folder.</source>
        <translation>最新的完好备份制作于 %1（%2）。

要恢复这个备份吗？损坏的文件会原样保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>No checked backup was found in %1. Choose a backup on a USB stick or in another folder?</source>
        <translation>在 %1 中没有找到通过检查的备份。要选择 U 盘或其他文件夹中的备份吗？</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>The backup is from %1 (%2).

Restore it? The damaged file is kept, unchanged, in the backups folder.</source>
        <translation>该备份制作于 %1（%2）。

要恢复这个备份吗？损坏的文件会原样保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged database was kept in %2.</source>
        <translation>已恢复 %1 的备份。损坏的数据库保存在 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) are missing from the attachment store:</source>
        <translation>
            <numerusform>附件库中缺少 %n 个附件：</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are intact. Look for the files in the backups and put them back?</source>
        <translation>记录本身完好。要在备份中查找这些文件并放回吗？</translation>
    </message>
    <message>
        <source>Restore the files</source>
        <translation>恢复文件</translation>
    </message>
    <message>
        <source>All missing files were restored from the backups.</source>
        <translation>缺少的文件已全部从备份中恢复。</translation>
    </message>
    <message>
        <source>These files are in no backup and could not be restored:</source>
        <translation>以下文件不在任何备份中，无法恢复：</translation>
    </message>
    <message>
        <source>The backup was not restored; your data is as it was. %1</source>
        <translation>备份没有恢复，您的数据保持原样。%1</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. Your data from before was kept as the backup %2.</source>
        <translation>已恢复 %1 的备份。恢复前的数据已保存为备份 %2。</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>正在进行自动备份…</translation>
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
    <name>committee::ui::AppPasswordSection</name>
    <message>
        <source>App password</source>
        <translation>应用密码</translation>
    </message>
    <message>
        <source>&amp;Set password…</source>
        <translation>设置密码(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>修改密码(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move password…</source>
        <translation>删除密码(&amp;M)…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>无人使用多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>A password is set. Committee Desk asks for it at start-up and after the minutes below without use.</source>
        <translation>已设置密码。村居工作台在启动时，以及无人使用超过下面的分钟数后，都会要求输入密码。</translation>
    </message>
    <message>
        <source>No password is set: anybody at this computer can open Committee Desk.</source>
        <translation>未设置密码：使用这台电脑的任何人都能打开村居工作台。</translation>
    </message>
    <message numerus="yes">
        <source>The app password is set. Committee Desk will ask for it from the next start, and after %n minute(s) without use.</source>
        <translation>
            <numerusform>应用密码已设置。从下次启动起，以及无人使用 %n 分钟后，村居工作台会要求输入密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The app password is changed.</source>
        <translation>应用密码已修改。</translation>
    </message>
    <message>
        <source>The app password is removed. Committee Desk no longer locks.</source>
        <translation>应用密码已删除，村居工作台不再锁定。</translation>
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
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Four deliberations</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>村（居）务公开</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>议事协商</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监督委员会</translation>
    </message>
    <message>
        <source>Sub-committees</source>
        <translation>下属委员会</translation>
    </message>
    <message>
        <source>Commitments and evaluations</source>
        <translation>承诺与评议</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>村规民约</translation>
    </message>
    <message>
        <source>Cases and mechanisms</source>
        <translation>案例与机制</translation>
    </message>
    <message>
        <source>Assistance ledger</source>
        <translation>协助工作台账</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>准入事项</translation>
    </message>
    <message>
        <source>What&apos;s due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Township overview</source>
        <translation>镇街汇总</translation>
    </message>
</context>
<context>
    <name>committee::ui::AssistLedgerArea</name>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Totals for the chosen period: per checklist item, per department and per month</source>
        <translation>所选期间合计：按清单事项、按部门、按月</translation>
    </message>
    <message>
        <source>Per checklist item</source>
        <translation>按清单事项</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
</context>
<context>
    <name>committee::ui::AuditLogArea</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Record no.:</source>
        <translation>记录编号：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Every change to the records is listed here. The audit log cannot be changed or deleted.</source>
        <translation>这里列出对记录的每一次改动。审计日志不能修改或删除。</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-log-%1.xlsx</source>
        <translation>审计日志-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The audit log was saved to %1.</source>
        <translation>审计日志已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>committee::ui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>committee::ui::BackupActions</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Automatic backup failed (hover for details)</source>
        <translation>自动备份失败（鼠标悬停查看详情）</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Choose where to put the backup (a folder or a USB stick)</source>
        <translation>选择备份存放位置（文件夹或 U 盘）</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>正在将备份写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation>备份已写入并通过检查：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) were missing from the attachment store and are not in the backup.</source>
        <translation>
            <numerusform>附件库中缺少 %n 个附件，备份中没有这些文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore (its manifest.json, or a .db copy)</source>
        <translation>选择要恢复的备份（其中的 manifest.json，或 .db 副本）</translation>
    </message>
    <message>
        <source>Backups (manifest.json *.db)</source>
        <translation>备份 (manifest.json *.db)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1：%2 条
</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

It holds:
%2
Everything entered since then is replaced. Your current data is first kept as a safety copy in the backups folder. Committee Desk then reopens with the restored data.</source>
        <translation>要恢复 %1 的备份吗？

其中包含：
%2
此后录入的所有内容都将被替换。当前数据会先作为安全副本保存在备份文件夹中。随后村居工作台将用恢复的数据重新打开。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>committee::ui::BackupRunner</name>
    <message>
        <source>The backup was cancelled; nothing was kept of it.</source>
        <translation>备份已取消，没有留下任何部分。</translation>
    </message>
</context>
<context>
    <name>committee::ui::BackupSettingsSection</name>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Made when Committee Desk closes and once a day, with the attachments, in %1.</source>
        <translation>在关闭村居工作台时和每天一次自动制作，包括附件，保存在 %1。</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>保留最新的(&amp;N)：</translation>
    </message>
    <message>
        <source>and one a month for:</source>
        <translation>另每月保留一份，共：</translation>
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
    <name>committee::ui::DashboardArea</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Obligations…</source>
        <translation>工作事项…</translation>
    </message>
    <message>
        <source>See and edit what the committee owes and when</source>
        <translation>查看和修改委员会应做的工作及时限</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>需要办理</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Double-click to open the evidence, or to start the record that is missing</source>
        <translation>双击打开佐证记录，或新建尚缺的记录</translation>
    </message>
    <message>
        <source>Key tasks and measures this quarter</source>
        <translation>本季度重点任务和措施</translation>
    </message>
    <message>
        <source>Obligations met</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;○&lt;/span&gt; deadline &amp;nbsp; &lt;span style=&apos;color:#2874A6&apos;&gt;●&lt;/span&gt; meeting held</source>
        <translation>&lt;span style=&apos;color:#C0392B&apos;&gt;○&lt;/span&gt; 截止日期 &amp;nbsp; &lt;span style=&apos;color:#2874A6&apos;&gt;●&lt;/span&gt; 已开会议</translation>
    </message>
    <message>
        <source>Quarter %1 of %2 at a glance</source>
        <translation>%2年第%1季度概况</translation>
    </message>
    <message>
        <source>Cannot work out what is due</source>
        <translation>无法计算待办事项</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>经常性工作事项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>What the committee owes and when. Changes take effect at once; “Restore official text” puts an entry back as published.</source>
        <translation>委员会应做的工作及时限。修改立即生效；“恢复正式文本”可恢复为公布时的内容。</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1（%2届满）</translation>
    </message>
    <message>
        <source>The term of office has ended: %1. After the election, enter the new term and members under Our committee and Sub-committees.</source>
        <translation>任期已届满：%1。换届后，请在“本委员会”和“下属委员会”中录入新一届的任期和成员。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>committee::ui::DocumentActions</name>
    <message>
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation>另存为 ODT…</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>另存为 XLSX…</translation>
    </message>
    <message>
        <source>An OpenDocument text to edit in WPS or LibreOffice</source>
        <translation>可在 WPS 或 LibreOffice 中编辑的 OpenDocument 文本</translation>
    </message>
    <message>
        <source>A workbook, for the documents that are tables</source>
        <translation>电子表格，适用于表格类文书</translation>
    </message>
    <message>
        <source>Choose what to print first.</source>
        <translation>请先选择要打印的内容。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Choose what to save first.</source>
        <translation>请先选择要保存的内容。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>committee::ui::DocumentFontsSection</name>
    <message>
        <source>Document fonts</source>
        <translation>文档字体</translation>
    </message>
    <message>
        <source>No Chinese font is installed.</source>
        <translation>未安装中文字体。</translation>
    </message>
    <message>
        <source>GB/T 9704 faces where installed; only faces whose text can be searched in a PDF are offered.</source>
        <translation>已安装时使用 GB/T 9704 规定的字体；只列出在 PDF 中能正确检索文字的字体。</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>The standard face</source>
        <translation>标准字体</translation>
    </message>
    <message>
        <source>In place of %1</source>
        <translation>代替标准字体%1</translation>
    </message>
    <message>
        <source>The documents use %1.</source>
        <translation>文书使用 %1。</translation>
    </message>
</context>
<context>
    <name>committee::ui::DocumentTemplatesSection</name>
    <message>
        <source>Document templates (advanced)</source>
        <translation>文档模板（高级）</translation>
    </message>
    <message>
        <source>A file in %1 replaces the built-in template of the same name.</source>
        <translation>放在 %1 中的同名文件将取代内置模板。</translation>
    </message>
    <message>
        <source>Copy the templates there for editing</source>
        <translation>复制模板到该处以便修改</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Templates not copied</source>
        <translation>未能复制模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Every template is already in %1; those files were left as they are.</source>
        <translation>%1 中已有全部模板，这些文件保持不变。</translation>
    </message>
    <message>
        <source>Copied %1 templates to %2. Edit them there; the program uses them from now on, and updates never change them.</source>
        <translation>已将 %1 个模板复制到 %2。请在该处修改；程序此后使用这些模板，升级也不会改动它们。</translation>
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
    <name>committee::ui::EditionOffer</name>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Hide this until the app is started again</source>
        <translation>在下次启动前不再显示</translation>
    </message>
    <message>
        <source>Make the %1 edition…</source>
        <translation>制作%1年版本…</translation>
    </message>
    <message>
        <source>Edition not created</source>
        <translation>未能创建版本</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <source>A copy of “%1” is made as “%2” for %3 and used from now on. The official text stays as it was.</source>
        <translation>将复制“%1”为%3年的“%2”，并从现在起使用。正式文本保持不变。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The key-task list in use is for %1 (%2). This year&apos;s quarterly sheets would carry its title and year. Make a %3 edition from it, and edit it under Key tasks when the new list is published.</source>
        <translation>当前使用的重点任务清单是%1年的（%2），今年的季度办理情况表将沿用它的标题和年份。可据此制作%3年版本，待新清单印发后在“重点任务”中修改。</translation>
    </message>
</context>
<context>
    <name>committee::ui::ExportBundleDialog</name>
    <message>
        <source>Export for the township</source>
        <translation>导出报送镇街</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <source>Include sensitive personal information (the whole bundle is then encrypted with a password)</source>
        <translation>包含敏感个人信息（此时整个数据包用密码加密）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The bundle holds the period&apos;s records, the quarterly sheets and record books as PDF and the ledgers as XLSX, with a checksum for every file. The township can open the PDF and XLSX files without this app. Keep the password apart from the stick: an encrypted bundle cannot be opened without it.</source>
        <translation>数据包包含该时间段的记录、PDF 格式的季度办理情况表和记录本、XLSX 格式的台账，每个文件都带校验值。镇街不装本软件也能打开其中的 PDF 和 XLSX 文件。密码请与 U 盘分开保管：加密的数据包没有密码无法打开。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Where should the bundle go?</source>
        <translation>数据包保存到哪里？</translation>
    </message>
    <message>
        <source>Period: the last day comes before the first.</source>
        <translation>时间段：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Save to: choose a folder or a USB stick.</source>
        <translation>保存到：请选择文件夹或 U 盘。</translation>
    </message>
    <message>
        <source>File name: give a name without \ / : * ? &quot; &lt; &gt; |.</source>
        <translation>文件名：名称中不能含有 \ / : * ? &quot; &lt; &gt; |。</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>密码：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>再次输入密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>正在准备数据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The bundle was written and checked: %1 (%2 files).</source>
        <translation>数据包已写入并核对无误：%1（共 %2 个文件）。</translation>
    </message>
</context>
<context>
    <name>committee::ui::LedgerActions</name>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Lock this record as the official record; later changes are amendments with a reason</source>
        <translation>将此记录锁定为正式记录；之后的修改须作为更正并说明理由</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Add a photo or a scan, e.g. of the notice board or the sign-in sheet</source>
        <translation>添加照片或扫描件，例如公开栏照片、签到表</translation>
    </message>
    <message>
        <source>Links…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <source>Which measures of the task list and which checklist items this record serves</source>
        <translation>此记录对应的重点任务措施和协助清单事项</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Show deleted records, to restore them</source>
        <translation>显示已删除的记录，以便恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Finalize this record? It becomes the official record: later changes must be amendments with a reason, and the original stays visible.</source>
        <translation>将此记录定稿吗？定稿后即为正式记录：之后的修改必须作为更正并说明理由，原始内容保持可见。</translation>
    </message>
    <message>
        <source>Not finalized</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Why is this finalized record being changed? The reason is kept with it.</source>
        <translation>为什么要修改这条已定稿的记录？理由会与记录一同保存。</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>更正须说明理由。</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>更正%1</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加附件</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>附件缺失</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing from the attachment folder. Attach the file again, or restore the folder from a backup.</source>
        <translation>附件文件夹中缺少 %1 的副本。请重新添加该文件，或从备份恢复附件文件夹。</translation>
    </message>
    <message>
        <source>What this record serves</source>
        <translation>此记录对应的事项</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
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
        <source>Links not saved</source>
        <translation>关联未保存</translation>
    </message>
</context>
<context>
    <name>committee::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Committee Desk is locked</source>
        <translation>村居工作台已锁定</translation>
    </message>
    <message>
        <source>Committee Desk is locked. Enter the app password to go on working.</source>
        <translation>村居工作台已锁定。请输入应用密码继续工作。</translation>
    </message>
    <message>
        <source>&amp;Who is working:</source>
        <translation>当前使用人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quit Committee Desk</source>
        <translation>退出村居工作台(&amp;Q)</translation>
    </message>
    <message>
        <source>The password is wrong. Please try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong. After several wrong passwords you have to wait: you can try again in %n second(s).</source>
        <translation>
            <numerusform>密码不正确。多次输错后需要等待：%n 秒后可以再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the password again.</source>
        <translation>现在可以再次输入密码。</translation>
    </message>
</context>
<context>
    <name>committee::ui::LogbookPage</name>
    <message>
        <source>Book</source>
        <translation>记录本</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>To the year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Each book has a cover, the contents and page numbers; every meeting starts on its own page with lines to sign. Finalized records print as they were finalized, with later amendments noted under them.</source>
        <translation>每本记录本都有封面、目录和页码；每次会议单独成页，并留签字处。已定稿的记录按定稿时的内容打印，之后的更正附注在下方。</translation>
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
    <message>
        <source>&amp;Export for the township…</source>
        <translation>导出报送镇街(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>committee::ui::MeetingsArea</name>
    <message>
        <source>Quorum and majority rules…</source>
        <translation>到会和表决规则…</translation>
    </message>
    <message>
        <source>Agenda items and votes of the chosen meeting</source>
        <translation>所选会议的议题和表决</translation>
    </message>
    <message>
        <source>Quorum and majority rules</source>
        <translation>到会和表决规则</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>A motion passes with</source>
        <translation>表决通过</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>%1 of the members</source>
        <translation>%1成员</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2%1</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>到会人员</translation>
    </message>
    <message>
        <source>of all members</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The app warns, but still saves, when a meeting or a vote does not meet these rules.</source>
        <translation>会议或表决不符合这些规则时，本软件会提示，但仍允许保存。</translation>
    </message>
</context>
<context>
    <name>committee::ui::NoticePage</name>
    <message>
        <source>Notice</source>
        <translation>告知书或公示</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>第 %1 号：%2</translation>
    </message>
</context>
<context>
    <name>committee::ui::PasswordDialog</name>
    <message>
        <source>Set app password</source>
        <translation>设置应用密码</translation>
    </message>
    <message>
        <source>Change app password</source>
        <translation>修改应用密码</translation>
    </message>
    <message>
        <source>Remove app password</source>
        <translation>删除应用密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: without it nobody can open Committee Desk on this data.</source>
        <translation>请把密码妥善保管：忘记密码后，任何人都无法用村居工作台打开这些数据。</translation>
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
        <source>Enter the current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>committee::ui::PeriodFilterBar</name>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>committee::ui::QuarterlySheetPage</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Draft from this quarter&apos;s records</source>
        <translation>根据本季度台账起草</translation>
    </message>
    <message>
        <source>Saved versions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Mark as submitted…</source>
        <translation>标记为已报送…</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>Suggested status</source>
        <translation>参考进展状态</translation>
    </message>
    <message>
        <source>The quarter&apos;s records for each measure (the annex)</source>
        <translation>本季度各项具体措施的台账记录（附表）</translation>
    </message>
    <message>
        <source>Cannot open the sheet</source>
        <translation>无法打开办理情况表</translation>
    </message>
    <message>
        <source>Submitted on %1. Changes now need a reason and are kept beside the submitted version.</source>
        <translation>已于 %1 报送。此后的修改须说明理由，并与已报送的版本一并保留。</translation>
    </message>
    <message>
        <source>Saved, not yet submitted.</source>
        <translation>已保存，尚未报送。</translation>
    </message>
    <message>
        <source>Not saved yet: a draft from the quarter&apos;s records.</source>
        <translation>尚未保存：这是根据本季度台账生成的草稿。</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>Change a submitted sheet</source>
        <translation>修改已报送的办理情况表</translation>
    </message>
    <message>
        <source>Why does the submitted sheet change?</source>
        <translation>已报送的办理情况表为什么要修改？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>No draft</source>
        <translation>无法起草</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>标记为已报送</translation>
    </message>
    <message>
        <source>Mark the sheet for quarter %1 of %2 as sent to the township today? The committee&apos;s name and the sheet stay as they are now.</source>
        <translation>将 %2 年第 %1 季度办理情况表标记为今天已报送镇街？委员会名称和表中内容将按现在的样子保留。</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未能标记</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Version %1, %2, %3%4</source>
        <translation>第 %1 版，%2，%3%4</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Put this version in the form</source>
        <translation>将此版本填入表单</translation>
    </message>
    <message>
        <source>Progress status suggested: %1, from the obligations of the quarter (see the measures beside the form).</source>
        <translation>进展状态建议：%1（依据本季度应办事项完成情况，见右侧各项措施）。</translation>
    </message>
    <message>
        <source>Progress status suggested: %1, from whether the quarter has records for the measures.</source>
        <translation>进展状态建议：%1（依据本季度有无相关台账记录）。</translation>
    </message>
    <message>
        <source>Replace the drafted texts?</source>
        <translation>替换已填写的内容？</translation>
    </message>
    <message>
        <source>The draft replaces what 进展情况 and 存在问题及下步打算 say now.</source>
        <translation>草稿将替换“进展情况”和“存在问题及下步打算”中现有的内容。</translation>
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
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? It can be restored from there, or undone with Ctrl+Z.</source>
        <translation>将“%1”移到回收站吗？可以从回收站恢复，或按 Ctrl+Z 撤销。</translation>
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
    <message>
        <source>Serves</source>
        <translation>对应事项</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1: the stored copy is missing from the attachment folder.</source>
        <translation>%1：附件文件夹中缺少该文件的副本。</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>更正记录</translation>
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
    <message>
        <source>One name per line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. 14:30-16:00</source>
        <translation>例如 14:30-16:00</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose from the committee&apos;s members</source>
        <translation>从委员会成员中选择</translation>
    </message>
    <message>
        <source>Pick people</source>
        <translation>选择人员</translation>
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
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
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
    <message>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
</context>
<context>
    <name>committee::ui::Reminders</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Open “What&apos;s due”</source>
        <translation>打开“待办事项”</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Committee Desk</source>
        <translation>村居工作台</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due or overdue</source>
        <translation>
            <numerusform>有 %n 项即将到期或已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3天后提醒</translation>
    </message>
    <message>
        <source>Remind me again in three days</source>
        <translation>三天后再提醒我</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <source>Do not remind me again until this period is over</source>
        <translation>本期结束前不再提醒</translation>
    </message>
</context>
<context>
    <name>committee::ui::ReportsArea</name>
    <message>
        <source>Quarterly progress sheet</source>
        <translation>季度办理情况表</translation>
    </message>
    <message>
        <source>Record books</source>
        <translation>记录本</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>告知书与公示</translation>
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
    <message>
        <source>&amp;Move data folder…</source>
        <translation>迁移数据文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Copy your data to another folder, check the copy, and work from there from the next start.</source>
        <translation>把数据复制到另一个文件夹并核对副本，下次启动起使用新文件夹。</translation>
    </message>
    <message>
        <source>Only your own database can be moved. This window has another file open (the demo, or a file given with --db).</source>
        <translation>只能迁移您自己的数据库。当前窗口打开的是其他文件（示例数据库，或用 --db 指定的文件）。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Choose the new data folder</source>
        <translation>选择新的数据文件夹</translation>
    </message>
    <message>
        <source>Move data folder</source>
        <translation>迁移数据文件夹</translation>
    </message>
    <message>
        <source>Move and restart</source>
        <translation>迁移并重新启动</translation>
    </message>
    <message>
        <source>Move your data to %1?

Committee Desk copies the database, its backups and attachments there, checks the copy, and then restarts to work from the new folder. The old folder is kept; after the restart you can choose to delete it.</source>
        <translation>把数据迁移到 %1 吗？

村居工作台会把数据库、备份和附件复制过去，核对副本，然后重新启动并使用新文件夹。旧文件夹会保留；重新启动后您可以选择是否删除。</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked: %2 tables with %3 records, %4 backup copies and %5 attachments.

Committee Desk now closes and starts again from the new folder.</source>
        <translation>您的数据已复制到 %1 并核对无误：%2 个数据表、%3 条记录、%4 个备份副本、%5 个附件。

村居工作台现在关闭，并从新文件夹重新启动。</translation>
    </message>
</context>
<context>
    <name>committee::ui::TaskListArea</name>
    <message>
        <source>Measures of the chosen task</source>
        <translation>所选任务的具体措施</translation>
    </message>
</context>
<context>
    <name>committee::ui::TownshipArea</name>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Quarterly sheet</source>
        <translation>办理情况表</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Add committee…</source>
        <translation>添加村（社区）…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Township summary (附件2 汇总):</source>
        <translation>镇街汇总表（附件2 汇总）：</translation>
    </message>
    <message>
        <source>Township overview</source>
        <translation>镇街汇总</translation>
    </message>
    <message>
        <source>Township overview: %1</source>
        <translation>镇街汇总：%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>未附</translation>
    </message>
    <message>
        <source>No committees yet: import their bundles, or add the committees you expect.</source>
        <translation>还没有村（社区）：请导入它们的数据包，或添加应报送的村（社区）。</translation>
    </message>
    <message>
        <source>All %1 committees have sent this quarter&apos;s bundle.</source>
        <translation>全部 %1 个村（社区）已报送本季度数据包。</translation>
    </message>
    <message>
        <source>%1 of %2 committees have sent this quarter&apos;s bundle. Missing: %3.</source>
        <translation>%2 个村（社区）中已有 %1 个报送本季度数据包。未报送：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Import a committee&apos;s bundle</source>
        <translation>导入村（社区）的数据包</translation>
    </message>
    <message>
        <source>Bundles (*.cdx)</source>
        <translation>数据包 (*.cdx)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its password:</source>
        <translation>%1 已加密。请输入密码：</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1, %2 to %3: replaced the earlier import (%4 records).</source>
        <translation>%1，%2 至 %3：已替换先前的导入（%4 条记录）。</translation>
    </message>
    <message>
        <source>%1, %2 to %3: imported (%4 records).</source>
        <translation>%1，%2 至 %3：已导入（%4 条记录）。</translation>
    </message>
    <message>
        <source>Add committee</source>
        <translation>添加村（社区）</translation>
    </message>
    <message>
        <source>Name of the village or community committee:</source>
        <translation>村（居）民委员会名称：</translation>
    </message>
</context>
<context>
    <name>committee::ui::WorkRequestsArea</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>准入事项</translation>
    </message>
    <message>
        <source>Outside the list</source>
        <translation>清单外</translation>
    </message>
    <message>
        <source>Match against the checklist…</source>
        <translation>对照清单匹配…</translation>
    </message>
    <message>
        <source>Requests of the year by department</source>
        <translation>本年度各部门交办事项</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>None of these: outside the list (清单外事项)</source>
        <translation>都不是：清单外事项</translation>
    </message>
    <message>
        <source>Match against the checklist</source>
        <translation>对照清单匹配</translation>
    </message>
    <message>
        <source>No checklist item shares words with this request.</source>
        <translation>没有与该事项用词相近的清单事项。</translation>
    </message>
    <message>
        <source>Checklist items that share words with this request:</source>
        <translation>与该事项用词相近的清单事项：</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>committee::ui::YearCalendar</name>
    <message>
        <source>Due: %1</source>
        <translation>截止：%1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>会议：%1</translation>
    </message>
</context>
</TS>
