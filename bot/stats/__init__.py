"""Support analytics: what users ask, how fast the team answers, how satisfied users are."""
