## Start, menu and general replies (Simplified Chinese)

start-greeting =
    你好，{ $name }！👋 我是 tpWallet 客服助手，全天在线。
    常见问题我可以马上解答；登录、转账、投诉等问题，我会一步步带你处理，需要时再为你转接人工客服。
safety-reminder = 🔒 安全提醒：tpWallet 客服绝不会主动私信你，也绝不会索要你的助记词、私钥、密码或 PIN 码。任何人向你索要这些信息，都是诈骗。
menu-prompt = 请选择你需要的帮助，或直接输入你的问题：
menu-login = 🔑 登录与密码
menu-transfer = 💸 转账失败
menu-complaint = 📝 投诉
menu-feedback = 💡 意见与建议
menu-faq = ❓ 常见问题
menu-tickets = 🎫 我的工单
menu-agent = 🙋 联系人工客服
menu-language = 🌐 语言 / Language
help-text =
    我可以这样帮你：
    /start — 欢迎页和主菜单
    /menu — 打开主菜单
    /faq — 浏览常见问题
    /login — 登录与密码问题
    /transfer — 转账失败排查
    /complaint — 提交投诉
    /feedback — 意见与建议
    /tickets — 我的工单
    /mydata — 获取您的数据副本；/forget — 删除您的数据
    /agent — 联系人工客服
    /language — 切换语言
    /cancel — 退出当前操作，回到主菜单
    /help — 显示本帮助
    
    也可以直接输入问题，例如“忘记密码怎么办”。
cancelled = 已退出当前操作。
nothing-to-cancel = 当前没有进行中的操作。
btn-back = ⬅️ 返回
btn-menu = 🏠 主菜单
btn-talk-agent = 🙋 没解决？联系人工客服
stale-button = 这个按钮已经失效了，请使用下面的新菜单。
unsupported-message = 目前我只能读懂文字消息。请用文字描述你的问题，或从菜单中选择。
text-too-long = 这条消息太长了（超过 { $limit } 个字）。请简要描述你的问题，我会尽快帮你找答案。

## Commands shown in Telegram's menu (setMyCommands)

cmd-start = 开始并显示主菜单
cmd-menu = 打开主菜单
cmd-faq = 浏览常见问题
cmd-language = 切换语言
cmd-notices = 开启或关闭公告
cmd-mydata = 获取我的数据副本
cmd-forget = 删除我的数据
cmd-cancel = 退出当前操作
cmd-help = 使用帮助
cmd-tickets = 我的工单
cmd-agent = 联系人工客服

## Language

language-prompt = 请选择你的语言：
language-set = ✅ 已切换为中文。
lang-zh = 🇨🇳 中文
lang-en = 🇬🇧 English

## FAQ browsing and search

faq-categories-title = ❓ 常见问题 — 请选择一个分类：
faq-category-title = { $category } — 请选择一个问题：
faq-answer-title = 💬 { $question }
faq-best-match = 我找到了最相关的解答：
faq-related = 你可能还想了解：
faq-no-match =
    抱歉，我没能找到与你的问题匹配的解答。🤔
    可以换个说法再问一次（例如“转账一直没到账”），或从下面的菜单中选择。

## Understanding free text

understand-out-of-scope = 抱歉，这个问题我回答不了：我可以帮你处理 tpWallet 账户、安全、转账、支付和手续费方面的问题，或者帮你联系我们的客服团队。请在下面选择一个主题。
understand-greeting = 你好！👋 关于 tpWallet 账户、安全、转账或手续费的问题都可以问我，也可以在下面选择一个主题。
understand-human = 好的。点击「联系人工客服」，简单描述一下你的问题，我们团队的工作人员会在这里回复你。
understand-offer = 我不太确定你的意思，是下面其中一个吗？
urgent-steps =
    🚨 <b>请立即采取以下措施保护资金：</b>
    1. 马上修改 tpWallet 登录密码和邮箱密码。
    2. 在「设置 → 安全」中退出其他所有设备，并开启双重验证。
    3. 如果助记词可能被别人看到过，请在可信的设备上创建一个新钱包，把剩余资产转进去。
    4. 绝不要把助记词、私钥或密码发给任何人，包括自称 tpWallet 客服的人。
    安全团队已收到你的报告，会在这里联系你。

## Errors

error-generic = 抱歉，处理你的消息时出了点问题。请稍后再试，或发送 /menu 回到主菜单。
answer-helpful = 👍 有帮助
answer-not-helpful = 👎 没帮助
answer-rating-thanks = 谢谢你的反馈！
answer-rating-already = 已经记下了，谢谢！
answer-rating-sorry = 抱歉没能帮到你。可以换个说法再问一次，或者联系人工客服：客服会看到你的问题。
