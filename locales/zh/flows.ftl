## Shared by every guided flow (Simplified Chinese)

btn-cancel = ✖️ 取消
btn-solved-yes = ✅ 解决了
btn-solved-no = ❌ 还没解决
btn-dont-know = 🤷 不清楚
btn-skip = ⏭️ 跳过
btn-done = ✅ 完成
did-this-solve-it = 这样能解决你的问题吗？
glad-it-worked = 太好了，问题解决了！🎉 如果还有其他问题，随时找我。
never-ask-secrets = 🔒 请注意：我们绝不会向你索要密码、PIN 码或助记词，请不要在这里发送它们。
flow-left = 已返回主菜单。
flow-stale-button = 这个按钮属于之前的步骤，已经失效。请回答下面这个问题：
flow-use-buttons = 请点击下面的按钮来选择。
flow-send-text = 请用文字回复。
flow-send-text-or-buttons = 请点击下面的按钮，或直接用文字回复。
flow-send-media = 请发送图片或文件，或点击下面的按钮。
flow-send-text-or-media = 请发送文字、截图或文件。
flow-timed-out = ⏰ 由于长时间没有操作，本次流程已结束，已填写的内容没有保存。需要时发送 /menu 重新开始。
text-too-short = 内容太短了，请再多写一点细节。
text-too-long-field = 内容太长了，请控制在 { $limit } 个字以内。
invalid-contact = 这看起来不是有效的邮箱或手机号。请输入注册时使用的邮箱（如 name@example.com）或手机号（如 13812345678 或 +86 138 1234 5678）。
invalid-amount = 金额格式不正确。请输入大于 0 的数字和币种，例如 250 USDT、1,250.50 元 或 ¥88。
missing-currency = 请加上币种，例如 250 USDT 或 88.5 元。
invalid-date = 没能读懂这个时间。可以这样写：昨天晚上8点、前天、11月24日下午3点，或 2026-11-24 14:30。
invalid-date-future = 这个时间还没有到。请输入已经发生的日期和时间。
invalid-date-too-old = 这个日期太久远了。请输入最近两年内的日期。
invalid-transaction-id = 交易编号格式不正确。请输入应用中显示的交易编号（6–64 位字母或数字），或 64 位的交易哈希；没有的话请点“跳过”。
invalid-recipient = 收款方信息太短了。请输入收款人的账号、邮箱、手机号或地址。
invalid-version = 版本号格式不正确，请输入类似 3.2.1 的版本号，或点击“不清楚”。
identity-check-explained =
    🛡️ 接下来会发生什么：客服会联系你核实身份，可能会请你确认注册邮箱或手机号、最近一次成功登录的时间和设备。核实通过后，我们会帮你解锁账户或重置双重验证。
    我们绝不会索要你的密码、PIN 码或助记词。

## Tickets

ticket-created = ✅ 已为你创建工单 <b>{ $reference }</b>（优先级：{ $priority }）。客服通常会在 { $wait }内回复你，回复会直接发到这里。
priority-high = 高
priority-normal = 普通
priority-low = 低
status-open = 待处理
status-in_progress = 处理中
status-waiting_user = 等待你的回复
status-resolved = 已解决
status-closed = 已关闭
ticket-line = { $reference } · { $status } · { $age }前
ticket-header = 🎫 <b>{ $reference }</b> — { $subject }
    状态：{ $status } · 优先级：{ $priority } · 创建于 { $age }前
ticket-messages-title = 💬 消息记录：
ticket-from-in = 你
ticket-from-out = 客服
content-text = 文字
content-photo = 图片
content-document = 文件
content-video = 视频
content-voice = 语音
content-sticker = 贴纸
content-animation = 动图
duration-minutes = { $n } 分钟
duration-hours = { $n } 小时
duration-days = { $n } 天

## Ticket fields

field-problem = 问题
field-contact = 注册邮箱/手机号
field-last-login = 最近一次成功登录
field-device = 设备
field-os = 操作系统
field-app-version = 应用版本

## Login & password

login-branch-prompt = 🔑 登录与密码 — 你遇到了哪种情况？
login-branch-forgot = 忘记密码
login-branch-code = 收不到重置邮件或验证码
login-branch-locked = 账户被锁定
login-branch-twofa = 双重验证设备丢失
login-branch-crash = 登录时闪退或报错
login-guide-forgot =
    按以下步骤重置密码：
    1️⃣ 打开 tpWallet，在登录页点击「忘记密码」。
    2️⃣ 输入注册时使用的邮箱或手机号。
    3️⃣ 打开发到邮箱的重置链接，或输入短信验证码。
    4️⃣ 设置一个新密码（不要与其他网站相同），用新密码登录。
login-guide-code =
    收不到重置邮件或验证码时，请依次检查：
    • 邮件：查看垃圾邮件、广告邮件文件夹；确认注册邮箱仍能正常收信。
    • 短信：确认手机号仍在使用、信号良好，没有开启短信拦截。
    • 等待几分钟再重新获取，短时间内多次重试可能会被暂时限制。
    • 检查网络，并把应用更新到最新版本后再试。
