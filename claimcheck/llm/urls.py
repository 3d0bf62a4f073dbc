"""Take secrets out of an endpoint URL before it is written anywhere: a cassette, a report,
an error message. 'http://user:KEY@host/v1?api-key=KEY' becomes 'http://host/v1?api-key=REDACTED'."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "REDACTED"
# Query parameters that carry credentials, whatever their case or separator.
SECRET = re.compile(r"key|token|secret|passw|auth|sig|credential|session", re.IGNORECASE)


def redact(url: str) -> str:
    """Return the URL without user info and with secret-looking query values replaced."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return REDACTED  # not a URL that can be taken apart: show none of it
    netloc = f"[{host}]{port}" if ":" in host else f"{host}{port}"
    query = urlencode(
        [(k, REDACTED if SECRET.search(k) else v) for k, v in parse_qsl(parts.query, True)]
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>]+", re.IGNORECASE)


def redact_text(text: str) -> str:
    """Redact every URL inside a message (an HTTP library's error names the URL it tried)."""
    return URL.sub(lambda m: redact(m.group()), text)
