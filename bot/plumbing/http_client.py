"""python-telegram-bot's request interface over aiohttp instead of httpx.

Profiling the bot under load (benchmarks/throughput.py with py-spy) showed about half of its
CPU inside httpx/httpcore, most of it bookkeeping per request (connection-pool scans,
cancellation shields). aiohttp, already a dependency, does the same work with far less.
"""

from __future__ import annotations

from typing import Any, overload

import aiohttp
import orjson
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT = 10.0
JSON_HEADERS = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    __slots__ = ("_connections", "_read_timeout", "_session", "_timeout")

    def __init__(
        self,
        *,
        connection_pool_size: int = 16,
        read_timeout: float | None = DEFAULT_TIMEOUT,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._connections = connection_pool_size
        self._read_timeout = read_timeout
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        try:
            parsed = orjson.loads(payload)
        except orjson.JSONDecodeError:  # not UTF-8, or not JSON: PTB's way (and its error)
            return BaseRequest.parse_json_payload(payload)
        return parsed if isinstance(parsed, dict) else BaseRequest.parse_json_payload(payload)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=_seconds(pool_timeout, self._timeout)
            + _seconds(connect_timeout, self._timeout),
            sock_read=_seconds(read_timeout, self._read_timeout),
        )
        data: Any = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if request_data.contains_files:
                data = _form(request_data)
                if isinstance(write_timeout, (int, float)):
                    timeout = aiohttp.ClientTimeout(
                        total=None,
                        connect=timeout.connect,
                        sock_read=max(timeout.sock_read or 0, float(write_timeout)) or None,
                    )
            else:
                # A JSON body, objects inline: cheaper to build than form encoding (or than
                # PTB's JSON with every object encoded once more as a string), and Telegram
                # takes all three.
                data = orjson.dumps(request_data.parameters)
                headers = JSON_HEADERS
        try:
            async with self._session.request(
                method, url, data=data, timeout=timeout, headers=headers
            ) as response:
                return response.status, await response.read()
        except (TimeoutError, aiohttp.ServerTimeoutError) as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


@overload
def _seconds(value: object, default: float) -> float: ...
@overload
def _seconds(value: object, default: float | None) -> float | None: ...
def _seconds(value: object, default: float | None) -> float | None:
    """A timeout PTB passed as a number, else ours (PTB's DEFAULT_NONE and None alike)."""
    return float(value) if isinstance(value, (int, float)) else default


def _form(request_data: RequestData) -> aiohttp.FormData:
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
