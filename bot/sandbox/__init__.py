"""Local stand-ins for Telegram: the Bot API emulator (and, later, the browser sandbox)."""
