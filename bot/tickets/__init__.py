"""Tickets: what a flow hands over when a human is needed."""
