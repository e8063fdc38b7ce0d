// The sandbox page: pick who you are (a user, the admin, an agent in the group), chat with
// the bot, press its buttons, send files. The server pushes a notice on every change.
"use strict";

const view = { chatId: null, thread: null, senderId: null, title: "", replyTo: null };
let state = null;
let toastsAfter = 0;
let refreshTimer = null;

const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const response = await fetch(path, options);
  if (!response.ok) throw new Error(await response.text());
  return response.json();
}

function post(path, body) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

function initial(name) { return (name || "?").trim().charAt(0).toUpperCase(); }

function personItem(person, onClick, active) {
  const li = document.createElement("li");
  li.className = "person" + (active ? " active" : "");
  li.dataset.id = person.id;
  const avatar = document.createElement("span");
  avatar.className = "avatar";
  avatar.textContent = initial(person.name);
  const name = document.createElement("span");
  name.className = "name";
  name.textContent = person.name;
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.textContent = person.language.startsWith("zh") ? "中文" : "EN";
  li.append(avatar, name, badge);
  li.addEventListener("click", onClick);
  return li;
}

function renderSidebar() {
  const users = $("users"), admins = $("admins"), topics = $("topics"), agents = $("agent-select");
  users.replaceChildren(); admins.replaceChildren(); topics.replaceChildren();
  const chosenAgent = agents.value;
  agents.replaceChildren();
  for (const person of state.people) {
    const active = view.chatId === person.id;
    const open = () => openPrivate(person);
    if (person.role === "user") users.append(personItem(person, open, active));
    if (person.role === "admin") admins.append(personItem(person, open, active));
    if (person.role === "agent") {
      const option = document.createElement("option");
      option.value = person.id; option.textContent = person.name;
      agents.append(option);
    }
  }
  if (chosenAgent) agents.value = chosenAgent;
  const group = state.group;
  const threads = group.is_forum ? [{ id: null, name: "# General" }, ...group.topics] : [{ id: null, name: group.title }];
  for (const topic of threads) {
    const li = document.createElement("li");
    li.className = "topic" + (view.chatId === group.id && view.thread === topic.id ? " active" : "");
    li.dataset.thread = topic.id === null ? "" : topic.id;
    li.textContent = topic.name;
    li.addEventListener("click", () => openGroup(topic));
    topics.append(li);
  }
}

function openPrivate(person) {
  Object.assign(view, { chatId: person.id, thread: null, senderId: person.id, replyTo: null, title: `${person.name} ↔ bot` });
  setReply(null);
  refresh();
}

function openGroup(topic) {
  Object.assign(view, { chatId: state.group.id, thread: topic.id, senderId: null, replyTo: null, title: `${state.group.title} › ${topic.name}` });
  setReply(null);
  refresh();
}

function currentSender() {
  return view.chatId === state.group.id ? Number($("agent-select").value) : view.senderId;
}

function setReply(message) {
  view.replyTo = message ? message.id : null;
  $("replying").hidden = !message;
  $("replying-text").textContent = message ? `Replying to: ${message.text.slice(0, 60)}` : "";
}

// After the user sends something, follow the conversation to its end until the bot has
// answered, even when a photo makes the list taller after it loads.
let followUntil = 0;

function renderMessages(messages) {
  const box = $("messages");
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const stick = nearBottom || Date.now() < followUntil;
  const toBottom = () => { if (stick) box.scrollTop = box.scrollHeight; };
  box.replaceChildren();
  if (!messages.length) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = view.chatId === state.group.id ? "No messages here yet." : "Say hello — try /start";
    box.append(empty);
  }
  for (const m of messages) {
    const bubble = document.createElement("div");
    bubble.className = "msg " + (m.from_bot ? "bot" : "mine");
    bubble.dataset.id = m.id;
    if (view.chatId === state.group.id || !m.from_bot) {
      const sender = document.createElement("div");
      sender.className = "sender";
      sender.textContent = m.sender;
      bubble.append(sender);
    }
    if (m.reply_to) {
      const quote = document.createElement("div");
      quote.className = "quote";
      quote.textContent = m.reply_to.text;
      bubble.append(quote);
    }
    if (m.photo) {
      const img = document.createElement("img");
      img.src = m.photo; img.alt = "photo";
      img.addEventListener("load", toBottom);
      bubble.append(img);
    }
    if (m.file) {
      const link = document.createElement("a");
      link.className = "file"; link.href = m.file.url; link.target = "_blank";
      link.textContent = `📄 ${m.file.name}`;
      bubble.append(link);
    }
    const text = document.createElement("div");
    text.className = "text";
    text.innerHTML = m.html;  // the server sends Telegram's formatting as safe HTML
    bubble.append(text);
    if (m.buttons.length) {
      const keyboard = document.createElement("div");
      keyboard.className = "keyboard";
      for (const row of m.buttons) {
        const line = document.createElement("div");
        line.className = "row";
        for (const b of row) {
          const button = document.createElement("button");
          button.type = "button"; button.className = "kb-button"; button.textContent = b.text;
          button.addEventListener("click", () => press(m.id, b.data));
          line.append(button);
        }
        keyboard.append(line);
      }
      bubble.append(keyboard);
    }
    const meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = m.edited ? "edited" : "";
    if (view.chatId === state.group.id) {
      const reply = document.createElement("a");
      reply.textContent = "Reply"; reply.className = "reply-link";
      reply.addEventListener("click", () => setReply({ id: m.id, text: text.textContent }));
      meta.append(reply);
    }
    bubble.append(meta);
    box.append(bubble);
  }
  toBottom();
}

