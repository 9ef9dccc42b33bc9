"""Where things live: user folders (platformdirs) and the bundled ui/ and resources/.

``ui/`` and ``resources/`` are top-level source folders, mapped into the wheel as
``pst_kiosk/_ui`` and ``pst_kiosk/_resources``; a source checkout uses them in place.
The user folders take the override resolved by ``config.load`` (``PST_DATA_DIR``,
``PST_CONFIG``); nothing here reads the environment, so every caller sees the folders of
the start.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("pst-kiosk", "BPS")
_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / f"_{name}"
    return inside if inside.is_dir() else _PACKAGE.parent / name


def ui_dir() -> Path:
    return _bundled("ui")


def resources_dir() -> Path:
    return _bundled("resources")


def data_dir(override: str = "") -> Path:
    return Path(override) if override else Path(_DIRS.user_data_dir)


def config_path(override: str = "") -> Path:
    return Path(override) if override else Path(_DIRS.user_config_dir) / "config.toml"


def default_database_path(data: Path) -> Path:
    return data / "pst-kiosk.sqlite3"
