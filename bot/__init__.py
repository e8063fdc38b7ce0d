"""tpWallet support bot: a Telegram customer-support bot for a digital wallet."""
