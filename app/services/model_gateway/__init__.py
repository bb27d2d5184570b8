"""LLM gateway (the one entry point for provider calls), tier policy and admin of the key pool."""
