"""Signing in to the web desk: a one-time link becomes a session (a random cookie whose hash
the database keeps, with the agent, a CSRF token and an expiry), and a cookie becomes the
session again on every request."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from enum import StrEnum

from telegram import Bot

from bot.core.config import Settings
from bot.db.web_desk import WebDeskRepository, WebSession
from bot.desk.agents import AgentDirectory
from bot.webdesk.links import LinkClaim, LinkRefusal, read_link, sign_link
from bot.webdesk.telegram_login import verify_widget

COOKIE = "desk_session"


class SignInRefusal(StrEnum):
    FORGED = "forged"
    EXPIRED = "expired"
    USED = "used"
    NOT_AGENT = "not-agent"


@dataclass(frozen=True, slots=True)
class SignedIn:
    cookie: str
    session: WebSession


def _hash(cookie: str) -> str:
    return hashlib.sha256(cookie.encode()).hexdigest()


class DeskSessions:
    def __init__(
        self, store: WebDeskRepository, agents: AgentDirectory, settings: Settings
    ) -> None:
        self._store = store
        self._agents = agents
        self._settings = settings

    @property
    def _token(self) -> str:
        return self._settings.bot_token.get_secret_value()

    def issue_link(self, base_url: str, agent_id: int, agent_name: str) -> str:
        expires = time.time() + self._settings.web_desk_link_minutes * 60
        return f"{base_url}/signin?token={sign_link(self._token, agent_id, agent_name, expires)}"

    def inspect(self, token: str) -> LinkClaim | SignInRefusal:
        """What a link says, without using it (the page that asks to confirm)."""
        claim = read_link(self._token, token, time.time())
        if isinstance(claim, LinkRefusal):
            return SignInRefusal(claim.value)
        return claim

    async def sign_in(self, bot: Bot, token: str) -> SignedIn | SignInRefusal:
        claim = self.inspect(token)
        if isinstance(claim, SignInRefusal):
            return claim
        # Checked now, not when the link was issued: an agent removed since is refused.
        if not await self._agents.is_agent(bot, claim.agent_id):
            return SignInRefusal.NOT_AGENT
        if not await self._store.use_link(claim.nonce, time.time()):
            return SignInRefusal.USED
        return await self._open(claim.agent_id, claim.agent_name)

    async def sign_in_widget(self, bot: Bot, fields: dict[str, str]) -> SignedIn | SignInRefusal:
        """The Telegram Login Widget's answer (where the desk has a public https address)."""
        window = self._settings.web_desk_link_minutes * 60
        login = verify_widget(self._token, fields, time.time(), window)
        if login is None:
            return SignInRefusal.FORGED
        if not await self._agents.is_agent(bot, login.agent_id):
            return SignInRefusal.NOT_AGENT
        # The widget's answer is signed but could be replayed: its hash is used once.
        if not await self._store.use_link(f"widget:{fields['hash']}", time.time()):
            return SignInRefusal.USED
        return await self._open(login.agent_id, login.agent_name)

    async def _open(self, agent_id: int, agent_name: str) -> SignedIn:
        cookie = secrets.token_urlsafe(32)
        session = WebSession(
            agent_id=agent_id,
            agent_name=agent_name,
            csrf=secrets.token_urlsafe(24),
            expires_at=time.time() + self._settings.web_desk_session_hours * 3600,
        )
        await self._store.open_session(_hash(cookie), session)
        return SignedIn(cookie, session)

    async def current(self, cookie: str | None) -> WebSession | None:
        if not cookie:
            return None
        return await self._store.session(_hash(cookie), time.time())

    async def sign_out(self, cookie: str) -> None:
        await self._store.end_session(_hash(cookie))

    async def prune(self) -> None:
        now = time.time()
        # A used link's record outlives the link itself, so it can never be replayed.
        await self._store.prune(now, now - 2 * self._settings.web_desk_link_minutes * 60)
