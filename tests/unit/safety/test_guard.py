"""The guard's verdict on one message, and what a flow step may let through."""

from __future__ import annotations

from bot.safety.guard import Permit, SecretGuard
from tests.secret_samples import HASH


def test_a_bare_hash_is_undecided_and_the_hash_step_lets_it_through():
    # The transfer flow's hash step asks for exactly this.
    verdict = SecretGuard().inspect(1, 1, HASH)
    assert verdict.ambiguous and not verdict.permit(frozenset({Permit.HASHES})).findings
