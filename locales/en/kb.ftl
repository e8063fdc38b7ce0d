## The knowledge base, managed from Telegram with /kb (English).

kb-staff-only = Sorry, only support agents and administrators can manage the knowledge base.
kb-home =
    📚 <b>Knowledge base</b>: { $live } live entries, { $drafts } drafts.
    Send a few words to search, or choose a topic.
kb-topic-button = { $topic } ({ $count })
kb-drafts-button = 📝 Drafts and retired ({ $count })
kb-new-button = ➕ New entry
kb-list-topic = <b>{ $topic }</b>: choose an entry.
kb-list-drafts = <b>Drafts and retired entries</b>: choose one.
kb-list-search = Found for “{ $words }”: { $count }. Choose an entry.
kb-list-empty = Nothing here yet.
kb-search-none = Nothing found for “{ $words }”. Try other words, or choose a topic.
kb-card =
    <b>{ $id }</b> · { $status } · version { $version }
    Topic: { $topic }
kb-card-language =
    <b>{ $language }</b>
    Q: { $question }
    A: { $answer }
    Phrasings: { $count }
kb-not-written = (not written yet)
kb-status-live = 🟢 live
kb-status-draft = 📝 draft
kb-status-retired = 🗄 retired
kb-field-question = question
kb-field-answer = answer
kb-field-phrasings = phrasings
kb-field-status = status
kb-field-category = topic
kb-edit-button = ✏️ { $field } · { $language }
kb-history-button = 🕘 History
kb-publish-button = 🚀 Publish
kb-retire-button = 🗄 Retire
kb-edit-prompt =
    Send the new { $field } in { $language }.
    Now: { $current }
kb-edit-phrasings-prompt =
    Send the phrasings in { $language }, one per line: how users ask this in their own words. They replace the current ones.
    Now:
    { $current }
kb-saved = ✅ Saved as version { $version }. Users get it now; the matcher relearns it within seconds.
kb-published = 🚀 Published as version { $version }: users get it from now on.
kb-retired = 🗄 Retired as version { $version }: users no longer get it. Its history is kept.
kb-history-title = 🕘 <b>History of { $id }</b> (newest first)
kb-history-line = v{ $version } · { $when } · { $actor } · { $what }: “{ $before }” → “{ $after }”
kb-history-empty = No changes since it shipped (version 1).
kb-new-topic-prompt = ➕ <b>New entry.</b> Which topic does it belong to?
kb-new-id-prompt = Send a short id for it: 3 to 40 lowercase letters, digits and hyphens, for example card-freeze.
kb-created = 📝 Draft { $id } created. Write its question and answer, then publish it.
kb-error-id-format = The id must be 3 to 40 characters: lowercase letters, digits and hyphens.
kb-error-id-taken = { $id } already exists. Choose another id.
kb-error-unknown-category = That topic does not exist. Choose one of the buttons.
kb-error-unknown-entry = The entry { $id } no longer exists.
kb-error-locale = That language is not supported.
kb-error-field = That part of an entry cannot be edited here.
kb-error-empty = Nothing to save: send some text.
kb-error-too-long = Too long: at most { $limit } characters.
kb-error-secret = Not saved: it reads as asking users for a recovery phrase, private key, password or card number, and support never asks for those.
kb-error-incomplete = Write the question and the answer in at least one language first.
kb-error-stale = Someone changed this entry a moment ago. Here it is as it is now: please try again.
kb-candidate-gone = This candidate has changed since /stats was shown (drafted, or grouped anew). Send /stats again.
kb-candidate-drafting = 💡 Drafting a new entry from { $count } questions users asked: they become its phrasings.
