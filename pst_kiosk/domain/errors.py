"""Errors a user can cause, carried as values with a message in both languages."""

from __future__ import annotations


class UserError(Exception):
    """A refusal the user can act on: never a traceback on screen.

    ``code`` is stable for programs (CLI JSON, tests); ``message_id`` and ``message_en``
    are what people read.
    """

    def __init__(self, code: str, message_id: str, message_en: str, **detail: object) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_id = message_id
        self.message_en = message_en
        self.detail = detail

    def message(self, language: str = "id") -> str:
        return self.message_en if language == "en" else self.message_id

    def as_dict(self) -> dict[str, object]:
        return {
            "error": self.code,
            "message": self.message_id,
            "message_en": self.message_en,
            **{k: v for k, v in self.detail.items() if isinstance(v, str | int | float | bool)},
        }
