"""Settings: defaults, the environment, and errors that name the bad setting."""

from __future__ import annotations

import pytest

from bot.core.config import ConfigError, Settings, load_settings
from tests.unit.helpers import ROOT


@pytest.fixture(autouse=True)
def no_env(monkeypatch, tmp_path):
    for name in (
        "BOT_TOKEN",
        "AGENT_CHAT_ID",
        "ADMIN_IDS",
        "AGENT_IDS",
        "DATABASE_PATH",
        "TELEGRAM_API_URL",
        "DEFAULT_LOCALE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_and_derived_urls():
    settings = load_settings(bot_token="123:abc")
    assert settings.agent_chat_id is None
    assert settings.admin_ids == frozenset()
    assert str(settings.database_path) == "data/support.db"
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.api_file_url == "https://api.telegram.org/file/bot"
    assert settings.default_locale == "zh"


def test_values_from_environment(monkeypatch):
    monkeypatch.setenv("BOT_TOKEN", "123:abc")
    monkeypatch.setenv("ADMIN_IDS", " 1, 2 ,3")
    monkeypatch.setenv("AGENT_IDS", "")
    monkeypatch.setenv("AGENT_CHAT_ID", "-100123")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("DEFAULT_LOCALE", "EN")
    settings = load_settings()
    assert settings.admin_ids == {1, 2, 3}
    assert settings.agent_ids == frozenset()
    assert settings.agent_chat_id == -100123
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.default_locale == "en"


def test_errors_name_every_bad_setting_without_echoing_the_token(monkeypatch):
    monkeypatch.setenv("BOT_TOKEN", "secret-value")
    monkeypatch.setenv("ADMIN_IDS", "x")
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert "BOT_TOKEN is invalid" in message and "ADMIN_IDS is invalid" in message
    assert "secret-value" not in message and "\n" not in message


def test_every_setting_is_documented_in_env_example_and_readme():
    example = (ROOT / ".env.example").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in Settings.model_fields:
        assert f"{name.upper()}=" in example, name
        assert f"`{name.upper()}`" in readme, name


def test_webhook_mode_needs_a_secret_of_telegrams_shape():
    with pytest.raises(ConfigError) as error:
        load_settings(bot_token="123:abc", webhook_url="https://bot.example.com/tg")
    assert "WEBHOOK_SECRET is required with WEBHOOK_URL" in str(error.value)
    with pytest.raises(ConfigError) as error:
        load_settings(
            bot_token="123:abc", webhook_url="https://bot.example.com/tg", webhook_secret="a b"
        )
    assert "WEBHOOK_SECRET is invalid" in str(error.value) and "a b" not in str(error.value)
    settings = load_settings(
        bot_token="123:abc", webhook_url="https://bot.example.com/tg/hook", webhook_secret="ok_1"
    )
    assert settings.webhook_path == "/tg/hook"
    assert load_settings(bot_token="123:abc", webhook_url="").webhook_url is None