function showToasts(toasts) {
  for (const t of toasts) {
    toastsAfter = Math.max(toastsAfter, t.seq);
    const el = document.createElement("div");
    el.className = "toast"; el.textContent = t.text;
    $("toasts").append(el);
    setTimeout(() => el.remove(), 3500);
  }
}

async function refresh() {
  try {
    state = await api("/api/state");
    renderSidebar();
    $("chat-title").textContent = view.chatId === null ? "Pick a user on the left to start chatting." : view.title;
    if (view.chatId === null) return;
    const query = new URLSearchParams({ chat_id: view.chatId, toasts_after: toastsAfter });
    if (view.thread !== null) query.set("thread", view.thread);
    const chat = await api(`/api/chat?${query}`);
    renderMessages(chat.messages);
    if (toastsAfter === 0) toastsAfter = chat.last_seq; else showToasts(chat.toasts);
  } catch (error) {
    console.error(error);
  }
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 40);
}

async function press(messageId, data) {
  await post("/api/press", { from_id: currentSender(), chat_id: view.chatId, message_id: messageId, data });
}

async function sendText(event) {
  event.preventDefault();
  const box = $("composer-text");
  const text = box.value.trim();
  if (!text || view.chatId === null) return;
  box.value = "";
  followUntil = Date.now() + 5000;
  await post("/api/send", { from_id: currentSender(), chat_id: view.chatId, text, thread: view.thread, reply_to: view.replyTo });
  setReply(null);
}

async function sendFile() {
  const input = $("file-input");
  const file = input.files[0];
  if (!file || view.chatId === null) return;
  const form = new FormData();
  form.append("from_id", currentSender());
  form.append("chat_id", view.chatId);
  if (view.thread !== null) form.append("thread", view.thread);
  if (view.replyTo !== null) form.append("reply_to", view.replyTo);
  form.append("kind", file.type.startsWith("image/") ? "photo" : "document");
  form.append("caption", $("composer-text").value.trim());
  form.append("file", file, file.name);
  $("composer-text").value = "";
  input.value = "";
  followUntil = Date.now() + 5000;
  await api("/api/upload", { method: "POST", body: form });
  setReply(null);
}

async function addUser(event) {
  event.preventDefault();
  const name = $("new-user-name").value.trim();
  if (!name) return;
  const user = await post("/api/users", { name, language: $("new-user-lang").value });
  $("new-user-name").value = "";
  state = await api("/api/state");
  openPrivate(state.people.find((p) => p.id === user.id));
}

function listen() {
  const events = new EventSource("/api/events");
  events.onopen = () => $("live").classList.remove("off");
  events.onerror = () => $("live").classList.add("off");
  events.onmessage = scheduleRefresh;
}

$("composer").addEventListener("submit", sendText);
$("composer-text").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) sendText(e);
});
$("file-input").addEventListener("change", sendFile);
$("new-user").addEventListener("submit", addUser);
$("replying-cancel").addEventListener("click", () => setReply(null));
$("agent-select").addEventListener("change", scheduleRefresh);
refresh();
listen();

// ---------------------------------------------------------------- the bot's log
let logOffset = 0;

async function pollLog() {
  if ($("log-panel").open) {
    try {
      const chunk = await api(`/api/log?offset=${logOffset}`);
      if (chunk.offset < logOffset) $("log").textContent = "";  // a new log after a restart
      logOffset = chunk.offset;
      if (chunk.text) {
        const box = $("log");
        box.textContent += chunk.text;
        box.scrollTop = box.scrollHeight;
      }
    } catch (error) {
      console.error(error);
    }
  }
  setTimeout(pollLog, 1000);
}

// ---------------------------------------------------------------- off hours
async function setOffHours() {
  const box = $("off-hours");
  box.disabled = true;  // the bot restarts: a second or two
  try {
    const answer = await post("/api/hours", { off_hours: box.checked });
    box.checked = answer.off_hours;
  } finally {
    box.disabled = false;
  }
}

// ---------------------------------------------------------------- fonts
// A Chinese character drawn without a CJK font falls back to a blank box of one fixed width;
// two different characters then measure the same as that box.
function chineseRenders() {
  const context = document.createElement("canvas").getContext("2d");
  context.font = "32px sans-serif";
  const box = context.measureText("\u{10FFFD}").width;
  return ["中", "钱"].some((c) => context.measureText(c).width !== box);
}

$("off-hours").addEventListener("change", setOffHours);
$("font-notice").hidden = chineseRenders();
api("/api/hours").then((hours) => { $("off-hours").checked = hours.off_hours; }, console.error);
pollLog();
