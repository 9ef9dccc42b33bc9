"""Rules of the tree that ``lint-imports`` alone cannot see: every module is in the layer
contract, no import hides from it, and the environment is read in one place only."""

from __future__ import annotations

import re
import tomllib

from tests.helpers import REPO

PACKAGE = REPO / "pst_kiosk"


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(REPO)): path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
    }


def _layers() -> list[str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = data["tool"]["importlinter"]["contracts"]
    layered = next(c for c in contracts if c["type"] == "layers")
    return [name.strip() for layer in layered["layers"] for name in layer.split("|")]


def test_every_top_level_module_is_in_the_layer_contract():
    """A module left out of the contract may import anything: ``config`` did, unseen."""
    names = {p.stem for p in PACKAGE.glob("*.py") if not p.stem.startswith("__")}
    names |= {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    missing = {f"pst_kiosk.{n}" for n in names} - set(_layers())
    assert not missing, f"not in the layers contract of pyproject.toml: {sorted(missing)}"


def test_no_dynamic_import_hides_a_dependency():
    """``importlib.import_module`` and ``__import__`` are invisible to the contracts; a lazy
    import is written as a plain ``import`` inside the function that needs it."""
    found = [
        f"{name}:{number}"
        for name, text in _sources().items()
        for number, line in enumerate(text.splitlines(), 1)
        if re.search(r"\bimport_module\(|__import__\(", line)
    ]
    assert not found, found


def test_the_environment_is_read_only_by_the_configuration():
    """``PST_*`` variables are resolved once, by ``config.load``, into the ``Config`` every
    layer receives; nothing else reads them later, at another moment."""
    found = [
        f"{name}:{number}"
        for name, text in _sources().items()
        if name != "pst_kiosk/config.py"
        for number, line in enumerate(text.splitlines(), 1)
        if re.search(r"(environ|getenv)\W[^\n]*[\"']PST_", line)
    ]
    assert not found, found
