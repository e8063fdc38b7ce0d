## Agent desk: what users see

banned-notice = 你已被限制使用本客服机器人。如有疑问，请通过官方网站联系我们。
off-hours = 🌙 现在是非工作时间。客服的工作时间为 { $hours }（{ $timezone }），我们会在 { $next } 后尽快回复你。
ticket-closed-user = 🔒 你的工单 { $reference } 已关闭。
ticket-resolved-user = ✅ 你的工单 { $reference } 已标记为已解决。
ticket-close-reason = 说明：{ $reason }
ticket-reopened-user = 🔄 你的工单 { $reference } 已重新打开，客服会继续跟进。
csat-prompt = 请为这次服务打分（1 = 很差，5 = 很好）。7 天内直接回复这里，也可以重新打开工单。
csat-comment-prompt = 谢谢你的评分！还有什么想补充的吗？可以直接输入，或点“跳过”。
csat-thanks = 🙏 感谢你的评价，这能帮助我们做得更好。

## Agent desk: what agents see (in DEFAULT_LOCALE)

category-account_security = 账户安全
category-funds = 资金
category-complaint = 投诉
category-technical = 技术问题
category-question = 咨询
category-feedback = 意见反馈
card-user = 👤 { $name }（ID { $id }）· 语言 { $language }
card-state = 状态：{ $status } · 处理人：{ $agent } · 已创建 { $age }
card-unclaimed = 未认领
card-subject = 问题：{ $subject }
card-close-reason = 关闭说明：{ $reason }
card-rating = 用户评分：{ $rating }/5
card-claim = 🙋 认领
card-up = ⬆️ 提高优先级
card-down = ⬇️ 降低优先级
card-resolve = ✅ 已解决
card-close = 🔒 关闭
card-reopen = 🔄 重新打开
sla-answered = ✅ 已首次回复
sla-left = ⏳ 距首次回复时限还有 { $left }
sla-breached = 🔥 已超出首次回复时限 { $over }
desk-undeliverable = ⚠️ 无法送达：用户已屏蔽机器人或账号已停用。
desk-edited = ✏️（已编辑）
desk-from-user = 👤 <b>{ $name }</b>：
desk-reopened-by-user = 🔄 用户发来新消息，工单已重新打开。
desk-note-saved = 📝 内部备注已保存（不会发给用户）。
desk-snippet-sent = 📤 已发送快捷回复“{ $name }”（{ $lang }）。
desk-rated = ⭐ 用户评分：{ $rating }/5
desk-sla-breach = ⏰ SLA 提醒：{ $reference } 已等待 { $waited }，仍未首次回复（目标 { $target }）。
desk-not-agent = 抱歉，只有客服人员可以执行这个操作。
desk-no-ticket-here = 请在工单话题中使用此命令，或回复机器人发出的工单消息。
desk-usage-note = 用法：/note 备注内容（或以 // 开头的消息）
desk-done = ✅ 已完成。
desk-nothing-changed = 没有变化。
desk-usage-priority = 用法：/priority high|normal|low
desk-queue-title = 📋 待处理工单（{ $count }）：
desk-queue-line = { $reference } · { $priority } · { $status } · { $age } · { $sla }
desk-queue-empty = 🎉 目前没有待处理的工单。
desk-history-title = 🗂️ 用户 { $id } 的工单：
desk-history-line = { $reference } · { $status } · { $subject } · { $date }
desk-snippets-title = 💬 快捷回复：
desk-snippets-none = 还没有快捷回复。用 /snippet add 名称 zh|en 内容 添加。
desk-snippet-saved = ✅ 已保存快捷回复“{ $name }”（{ $lang }）。
desk-usage-snippet = 用法：/snippet add 名称 zh|en 内容 · /snippet list · /snippet del 名称
desk-snippet-missing = 找不到快捷回复“{ $name }”。
desk-banned = 🚫 用户 { $id } 已被限制，其消息不会再转到这里。

## Secret guard

