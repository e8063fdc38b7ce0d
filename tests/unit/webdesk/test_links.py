"""Sign-in links: only this bot's key signs them, they expire, and nothing in them can be
changed without breaking the signature."""

from __future__ import annotations

import base64
import json

from bot.webdesk.links import LinkClaim, LinkRefusal, read_link, sign_link

TOKEN = "123456:secret-of-this-bot"
NOW = 1_800_000_000.0


def test_a_link_reads_back_as_the_agent_it_was_signed_for():
    claim = read_link(TOKEN, sign_link(TOKEN, 42, "Lin 林", NOW + 600), NOW)
    assert isinstance(claim, LinkClaim)
    assert (claim.agent_id, claim.agent_name, claim.expires_at) == (42, "Lin 林", NOW + 600)
    assert len(claim.nonce) == 32


def test_two_links_for_the_same_agent_differ():
    first = read_link(TOKEN, sign_link(TOKEN, 42, "Lin", NOW + 600), NOW)
    second = read_link(TOKEN, sign_link(TOKEN, 42, "Lin", NOW + 600), NOW)
    assert isinstance(first, LinkClaim) and isinstance(second, LinkClaim)
    assert first.nonce != second.nonce  # each is used up on its own


def test_an_expired_link_is_refused():
    token = sign_link(TOKEN, 42, "Lin", NOW - 1)
    assert read_link(TOKEN, token, NOW) is LinkRefusal.EXPIRED


def test_another_bots_key_or_a_changed_body_is_forged():
    token = sign_link(TOKEN, 42, "Lin", NOW + 600)
    assert read_link("999:another-bot", token, NOW) is LinkRefusal.FORGED
    body, signature = token.split(".")
    fields = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    fields["a"] = 1  # someone else's id, same signature
    changed = base64.urlsafe_b64encode(json.dumps(fields).encode()).rstrip(b"=").decode()
    assert read_link(TOKEN, f"{changed}.{signature}", NOW) is LinkRefusal.FORGED


def test_garbage_is_forged_not_an_error():
    for token in ("", ".", "abc", "abc.def", "!!!.???", "a" * 5000, token_without_signature()):
        assert read_link(TOKEN, token, NOW) is LinkRefusal.FORGED, token


def token_without_signature() -> str:
    return sign_link(TOKEN, 42, "Lin", NOW + 600).split(".")[0] + "."
