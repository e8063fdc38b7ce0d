## 管理员群发、公告退订、统计与导出(简体中文)。

admin-only = 抱歉，只有管理员可以执行此操作。
staff-only = 抱歉，只有客服人员和管理员可以查看统计数据。

## 编写群发
broadcast-compose-prompt =
    📣 <b>新公告</b>
    请按用户将收到的样子发送消息：文字（保留粗体、斜体和链接），或带说明文字的图片或文件。
broadcast-audience-prompt = 发送给谁？
broadcast-audience-all = 👥 所有用户（{ $count }）
broadcast-audience-locale = { $language }（{ $count }）
broadcast-audience-open = 🎫 有未结工单的用户（{ $count }）
broadcast-audience-test = 🧪 测试：只发给我
broadcast-preview-above = ⬆️ 以上就是收件人将看到的内容。
broadcast-confirm =
    <b>确认发送？</b>
    受众：{ $audience }
    收件人数：{ $count }
    安全紧急：{ $critical }
broadcast-critical-yes = 是 —— 已关闭公告的用户也会收到
broadcast-critical-no = 否 —— 跳过已关闭公告的用户
broadcast-toggle-critical-on = 🔒 标记为安全紧急
broadcast-toggle-critical-off = 🔓 取消安全紧急
broadcast-send = ✅ 立即发送
broadcast-delivery-free = 发送方式：免费，每秒 { $rate } 条，约需 { $duration }
broadcast-delivery-paid = 发送方式：⭐ 付费，每秒最多 { $rate } 条，约需 { $duration }
broadcast-paid-cost = 预计费用：{ $stars } 星（每条 0.1 星），从机器人的余额中扣除（当前余额 { $balance } 星）。
broadcast-paid-cost-no-balance = 预计费用：{ $stars } 星（每条 0.1 星）。暂时无法读取机器人的星星余额。
broadcast-paid-short = ⚠️ 余额不足以覆盖全部收件人：超出部分的消息可能会被 Telegram 拒绝。
broadcast-toggle-paid-on = ⚡ 加速发送（用星星付费）
broadcast-toggle-paid-off = 🐢 按免费速度发送
broadcast-seconds = { $n } 秒
broadcast-nobody = 当前没有符合该受众的用户，请选择其他受众。
broadcast-started =
    📣 公告 #{ $id } 正在发送给 { $count } 位收件人。
    /broadcast_status 查看进度；/broadcast_cancel 停止发送。
broadcast-audience-name-all = 所有用户
broadcast-audience-name-locale = 使用{ $language }的用户
broadcast-audience-name-open = 有未结工单的用户
broadcast-audience-name-test = 仅你自己（测试）

## 进度
broadcast-none = 还没有发送过公告。
broadcast-status =
    📣 <b>公告 #{ $id }</b> —— { $status }
    受众：{ $audience }
    已发送：{ $sent } · 失败：{ $failed } · 待发送：{ $pending } / 共 { $total }
    速率：{ $rate } 条/秒（上限 { $limit } 条/秒）
    预计剩余时间：{ $eta }
broadcast-status-running = 发送中
broadcast-status-done = 已完成
broadcast-status-cancelled = 已停止
broadcast-refresh = 🔄 刷新
broadcast-eta-none = —
broadcast-cancelled = ⏹ 公告 #{ $id } 已停止：已发送 { $sent } 条，未发送 { $pending } 条。
broadcast-nothing-running = 当前没有正在发送的公告。
broadcast-finished = ✅ 公告 #{ $id } 发送完毕：送达 { $sent } 条，无法送达 { $failed } 条。

## 公告退订(用户)
notices-stop-button = 🔕 不再接收公告
notices-resume-button = 🔔 恢复接收公告
notices-off = 🔕 你将不再收到公告。与你账户安全相关的提醒仍会发送给你。发送 /notices on 可重新开启。
notices-on = 🔔 已重新开启公告。
notices-status-on = 公告当前为<b>开启</b>状态。
notices-status-off = 公告当前为<b>关闭</b>状态（安全提醒仍会发送）。
notices-usage = 请使用 /notices off 或 /notices on。

## 统计
stats-title = 📊 <b>客服统计</b> —— { $days } 天（{ $since } 至 { $until }）
stats-users = 👥 用户：共 { $total } 位 · 近 7 天活跃 { $active } 位 · 已屏蔽机器人 { $inactive } 位
stats-by-language = 按语言：{ $languages }
stats-locale-count = { $language } { $count }
stats-open = 🎫 未结工单：🔴 高 { $high } · 🟡 普通 { $normal } · 🟢 低 { $low }
stats-flow = 新建 { $created } · 已解决或关闭 { $resolved }
stats-times = ⏱ 首次响应中位数：{ $first } · 解决时长中位数：{ $resolution }
stats-sla = ⚠️ 未达首次响应目标：{ $count }
stats-routes-title = 🧭 按客服群（AGENT_ROUTES）：
stats-route-line = { $route }：未结 { $open } · 新建 { $created } / 解决 { $resolved } · 首次响应 { $first } · 未达目标 { $missed }
stats-recent-title = 最近 7 天（新建 / 解决）：
stats-day-line = { $day }：{ $created } / { $resolved }
stats-csat = ⭐ 满意度：平均 { $average } 分，共 { $count } 个评分
stats-csat-none = ⭐ 满意度：暂无评分。
stats-csat-bucket = { $rating }★ { $count }
stats-faq-title = ❓ 被问最多的常见问题：
stats-candidates-title = 💡 常见问题候选：常见问题未能回答的提问，按意思归类：
stats-candidate-also = ↳ 其他问法：{ $examples }
stats-candidate-draft = ➕ 用第 { $rank } 组起草条目
stats-rank-line = { $rank }. { $text } —— { $count }
stats-nothing-yet = （暂无）
stats-none = —
chart-title = 近 { $days } 天每日工单数与首次响应中位数
chart-created = 新建
chart-resolved = 已解决
chart-first-response = 首次响应（分钟）

## 导出
export-usage = 请使用 /export tickets 或 /export questions。
export-caption = { $table }：共 { $count } 行。
export-name-tickets = 工单
export-name-questions = 问题
broadcast-refused-secret = ⛔ 这条公告没有被接受：它看起来在向用户索要助记词、私钥、密码、PIN 码或验证码（或包含此类信息）。官方绝不会索要这些信息，请重新编写。
