# 用户数据（/mydata、/forget）、管理员的 /erase 与 /audit，以及已删除工单的提示行。
privacy-nothing = 我们目前没有保存您的任何信息。
privacy-export-summary = { $name }，以下是自 { $since } 起 tpWallet 客服保存的您的数据：
    • 工单：{ $tickets } 个（其中消息 { $messages } 条）
    • 您向机器人提出的问题：{ $questions } 个
    • 评分与反馈：{ $feedback } 条
    • 服务通知：{ $notices }
    客服的内部备注不包含在内。附件文件中有完整内容。
privacy-notices-on = 开启
privacy-notices-off = 关闭
privacy-export-ticket = { $reference } · { $status } · 创建于 { $created } · { $messages } 条消息
privacy-export-caption = 我们保存的关于您的全部数据（JSON）。
privacy-forget-confirm = 确定删除您的数据吗？这将永久删除您发给客服的全部内容（消息、图片和文件）、您提供的联系方式以及您的名字。您的工单只会作为匿名统计保留；未关闭的工单会被关闭。客服将无法再查看您的历史记录，如您之后再来咨询，请重新描述问题。此操作无法撤销。
privacy-erase-button = 🗑 删除我的数据
privacy-keep-button = 保留
privacy-kept = 没有删除任何内容。
privacy-forgotten = 🗑 已完成：您的消息、文件、联系方式和名字均已删除（工单 { $tickets } 个，消息 { $messages } 条）。
privacy-admins-only = 只有管理员可以执行此操作。
privacy-erase-usage = 用法：/erase 用户ID（机器人认识的用户），用于已申请删除但无法再登录 Telegram 账号的用户。
privacy-erase-confirm = 确定删除用户 { $id } 的全部数据吗？其消息、文件、联系方式和名字将被永久删除；工单只作为匿名统计保留。此操作无法撤销。
privacy-erased = 🗑 已删除用户 { $id } 的数据（工单 { $tickets } 个，消息 { $messages } 条）。此操作已记入审计记录。
card-erased = 🗑 已应用户要求于 { $at } 删除：对话与详细信息均已清除。
audit-usage = 用法：/audit [csv] [人员ID] [TP-000123] [YYYY-MM-DD]，顺序不限。加 csv 可获得文件。
audit-empty = 没有符合条件的操作记录。
audit-title = 最近 { $count } 条操作（UTC 时间 · 操作人 · 操作 · 工单 · 详情）：
audit-csv-caption = 审计记录：共 { $count } 条操作。
