"""The FAQ knowledge base: its structure (catalog) and the free-text matcher."""
