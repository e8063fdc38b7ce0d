## 知识库：在 Telegram 里用 /kb 管理（简体中文）。

kb-staff-only = 抱歉，只有客服人员和管理员可以管理知识库。
kb-home =
    📚 <b>知识库</b>：已上线 { $live } 条，草稿 { $drafts } 条。
    发送几个关键词即可搜索，或选择一个主题。
kb-topic-button = { $topic }（{ $count }）
kb-drafts-button = 📝 草稿与已下线（{ $count }）
kb-new-button = ➕ 新建条目
kb-list-topic = <b>{ $topic }</b>：请选择条目。
kb-list-drafts = <b>草稿与已下线条目</b>：请选择。
kb-list-search = “{ $words }”的搜索结果：{ $count } 条。请选择条目。
kb-list-empty = 这里还没有条目。
kb-search-none = 没有找到与“{ $words }”相关的条目。换个关键词，或选择一个主题。
kb-card =
    <b>{ $id }</b> · { $status } · 第 { $version } 版
    主题：{ $topic }
kb-card-language =
    <b>{ $language }</b>
    问：{ $question }
    答：{ $answer }
    示例问法：{ $count } 条
kb-not-written = （尚未填写）
kb-status-live = 🟢 已上线
kb-status-draft = 📝 草稿
kb-status-retired = 🗄 已下线
kb-field-question = 问题
kb-field-answer = 答案
kb-field-phrasings = 示例问法
kb-field-status = 状态
kb-field-category = 主题
kb-edit-button = ✏️ { $field } · { $language }
kb-history-button = 🕘 修改记录
kb-publish-button = 🚀 上线
kb-retire-button = 🗄 下线
kb-edit-prompt =
    请发送新的{ $field }（{ $language }）。
    当前：{ $current }
kb-edit-phrasings-prompt =
    请发送{ $language }的示例问法，每行一条：用户会怎样用自己的话问这个问题。发送后将替换现有内容。
    当前：
    { $current }
kb-saved = ✅ 已保存为第 { $version } 版。用户现在就能看到；匹配模型会在几秒内重新学习。
kb-published = 🚀 已上线（第 { $version } 版）：从现在起用户可以得到这条答案。
kb-retired = 🗄 已下线（第 { $version } 版）：用户不会再看到它，修改记录仍会保留。
kb-history-title = 🕘 <b>{ $id } 的修改记录</b>（最新的在前）
kb-history-line = 第 { $version } 版 · { $when } · { $actor } · { $what }：“{ $before }” → “{ $after }”
kb-history-empty = 自随机器人发布以来没有修改过（第 1 版）。
kb-new-topic-prompt = ➕ <b>新建条目。</b>它属于哪个主题？
kb-new-id-prompt = 请为它起一个简短的 ID：3 到 40 个小写字母、数字或连字符，例如 card-freeze。
kb-created = 📝 草稿 { $id } 已创建。请填写问题和答案，然后上线。
kb-error-id-format = ID 须为 3 到 40 个字符，只能包含小写字母、数字和连字符。
kb-error-id-taken = { $id } 已存在，请换一个 ID。
kb-error-unknown-category = 没有这个主题，请点选下方按钮。
kb-error-unknown-entry = 条目 { $id } 已不存在。
kb-error-locale = 不支持这种语言。
kb-error-field = 这部分内容不能在这里修改。
kb-error-empty = 没有可保存的内容，请发送文字。
kb-error-too-long = 内容太长：最多 { $limit } 个字符。
kb-error-secret = 未保存：这段内容看起来是在向用户索要助记词、私钥、密码或银行卡号，而客服从不索要这些信息。
kb-error-incomplete = 请先至少用一种语言写好问题和答案。
kb-error-stale = 刚才有人修改了这个条目。下面是它现在的内容，请再试一次。
kb-candidate-gone = 自 /stats 显示以来，这个候选已经变化（已起草，或重新归类）。请再发送一次 /stats。
kb-candidate-drafting = 💡 正在用用户提过的 { $count } 个问题起草新条目：它们会成为这个条目的示例问法。
