// The web desk's live view: on every change the server announces, fetch this page's changing
// part (#live) again and swap it in; the forms around it keep what the agent is typing.
(function () {
  "use strict";
  var live = document.getElementById("live");
  var state = document.getElementById("live-state");
  if (!live || !window.EventSource) { return; }
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(window.location.href, { headers: { "X-Live": "1" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { live.innerHTML = html; } })
      .finally(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }
  var events = new EventSource("/events");
  events.addEventListener("open", function () { if (state) { state.textContent = "●"; } });
  events.addEventListener("error", function () { if (state) { state.textContent = "○"; } });
  events.addEventListener("change", refresh);
})();
