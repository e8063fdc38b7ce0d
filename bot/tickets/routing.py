"""Which agents' group a new ticket goes to (AGENT_ROUTES), from the user's language and the
ticket's category and priority as they are when it opens."""

from __future__ import annotations

from bot.core.config import Settings
from bot.core.routes import DEFAULT_ROUTE, choose_route
from bot.db.users import UserRepository
from bot.domain.tickets import NewTicket


class TicketRouter:
    def __init__(self, settings: Settings, users: UserRepository) -> None:
        self._settings = settings
        self._users = users

    async def route_for(self, new: NewTicket) -> str:
        routes = self._settings.agent_routes
        if not routes:
            return DEFAULT_ROUTE
        user = await self._users.get(new.user_id)
        route = choose_route(
            routes,
            language=user.locale if user else self._settings.default_locale,
            category=new.category.value,
            priority=new.priority.value,
        )
        return route.name if route else DEFAULT_ROUTE
