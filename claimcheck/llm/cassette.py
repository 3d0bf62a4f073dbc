"""Record and replay model calls with vcrpy, so a run is offline and the same every time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import vcr
import yaml

from claimcheck.errors import CassetteError
from claimcheck.llm.urls import redact

MATCH_ON = ("method", "path", "body")
# Only these headers are kept: everything else (keys, organisation, client platform) is dropped.
KEPT_REQUEST_HEADERS = {"content-type"}
KEPT_RESPONSE_HEADERS = {"content-type"}
RECORD_HINT = "CLAIMCHECK_RECORD=1 OPENAI_BASE_URL=<endpoint> <the same command>"
# vcrpy patches the HTTP library for the whole process, so a cassette in one thread would
# catch (or, when it closes, release) the calls of every other. The model part of concurrent
# checks therefore runs one check at a time; the local model serves one request at a time
# anyway. Reentrant, so a check inside a check does not wait on itself.
_ONE_AT_A_TIME = threading.RLock()


def _scrub_request(request: Any) -> Any:
    request.uri = redact(request.uri)
    for name in list(request.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del request.headers[name]
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        k: v for k, v in response["headers"].items() if k.lower() in KEPT_RESPONSE_HEADERS
    }
    return response


def recorder(record: bool) -> vcr.VCR:
    """Build the one VCR configuration: replay only unless recording is asked for."""
    return vcr.VCR(
        record_mode="new_episodes" if record else "none",
        match_on=MATCH_ON,
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


@contextmanager
def cassette(path: Path | None, *, record: bool) -> Iterator[None]:
    """Replay (or record) every model call made inside the block from the cassette at path.

    Blocks of concurrent threads run one after another (see _ONE_AT_A_TIME), with a cassette
    or without one, so no thread's calls meet another thread's cassette."""
    with _ONE_AT_A_TIME:
        if path is None:
            yield
            return
        # A replay with no file at all fails on its first model call, naming the cassette: a
        # run that needs no model call needs no cassette.
        stack = ExitStack()
        try:
            if record:
                path.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(recorder(record).use_cassette(str(path)))
        except OSError as exc:
            raise CassetteError(f"cannot use the cassette {path}: {exc.strerror}") from exc
        except (yaml.YAMLError, ValueError, KeyError, TypeError) as exc:
            reason = " ".join(str(exc).split())[:200]
            raise CassetteError(
                f"the cassette {path} is not a valid cassette ({reason}); delete it and "
                f"re-record with: {RECORD_HINT}"
            ) from exc
        try:
            with stack:
                yield
        except OSError as exc:  # saving what was recorded
            raise CassetteError(f"cannot write the cassette {path}: {exc.strerror}") from exc
