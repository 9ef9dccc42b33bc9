"""Indonesian first (the source strings), English from Qt Linguist files.

Each face keeps its own ``resources/translations/<face>_en.ts``; the built ``.qm`` files sit
beside them. ``set_language`` swaps translators at run time; QML re-reads through
``QQmlEngine.retranslate()`` and widgets through their ``changeEvent(LanguageChange)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from pst_kiosk.paths import resources_dir

LANGUAGES = ("id", "en")
_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def set_language(language: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "id":
        for qm in sorted(translations_dir().glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.Indonesian))
