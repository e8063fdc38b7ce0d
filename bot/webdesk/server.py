"""The web desk's HTTP server (aiohttp, in the bot's own process and event loop): sign-in, the
queue, a ticket, its files, live updates. No page is readable without a session; every form
carries the session's CSRF token; the session cookie is HttpOnly and SameSite=Strict."""

from __future__ import annotations

import hmac
import logging
from importlib import resources
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot

from bot.core.clock import utc_now
from bot.db.audit import AuditAction
from bot.db.web_desk import QueueFilter, WebSession
from bot.runtime.services import Services
from bot.webdesk import actions
from bot.webdesk.layout import Translate, Viewer, esc, notice_page, page
from bot.webdesk.live import ChangeWatcher
from bot.webdesk.pages import flash, queue_filters, queue_table, ticket_forms, ticket_live
from bot.webdesk.sessions import COOKIE, DeskSessions, SignedIn, SignInRefusal
from bot.webdesk.views import DeskViews

log = logging.getLogger(__name__)

STATIC = resources.files("bot.webdesk") / "static"
LANGUAGE_COOKIE = "desk_lang"
MAX_REQUEST_BYTES = 12 * 1024 * 1024  # a reply's file (10 MB, Telegram's photo limit) and form
PUBLIC_PATHS = frozenset({"/signin", "/login/telegram", "/static/desk.js"})
WIDGET_CSP = (
    "default-src 'self'; img-src 'self' https://telegram.org; style-src 'unsafe-inline';"
    " script-src 'self' https://telegram.org; frame-src https://oauth.telegram.org;"
    " frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self'; style-src 'unsafe-inline'; script-src 'self';"
        " frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the sign-in link's token never leaves in a Referer
    "Cache-Control": "no-store",
}


