"""The agent desk: tickets worked from one Telegram group (forum topics or reply threads)."""
