"""Record and replay model calls with vcrpy, so a run is offline and the same every time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import CassetteError
from claimcheck.llm.urls import redact

if TYPE_CHECKING:  # imported when a cassette is first used
    import vcr

MATCH_ON = ("method", "path", "body")
# Only these headers are kept: everything else (keys, organisation, client platform) is dropped.
KEPT_REQUEST_HEADERS = {"content-type"}
KEPT_RESPONSE_HEADERS = {"content-type"}
RECORD_HINT = "CLAIMCHECK_RECORD=1 OPENAI_BASE_URL=<endpoint> <the same command>"


class _Gate:
    """vcrpy patches the HTTP library for the whole process, so a cassette open in one thread
    would catch (or, when it closes, release) the calls of every other thread. A block with a
    cassette therefore runs alone; blocks without one run together, as many as come."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._live = 0
        self._taped_by: int | None = None
        self._depth = 0

    @contextmanager
    def live(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            self._changed.wait_for(lambda: self._taped_by in (None, me))
            self._live += 1
        try:
            yield
        finally:
            with self._changed:
                self._live -= 1
                self._changed.notify_all()

    @contextmanager
    def taped(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            if self._taped_by != me:  # reentrant: a check inside a check does not wait
                self._changed.wait_for(lambda: self._taped_by is None and self._live == 0)
                self._taped_by = me
            self._depth += 1
        try:
            yield
        finally:
            with self._changed:
                self._depth -= 1
                if self._depth == 0:
                    self._taped_by = None
                self._changed.notify_all()


_GATE = _Gate()


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
    import vcr

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

    A block with a cassette runs alone (see _Gate), so no thread's calls meet another
    thread's cassette; blocks without one run concurrently."""
    if path is None:
        with _GATE.live():
            yield
        return
    with _GATE.taped():
        import yaml  # imported here, alone: a block with a cassette runs by itself

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
