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


def test_environment_overrides_the_database(monkeypatch, tmp_path: Path):
    loaded = config.load(tmp_path / "c.toml")
    monkeypatch.setenv("PST_DATABASE_URL", "postgresql+psycopg://x@y/z")
    assert loaded.effective_database_url() == "postgresql+psycopg://x@y/z"
