#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QVariantMap>

namespace committee {

class DocumentContext;

// The data providers: each reads what one document needs and returns the values its
// template is filled with. Values are already in the document's wording (Chinese dates,
// choices as printed); the templates only place them.
namespace Providers {

using Provide = Result<QVariantMap>(const DocumentContext &, const DocumentRequest &);

Provide quarterlySheet; // 附件2 办理情况表, with the annex of the 25 measures

Provide committeeBook;    // 村(居)民委员会工作簿
Provide consultationBook; // 城乡社区协商会议记录本
Provide supervisionBook;  // 村(居)务监督委员会工作簿
Provide decisionsBook;    // 四议两公开 记录
Provide assistanceBook;   // 协助工作台账
Provide outsideListBook;  // 清单外事项登记簿

Provide declineNotice;   // 不予承接清单外事项的告知
Provide disclosureSheet; // 公开栏张贴的公开表
Provide commitmentList;  // 成员履职承诺公示

Provide townshipSummary; // 镇街 汇总 of the committees' 附件2 (township overview only)

} // namespace Providers
} // namespace committee