login-guide-crash =
    登录时闪退或报错，可以依次尝试：
    • 把 tpWallet 更新到最新版本；
    • 检查网络，在 Wi-Fi 和移动数据之间切换；
    • 完全退出应用后重新打开，或重启手机。
login-contact-prompt = 请输入你注册 tpWallet 时使用的邮箱或手机号。我们只保存隐去部分字符后的形式，仅用于核实身份。
login-last-prompt = 你最近一次成功登录大约是什么时候？点击下面的选项，或输入日期（例如 2026-11-20）。
last-login-today = 今天
last-login-yesterday = 昨天
last-login-week = 最近一周内
last-login-longer = 一周以前
last-login-unknown = 记不清了
login-device-prompt = 你平时在什么设备上登录？点击选项，或输入设备型号（例如 华为 Mate 60）。
device-iphone = iPhone
device-android = 安卓手机
device-web = 电脑网页
tech-device-prompt = 为了帮客服定位问题，请告诉我们你的手机或电脑型号（例如 iPhone 15、小米 14）。
tech-os-prompt = 你的系统是？点击选项，或输入系统和版本（例如 Android 14）。
os-ios = iOS
os-android = Android
os-windows = Windows
os-macos = macOS
tech-version-prompt = tpWallet 的版本号是多少？（在「设置 → 关于」中可以看到，例如 3.2.1）
tech-error-prompt = 最后，请把报错内容用文字发给我们，或直接发送截图。

## Failed transfer

transfer-type-prompt = 💸 转账失败 — 这是哪种转账？
transfer-type-contact = 转给联系人
transfer-type-bank = 转到银行账户
transfer-type-onchain = 链上/外部地址转账
transfer-status-prompt = 应用里显示的状态是？
transfer-status-failed = 显示失败
transfer-status-pending = 一直处理中
transfer-status-missing = 显示成功，但对方没收到
transfer-amount-prompt = 转账金额和币种是多少？例如 250 USDT、1,250.50 元 或 一千二百五十元。
transfer-when-prompt = 是什么时候转的？点击选项，或直接输入（例如 昨天晚上8点、11月24日下午3点、2026-11-24 14:30）。
when-today = 今天
when-yesterday = 昨天
transfer-recipient-prompt = 收款方是谁？请输入收款人的账号、邮箱、手机号或地址。我们只保存隐去部分字符后的形式。
transfer-txid-prompt = 如果有交易编号或交易哈希，请发给我们（在交易详情里可以找到）；没有的话点“跳过”。
transfer-check-network = 检查 { $step }/{ $total }：转账时网络是否稳定？
transfer-check-balance = 检查 { $step }/{ $total }：余额是否足够支付转账金额加手续费？
transfer-check-recipient = 检查 { $step }/{ $total }：你核对过收款信息，确认无误吗？
transfer-check-limit = 检查 { $step }/{ $total }：这笔转账在单笔和每日限额之内吗？
transfer-check-window = 检查 { $step }/{ $total }：处理中的时间是否已经超过应用显示的预计到账时间？
answer-yes = 是
answer-no = 否
transfer-advice-network-yes = 👍 网络没问题，继续检查。
transfer-advice-network-no = 📶 网络不稳定时转账可能失败。请换一个稳定的网络后在交易记录中查看状态；如果显示失败，通常不会扣款，可以重新发起。
transfer-advice-balance-yes = 👍 余额充足，继续检查。
transfer-advice-balance-no = 💰 余额需要同时覆盖转账金额和手续费。请充值或减少金额后再试。
transfer-advice-recipient-yes = 👍 收款信息无误，继续检查。
transfer-advice-recipient-no = 🔎 收款信息有误会导致失败或转错人。请立即核对；如果资金已经转出，请尽快让客服介入。
transfer-advice-limit-yes = 👍 在限额之内，继续检查。
transfer-advice-limit-no = 📏 超出限额的转账会失败。可以第二天再转，或分几笔完成。
transfer-advice-window-yes = ⏳ 已经超过预计时间，需要客服帮你查询。
transfer-advice-window-no = ⏳ 还在正常处理时间内，多数转账会在这段时间内完成。我可以稍后提醒你确认是否到账。
transfer-resolve-prompt = 检查完了。问题解决了吗？
transfer-need-help = 🙋 没解决，需要客服帮忙
transfer-remind-me = ⏰ 稍后提醒我
transfer-reminder-set = ⏰ 好的，我会在 { $wait }后问你是否到账。如果在此之前有变化，随时告诉我。
transfer-reminder-question = ⏰ 之前那笔 { $amount } 的转账到账了吗？
reminder-arrived = ✅ 已到账
reminder-missing = ❌ 还没到
reminder-glad = 太好了，钱已经到账！🎉
subject-transfer = 转账问题
field-transfer-type = 转账类型
field-transfer-status = 应用显示
field-amount = 金额
field-when = 时间
field-recipient = 收款方
field-txid = 交易编号
value-none = 无
check-short-network = 网络稳定
check-short-balance = 余额充足
check-short-recipient = 收款信息无误
check-short-limit = 未超限额
check-short-window = 已超过预计时间

