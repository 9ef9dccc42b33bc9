"""The secret key of the keyed ID hash (HMAC-SHA256).

Without a secret, a hash of a 16-digit NIK can be reversed by trying every NIK of a region;
with it, the database alone reveals nothing. The key comes from the environment (resolved at
start into ``Config.id_hash_key``, hex) or ``id_hash.key`` beside the configuration file,
created with 32 random bytes on first use and readable by its owner only (mode 600). Every PC
sharing a database must hold the same key.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pst_kiosk.domain.errors import UserError

FILE_NAME = "id_hash.key"
KEY_BYTES = 32


def key_path(config_dir: Path) -> Path:
    return config_dir / FILE_NAME


def load_key(config_dir: Path, override: str = "") -> bytes:
    """The key given at start (``override``, hex), else the key file (created when missing)."""
    if override:
        return _from_hex(override, "PST_ID_HASH_KEY")
    path = key_path(config_dir)
    if not path.exists():
        _create(path)
    return _from_hex(path.read_text(encoding="ascii").strip(), str(path))


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(KEY_BYTES) + "\n")
    os.chmod(path, 0o600)


def _from_hex(text: str, where: str) -> bytes:
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise UserError(
            "id_hash_key_invalid",
            f"Kunci sandi nomor identitas di {where} tidak sah (harus heksadesimal, minimal 16 "
            "bita). Hubungi admin.",
            f"The ID hash key in {where} is not valid (must be hex, at least 16 bytes). "
            "Call the administrator.",
        )
    return key
