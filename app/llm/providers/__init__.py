"""Providers by registry provider name."""

from __future__ import annotations

from app.llm.providers.base import Provider, ProviderFailure, ProviderResult

__all__ = ["Provider", "ProviderFailure", "ProviderResult", "get_provider", "reset_clients"]

_instances: dict[str, Provider] = {}


def get_provider(provider: str) -> Provider:
    kind = "openai" if provider.startswith("compat:") else provider
    if kind not in _instances:
        if kind == "gemini":
            from app.llm.providers.gemini import GeminiProvider

            _instances[kind] = GeminiProvider()
        elif kind == "anthropic":
            from app.llm.providers.anthropic import AnthropicProvider

            _instances[kind] = AnthropicProvider()
        elif kind == "openai":
            from app.llm.providers.openai import OpenAIProvider

            _instances[kind] = OpenAIProvider()
        elif kind == "offline":
            from app.llm.providers.offline import OfflineProvider

            _instances[kind] = OfflineProvider()
        else:
            raise ProviderFailure("permanent", "PROVIDER_ERROR", detail="unknown provider")
    return _instances[kind]


def reset_clients() -> None:
    from app.llm.providers import anthropic, gemini, openai

    gemini.reset_clients()
    anthropic.reset_clients()
    openai.reset_clients()
