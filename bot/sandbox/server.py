"""The emulator over HTTP (aiohttp): Bot API calls at /bot<token>/<method> and file
downloads at /file/bot<token>/<path>, each call counted, held, faulted or carried out."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.sandbox.api import BotApi
from bot.sandbox.limits import Limits
from bot.sandbox.params import read_params
from bot.sandbox.records import BOT_USERNAME, ApiError
from bot.sandbox.telegram_html import EntityParseError

MAX_REQUEST_BYTES = 60 * 1024 * 1024


class ApiServer(BotApi, Limits):
    def __init__(self, token: str, *, bot_username: str = BOT_USERNAME) -> None:
        super().__init__(token, bot_username=bot_username)
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.*}", self._handle_file)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_host, bound_port = self._runner.addresses[0][:2]
        self.url = f"http://{bound_host}:{bound_port}"
        return self.url

    async def stop(self) -> None:
        await self.stop_webhook_delivery()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        handler = self._methods().get(method.lower())
        if handler is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
            return web.json_response(body, status=404)
        try:
            params = await read_params(request)
            await self._hold_while_paused(method, params)
            self.calls[method] += 1
            await self._notify()
            try:
                self._inject_fault(method, params)
            except ApiError as error:
                if error.code == 0:  # a timeout: the client gives up; nothing was done
                    await asyncio.sleep(self.timeout_seconds)
                    return web.json_response(ApiError(504, "Gateway Timeout").payload(), status=504)
                raise
            result = await handler(params)
            self._charge(method, params)
        except ApiError as error:
            return web.json_response(error.payload(), status=error.code)
        except EntityParseError as parse_error:
            refusal = ApiError(400, f"Bad Request: can't parse entities: {parse_error}")
            return web.json_response(refusal.payload(), status=400)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        data = self.files.get(request.match_info["path"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data)
