"""Help for agents: drafts of replies from an optional self-hosted language model."""
