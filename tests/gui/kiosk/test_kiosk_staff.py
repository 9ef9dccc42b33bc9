"""The staff panel behind the logo: the PIN of the start, the settings it saves."""

from __future__ import annotations

import json

import pytest

from pst_kiosk.gui.kiosk import staff


@pytest.fixture
def kiosk_pin(monkeypatch):
    """The factory PIN for this kiosk from the environment, as an installer would set it."""
    monkeypatch.setenv("PST_KIOSK_PIN", "975310")
    return "975310"


def _enter_pin(kiosk, pin: str) -> None:
    for digit in pin:
        kiosk.tap(f"pin{digit}")
    kiosk.tap("pinOk")


def test_the_pin_is_the_one_of_the_start(kiosk_pin, kiosk, monkeypatch):
    """``PST_KIOSK_PIN`` is resolved with the configuration: changing the variable while
    the kiosk runs changes nothing (it used to be read at every check)."""
    monkeypatch.setenv("PST_KIOSK_PIN", "111111")
    kiosk.backend.openStaff()
    _enter_pin(kiosk, "111111")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("pinFailure") is not None, timeout=5000)
    _enter_pin(kiosk, kiosk_pin)
    kiosk.item("staffSave")  # unlocked: the settings are shown


def test_saved_settings_change_the_idle_timeout_and_the_pin(kiosk_pin, kiosk):
    kiosk.backend.openStaff()
    _enter_pin(kiosk, kiosk_pin)
    kiosk.tap("idleMore")
    for digit in "2468":
        kiosk.tap(f"newPin{digit}")
    kiosk.tap("staffSave")
    kiosk.qtbot.waitUntil(lambda: kiosk.backend.property("idleTimeoutSeconds") == 75,
                          timeout=5000)
    kiosk.qtbot.waitUntil(lambda: not kiosk.backend.property("pinIsFactory"), timeout=5000)
    saved = json.loads(staff.settings_path(kiosk.backend.config_dir).read_text())
    assert saved["idle_timeout_seconds"] == 75 and saved["pin_hash"].startswith("$argon2")
    assert staff.check_pin(staff.load(kiosk.backend.config_dir), "2468", kiosk_pin)
