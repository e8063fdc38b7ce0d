"""The sandbox's own controls, beside the chat: the bot's log as it is written (the same
redacted lines as its log file), and a switch between "agents at work" and "off hours" so the
off-hours reply can be tried (the bot restarts with the other business hours)."""

from __future__ import annotations

from aiohttp import web

from bot.sandbox.process import BotProcess

MAX_LOG_CHUNK = 64 * 1024  # bytes of log returned per request
ALWAYS_OPEN = ("00:00-24:00", "1-7")
# Open one minute a week at an hour nobody tries the sandbox: off hours almost always.
OFF_HOURS = ("03:00-03:01", "7")


class SandboxControls:
    def __init__(self, bot: BotProcess) -> None:
        self.bot = bot
        self.off_hours = False

    def register(self, app: web.Application) -> None:
        app.router.add_get("/api/log", self._log)
        app.router.add_get("/api/hours", self._hours)
        app.router.add_post("/api/hours", self._set_hours)

    async def _log(self, request: web.Request) -> web.Response:
        try:
            offset = max(0, int(request.query.get("offset", "0")))
        except ValueError:
            raise web.HTTPBadRequest(text="offset must be a number") from None
        path = self.bot.log_path
        if not path.exists():
            return web.json_response({"offset": 0, "text": ""})
        if offset > path.stat().st_size:  # the log was replaced: start over
            offset = 0
        with path.open("rb") as log:
            log.seek(offset)
            chunk = log.read(MAX_LOG_CHUNK)
        text = chunk.decode("utf-8", errors="replace")
        return web.json_response({"offset": offset + len(chunk), "text": text})

    async def _hours(self, request: web.Request) -> web.Response:
        return web.json_response({"off_hours": self.off_hours})

    async def _set_hours(self, request: web.Request) -> web.Response:
        body = await request.json()
        wanted = bool(body.get("off_hours"))
        if wanted != self.off_hours:
            hours, days = OFF_HOURS if wanted else ALWAYS_OPEN
            self.bot.env.update(BUSINESS_HOURS=hours, BUSINESS_DAYS=days)
            await self.bot.stop()
            await self.bot.start()
            self.off_hours = wanted
        return web.json_response({"off_hours": self.off_hours})
