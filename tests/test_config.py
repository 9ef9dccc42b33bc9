"""Configuration: created from the sample when missing, refused with its line when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from pst_kiosk import config
from pst_kiosk.config import ConfigError


def test_missing_file_is_created_from_the_sample(tmp_path: Path):
    path = tmp_path / "new" / "config.toml"
    loaded = config.load(path)
    assert path.exists()
    assert loaded.office.timezone == "Asia/Jayapura"
    assert [s.letter for s in loaded.services] == ["K", "P", "J", "R", "A"]
    assert loaded.counters[0].services == ("K", "P", "J", "R", "A")


def _broken(tmp_path: Path, text: str) -> ConfigError:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        config.load(path)
    assert path.read_text(encoding="utf-8") == text, "a broken file must never be replaced"
    return caught.value


def test_broken_toml_is_refused_with_its_line(tmp_path: Path):
    error = _broken(tmp_path, '[office]\nname = "BPS\n')
    assert error.line == 2
    assert "baris 2" in error.message_id and "line 2" in error.message_en


def test_unknown_key_and_wrong_type_are_named(tmp_path: Path):
    sample = config.sample_path().read_text(encoding="utf-8")
    error = _broken(tmp_path, sample.replace("idle_timeout_seconds = 60",
                                             'idle_timeout_seconds = "lama"'))
    assert "idle_timeout_seconds" in error.message_id and error.line
    error = _broken(tmp_path, sample.replace("[kiosk]", "[kiosk]\nwarna = 1"))
    assert "warna" in error.message_en


def test_counter_with_unknown_service_is_refused(tmp_path: Path):
    sample = config.sample_path().read_text(encoding="utf-8")
    error = _broken(tmp_path, sample.replace('services = ["K", "R"]', 'services = ["K", "X"]'))
    assert "counter 2" in error.message_en


def test_bad_time_zone_is_refused(tmp_path: Path):
    sample = config.sample_path().read_text(encoding="utf-8")
    error = _broken(tmp_path, sample.replace('"Asia/Jayapura"', '"Asia/Ternate"'))
    assert "Asia/Ternate" in error.message_id


def test_environment_overrides_are_resolved_once_at_start(monkeypatch, tmp_path: Path):
    """The environment is read when the configuration is loaded, and only then: a variable
    changed while a face runs changes nothing (every layer sees the same ``Config``)."""
    monkeypatch.setenv("PST_DATABASE_URL", "postgresql+psycopg://x@y/z")
    monkeypatch.setenv("PST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PST_ID_HASH_KEY", "ab" * 32)
    monkeypatch.setenv("PST_KIOSK_PIN", "135790")
    monkeypatch.setenv("PST_EXIT_AFTER_MS", "1500")
    loaded = config.load(tmp_path / "c.toml")
    for name in ("PST_DATABASE_URL", "PST_DATA_DIR", "PST_ID_HASH_KEY", "PST_KIOSK_PIN"):
        monkeypatch.setenv(name, "changed-later")
    assert loaded.database_url == "postgresql+psycopg://x@y/z"
    assert loaded.effective_database_url() == "postgresql+psycopg://x@y/z"
    assert loaded.data_dir == tmp_path / "data"
    assert loaded.id_hash_key == "ab" * 32 and loaded.kiosk_pin == "135790"
    assert loaded.exit_after_ms == 1500
    assert "ab" * 32 not in repr(loaded) and "135790" not in repr(loaded)  # secrets


def test_default_database_lives_in_the_data_folder_of_the_start(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("PST_DATA_DIR", str(tmp_path / "first"))
    loaded = config.load(tmp_path / "c.toml")
    monkeypatch.setenv("PST_DATA_DIR", str(tmp_path / "second"))
    assert loaded.database_url == f"sqlite:///{tmp_path / 'first' / 'pst-kiosk.sqlite3'}"


def test_command_line_beats_environment_beats_file(monkeypatch, tmp_path: Path):
    path = tmp_path / "c.toml"
    path.write_text(
        config.sample_path()
        .read_text(encoding="utf-8")
        .replace('url = ""', 'url = "sqlite:///from-file.sqlite3"', 1),
        encoding="utf-8",
    )
    assert config.load(path).database_url == "sqlite:///from-file.sqlite3"
    monkeypatch.setenv("PST_DATABASE_URL", "sqlite:///from-env.sqlite3")
    assert config.load(path).database_url == "sqlite:///from-env.sqlite3"
    chosen = config.load(path, database_url="sqlite:///from-cli.sqlite3")
    assert chosen.database_url == "sqlite:///from-cli.sqlite3"


def test_config_path_comes_from_the_environment_of_the_start(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("PST_CONFIG", str(tmp_path / "here" / "config.toml"))
    loaded = config.load()
    monkeypatch.setenv("PST_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert loaded.path == tmp_path / "here" / "config.toml"
    assert not (tmp_path / "elsewhere.toml").exists()
