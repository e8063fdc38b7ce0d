"""The web desk: agents' workspace in a browser, served by the bot (WEB_DESK_PORT)."""