secret-warning-recovery_phrase = ⚠️ 你刚才发送的内容看起来是钱包助记词，我们已将其删除，没有保存也没有转给任何人。如果你曾在其他地方透露过它，请立即把资金转移到一个新钱包。
secret-warning-private_key = ⚠️ 你刚才发送的内容看起来是私钥，我们已将其删除，没有保存也没有转给任何人。如果你曾在其他地方透露过它，请立即把资金转移到一个新钱包。
secret-warning-card_number = ⚠️ 你刚才发送的内容看起来是银行卡号，我们已将其删除。请不要在聊天中发送完整卡号；如果担心泄露，请联系发卡银行。
secret-warning-password = ⚠️ 你刚才发送的内容看起来是密码、PIN 码或安全码，我们已将其删除。请尽快修改它。
secret-never-share = 🔒 请永远不要把助记词、私钥、密码或 PIN 码告诉任何人，包括客服。请用文字描述你的问题，我们会继续帮你。
desk-secret-removed = ⚠️ 用户发送了敏感信息（助记词、私钥、卡号或密码），已被自动移除。请勿向用户索要此类信息。
card-secret-flag = ⚠️ 用户曾发送敏感信息（已移除）
desk-held-back = ⛔ 这条消息没有发出：它看起来在向用户索要助记词、私钥、密码或 PIN 码（或包含此类信息）。客服绝不能索要这些信息。

## Abuse limits

flood-notice = ⏳ 你发送消息太快了，请稍等片刻再继续。这段时间内的消息不会被处理。
tickets-too-many = 你已经有 { $max } 个未结束的工单了。请在「我的工单」中补充内容，或等待客服处理后再新建。

## Admin alerts

admin-error-alert = 🚨 机器人出错：{ $kind }
    { $detail }
    （同类错误一分钟内只提醒一次）
desk-snippet-refused = ⛔ 未保存也未发送：这条快捷回复看起来在向用户索要助记词、私钥、密码、PIN 码或验证码（或包含此类信息）。客服绝不能索要这些信息。
hash-question = 🔒 你发送了一串 64 位的长代码，它可能是交易哈希，也可能是私钥，两者看起来一模一样。我们已把它从对话中删除，也没有保存在任何地方。请问它是什么？
hash-question-is-hash = 🔗 这是交易哈希
hash-question-is-key = 🔑 这是私钥
hash-question-taken-hash = 🔗 好的，已按交易哈希处理。
hash-question-taken-key = 🔑 明白了，它没有被保存在任何地方。
hash-question-expired = 这个问题已过期。
hash-question-lost = 我们已经没有这串代码了（在你告诉我们它是什么之前，我们从不保存它）。如果它是交易哈希，请在前面加上“tx:”重新发送。
mark-recovery_phrase = [助记词已移除]
mark-private_key = [私钥已移除]
mark-card_number = [卡号已移除]
mark-password = [密码已移除]
mark-unconfirmed = [代码已暂扣，等待用户说明]
mark-withheld = [消息已暂扣]
mark-edited = [已编辑]
mark-held_back = [已拦截]
card-suggestions = 💡 可能解决问题的答案：{ $titles }
card-send-suggestion = 📤 发送答案 { $n }：{ $title }
desk-suggestion-sent = 📤 已发送答案“{ $title }”（{ $lang }）。
desk-suggestion-gone = 这个条目已从知识库下线，没有发送任何内容。
card-category = 🏷 分类
desk-choose-category = 🏷 { $reference } 实际属于哪个分类？你的选择也会用来训练分类模型。
desk-category-set = 🏷 { $reference } 已改为：{ $category }。已记为一条标注样例。
desk-draft =
    ✍️ 供你审阅的草稿（没有发给用户；如果有用，请修改后作为你的回复发送）：

    { $text }
desk-draft-off = ✍️ 草稿功能未开启：需要一个自托管的模型接口（DRAFT_API_URL）。
desk-draft-no_answer = ✍️ 没有草稿：知识库回答不了这个工单。
desk-draft-unavailable = ✍️ 草稿模型没有及时响应，请稍后再试。
desk-draft-refused = ✍️ 草稿已丢弃：它向用户索要了敏感信息，而客服从不这样做。
desk-said-claimed = ✅ { $reference } 已由 { $agent } 认领。
desk-said-closed = ✅ { $reference } 已由 { $agent } 关闭，并已请用户评分。
desk-said-reopened = ✅ { $reference } 已由 { $agent } 重新打开。
desk-said-priority = ✅ { $reference } 的优先级已由 { $agent } 改为{ $priority }。
desk-rating-comment = 💬 用户随评分留下的意见：{ $comment }
card-field = • { $label }：{ $value }
