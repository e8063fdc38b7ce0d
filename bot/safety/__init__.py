"""Keeping secrets out of the bot, and the bot safe under abuse."""