## Complaint

complaint-category-prompt = 📝 你想投诉哪方面的问题？
complaint-cat-service = 服务质量
complaint-cat-transaction = 交易问题
complaint-cat-fees = 费用
complaint-cat-bug = 应用故障
complaint-cat-agent = 客服态度
complaint-cat-other = 其他
complaint-description-prompt = 请描述发生了什么（{ $min }–{ $max } 个字）。写清时间、经过和影响，能帮我们更快处理。
complaint-attach-prompt = 如有截图、照片或文件，请直接发送，可以发多张（最多 { $max } 个）。已收到：{ $count } 个。发送完毕或没有附件时，点击“完成”。
complaint-attach-full = 附件已达到上限（{ $max } 个）。请点击“完成”继续。
complaint-outcome-prompt = 你希望我们怎样处理？（例如：退还手续费、解释原因、改进服务）
complaint-summary =
    📋 请确认你的投诉：
    • 类别：{ $category }
    • 描述：{ $description }
    • 附件：{ $count } 个
    • 期望的处理方式：{ $outcome }
complaint-submit = ✅ 提交
complaint-edit = ✏️ 修改
complaint-edit-prompt = 想修改哪一项？
complaint-edit-category = 类别
complaint-edit-description = 描述
complaint-edit-attach = 附件
complaint-edit-outcome = 期望的处理方式
field-complaint-category = 投诉类别
field-outcome = 期望的处理方式

## Feedback

feedback-rating-prompt = 💡 总体来说，你对 tpWallet 客服服务的评分是？（1 = 很差，5 = 很好）
rating-1 = 1 ⭐
rating-2 = 2 ⭐
rating-3 = 3 ⭐
rating-4 = 4 ⭐
rating-5 = 5 ⭐
feedback-text-prompt = 有什么想告诉我们的意见或建议吗？直接输入即可，也可以点“跳过”。
feedback-thanks = 🙏 谢谢你的反馈！每一条意见我们都会认真阅读，用来改进产品和服务。
feedback-thanks-low = 🙏 谢谢你的反馈，很抱歉让你失望了。如果你愿意，可以把这段内容转为正式投诉，我们会跟进处理。
feedback-to-complaint = 📝 转为投诉
subject-feedback = 意见与建议
field-rating = 评分

## My tickets

tickets-title = 🎫 你的工单（点击查看详情）：
tickets-none = 你还没有任何工单。
ticket-not-found = 找不到这个工单。
ticket-not-open = 这个工单已经结束，不能再添加内容。如需帮助，请从菜单重新开始。
ticket-add = ✉️ 补充内容
tickets-back = ⬅️ 我的工单
ticket-view = 🎫 查看工单
ticket-add-prompt = 请发送要补充到工单 { $reference } 的文字、图片或文件。
ticket-added = ✅ 已补充到工单 { $reference }，客服会看到。

## Talk to an agent

agent-describe-prompt = 🙋 请简要描述你的问题，我会为你创建工单并转给人工客服。
subject-question = 咨询

## Lost or stolen phone (/lostphone)

lost-lock-prompt = 📵 手机丢失或被盗 — 手机有锁屏吗？tpWallet 有没有设置 PIN 码或面容/指纹解锁？
lost-lock-yes = 有，两者都锁着
lost-lock-no = 没有上锁
lost-lock-unsure = 我不确定
lost-contact-prompt = 你的 tpWallet 账户绑定的是哪个邮箱或手机号？我们用它找到你的账户，并确认是你本人。
lost-when-prompt = 手机是什么时候丢的？点下方按钮，或输入日期，例如 2026-11-24 14:30。
lost-advice =
    🛡️ 在我们处理工单的同时：如果你备份过助记词，可以自己在另一台设备上恢复钱包，并把资产转到一个新钱包。助记词只能输入到官方 tpWallet 应用里，绝不要发到聊天、网站或表单中。
    tpWallet 的任何人都不会向你索要助记词。
subject-urgent-report = 紧急安全报告
subject-lost-device = 手机丢失或被盗
field-screen-lock = 锁屏情况
transfer-currency-prompt = { $amount } 是什么币种？请在下面选择，或直接输入（例如 BTC、EUR）。
currency-usdt = USDT
currency-cny = 人民币（CNY）
currency-usd = 美元（USD）
invalid-currency = 没有识别出这个币种。请点选按钮，或输入币种代码，例如 USDT、CNY、USD、BTC。
transfer-check-arrival = 检查 { $step }/{ $total }：是否已经超过应用显示的到账时间（银行转账可能需要 1–3 个工作日）？
check-short-arrival = 已超过显示的到账时间
transfer-advice-arrival-yes = ⏳ 按时间本该到账了：需要客服和收款方一起追查。
transfer-advice-arrival-no = ⏳ 还在应用显示的到账时间内，仍有可能到账。我可以稍后提醒你确认是否到账。
amount-unknown-currency = 金额我读到了 { $amount }，但“{ $word }”不是我认识的币种。请带上币种再发一次，例如 { $amount } USDT 或 { $amount } 元。