class WebDesk:
    def __init__(self, services: Services, bot: Bot) -> None:
        self.services = services
        self.bot = bot
        self.sessions = DeskSessions(services.web_desk, services.agents, services.settings)
        self.watcher = ChangeWatcher(services.web_desk.change_mark)
        self.views = DeskViews(services)
        self._runner: web.AppRunner | None = None
        self.address = ""

    @property
    def public_url(self) -> str:
        return self.services.settings.web_desk_url or self.address

    def translator(self, locale: str) -> Translate:
        def t(key: str, **params: object) -> str:
            return self.services.translator.t(locale, key, **params)

        return t

    def locale_of(self, request: web.Request) -> str:
        wanted = request.cookies.get(LANGUAGE_COOKIE, "")
        return wanted if wanted in ("zh", "en") else self.services.settings.desk_language

    def viewer(self, request: web.Request) -> Viewer:
        session: WebSession = request["session"]
        return Viewer(session.agent_name, self.locale_of(request), session.csrf)

    async def start(self) -> str:
        settings = self.services.settings
        app = web.Application(client_max_size=MAX_REQUEST_BYTES, middlewares=[self._guard])
        app.router.add_get("/signin", self._signin_page)
        app.router.add_post("/signin", self._signin)
        app.router.add_get("/login/telegram", self._widget_login)
        app.router.add_post("/signout", self._signout)
        app.router.add_post("/language", self._language)
        app.router.add_get("/", self._queue)
        app.router.add_get("/t/{ticket_id:\\d+}", self._ticket)
        app.router.add_get("/file/{message_id:\\d+}", self._file)
        app.router.add_get("/events", self._events)
        app.router.add_get("/static/desk.js", self._script)
        actions.register(app, self.services)
        # An open page holds its live-events stream: a stop must not wait a minute for it.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, settings.web_desk_listen, settings.web_desk_port).start()
        host, port = self._runner.addresses[0][:2]
        self.address = f"http://{host}:{port}"
        self.watcher.start()
        log.info("web desk on %s", self.address)
        return self.address

    async def stop(self) -> None:
        await self.watcher.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ------------------------------------------------------------ guard
    @web.middleware
    async def _guard(self, request: web.Request, handler: actions.Handler) -> web.StreamResponse:
        response = await self._checked(request, handler)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    async def _checked(self, request: web.Request, handler: actions.Handler) -> web.StreamResponse:
        if request.path in PUBLIC_PATHS:
            return await handler(request)
        t = self.translator(self.locale_of(request))
        cookie = request.cookies.get(COOKIE)
        session = await self.sessions.current(cookie)
        if session is None:
            return self._no_session(request, "web-session-over" if cookie else "web-no-session")
        request["session"] = session
        if request.method == "POST":
            form = await request.post()
            sent = str(form.get("csrf", ""))
            if not hmac.compare_digest(sent.encode(), session.csrf.encode()):
                body = notice_page(t, self.locale_of(request), t("web-title"), t("web-bad-form"))
                return _html(body, 403)
        return await handler(request)

    # ---------------------------------------------------------- sign-in
    async def _signin_page(self, request: web.Request) -> web.Response:
        locale = self.locale_of(request)
        t = self.translator(locale)
        token = request.query.get("token", "")
        claim = self.sessions.inspect(token)
        if isinstance(claim, SignInRefusal):
            return self._refused(locale, claim)
        # A button, not an automatic sign-in: a link preview or a scanner that opens the link
        # must not use it up.
        body = (
            f'<div class="card"><h1>{esc(t("web-signin-title"))}</h1>'
            f"<p>{esc(t('web-signin-as', name=claim.agent_name, id=claim.agent_id))}</p>"
            f'<form method="post" action="/signin"><input type="hidden" name="token" '
            f'value="{esc(token)}"><button type="submit" id="signin">'
            f"{esc(t('web-signin-button'))}</button></form></div>"
        )
        return _html(page(t, locale, t("web-signin-title"), body))

    async def _signin(self, request: web.Request) -> web.Response:
        form = await request.post()
        result = await self.sessions.sign_in(self.bot, str(form.get("token", "")))
        if isinstance(result, SignInRefusal):
            return self._refused(self.locale_of(request), result)
        await self.services.audit.record(result.session.agent_id, AuditAction.SIGN_IN)
        return self._signed_in(result)

    def _no_session(self, request: web.Request, key: str) -> web.Response:
        """Sign in first: the way is /desk in Telegram, or the Login Widget where the desk has
        a public https address (Telegram serves the widget only to a registered domain)."""
        locale = self.locale_of(request)
        t = self.translator(locale)
        body = notice_page(t, locale, t("web-title"), t(key))
        widget = self.services.settings.web_desk_url or ""
        if not widget.startswith("https://"):
            return _html(body, 401)
        script = (
            '<script async src="https://telegram.org/js/telegram-widget.js?22"'
            f' data-telegram-login="{esc(self.bot.username)}" data-size="large"'
            ' data-auth-url="/login/telegram" data-request-access="write"></script>'
        )
        response = _html(body.replace("</main>", f"{script}</main>"), 401)
        response.headers["Content-Security-Policy"] = WIDGET_CSP
        return response

    async def _widget_login(self, request: web.Request) -> web.Response:
        fields = {key: value for key, value in request.query.items()}
        result = await self.sessions.sign_in_widget(self.bot, fields)
        if isinstance(result, SignInRefusal):
            return self._refused(self.locale_of(request), result)
        await self.services.audit.record(result.session.agent_id, AuditAction.SIGN_IN)
        return self._signed_in(result)

    def _signed_in(self, signed: SignedIn) -> web.Response:
        response = web.HTTPSeeOther("/")
        secure = self.public_url.startswith("https://")
        max_age = int(signed.session.expires_at - utc_now().timestamp())
        response.set_cookie(
            COOKIE,
            signed.cookie,
            httponly=True,
            samesite="Strict",
            secure=secure,
            path="/",
            max_age=max_age,
        )
        return response

    def _refused(self, locale: str, refusal: SignInRefusal) -> web.Response:
        t = self.translator(locale)
        body = notice_page(t, locale, t("web-refused-title"), t(f"web-refused-{refusal.value}"))
        return _html(body, 403)

    async def _signout(self, request: web.Request) -> web.Response:
        await self.sessions.sign_out(request.cookies.get(COOKIE, ""))
        response = web.HTTPSeeOther("/")
        response.del_cookie(COOKIE, path="/")
        return response

    async def _language(self, request: web.Request) -> web.Response:
        form = await request.post()
        locale = str(form.get("locale", ""))
        # Back to the page the agent was on (its path only: never to another site).
        back = urlsplit(request.headers.get("Referer", ""))
        path = back.path if back.path.startswith("/") and not back.path.startswith("//") else "/"
        response = web.HTTPSeeOther(path + (f"?{back.query}" if back.query else ""))
        if locale in ("zh", "en"):
            response.set_cookie(LANGUAGE_COOKIE, locale, samesite="Strict", path="/")
        return response

    # ------------------------------------------------------------ pages
    async def _queue(self, request: web.Request) -> web.Response:
        viewer = self.viewer(request)
        t = self.translator(viewer.locale)
        query = request.query
        wanted = QueueFilter(
            status=query.get("status", "open")
            if query.get("status") in ("open", "closed", "all")
            else "open",
            route=query.get("route") or None,
            assignee=query.get("assignee") if query.get("assignee") in ("me", "none") else None,
        )
        session: WebSession = request["session"]
        rows = await self.views.queue(wanted, session.agent_id)
        live = queue_table(t, rows, utc_now())
        if request.headers.get("X-Live"):
            return _html(live)
        body = (
            f"<h1>{esc(t('web-queue'))}</h1>{queue_filters(t, wanted, self.views.routes)}"
            f'<div id="live">{live}</div>'
        )
        return _html(page(t, viewer.locale, t("web-queue"), body, viewer))

    async def _ticket(self, request: web.Request) -> web.Response:
        viewer = self.viewer(request)
        t = self.translator(viewer.locale)
        view = await self.views.ticket(int(request.match_info["ticket_id"]), viewer.locale)
        if view is None:
            return _html(notice_page(t, viewer.locale, t("web-title"), t("web-not-found")), 404)
        live = ticket_live(t, view, utc_now())
        if request.headers.get("X-Live"):
            return _html(live)
        session: WebSession = request["session"]
        await self.services.audit.record(
            session.agent_id, AuditAction.VIEW, ticket_id=view.ticket.id
        )
        body = (
            f'<p><a href="/">{esc(t("web-back"))}</a></p>'
            f"{flash(t, actions.flash_key(request), **actions.flash_params())}"
            f'<div id="live">{live}</div>{ticket_forms(t, view, viewer)}'
        )
        return _html(page(t, viewer.locale, view.ticket.reference, body, viewer))

    async def _file(self, request: web.Request) -> web.Response:
        found = await self.views.file(self.bot, int(request.match_info["message_id"]))
        if found is None:
            raise web.HTTPNotFound()
        data, mime = found
        return web.Response(body=data, content_type=mime)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        )
        await response.prepare(request)
        await response.write(b"retry: 1000\n\n")
        try:
            async for mark in self.watcher.changes():
                line = f"event: change\ndata: {mark}\n\n" if mark else ": heartbeat\n\n"
                await response.write(line.encode())
        except (ConnectionResetError, RuntimeError):
            pass  # the page was closed
        return response

    async def _script(self, request: web.Request) -> web.Response:
        text = STATIC.joinpath("desk.js").read_text(encoding="utf-8")
        return web.Response(text=text, content_type="application/javascript")


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
