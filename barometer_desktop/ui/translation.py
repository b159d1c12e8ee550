"""Installing the GUI's translators: ours and Qt's own (standard dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from barometer_desktop import i18n


class CatalogTranslator(QTranslator):
    """Answers from the .ts catalogue when no compiled .qm file is present
    (a source checkout); a built installation loads the .qm instead."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._entries = i18n.catalog(lang)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt signature
        # None becomes a null QString, which tells Qt "not translated here"
        # (an empty string would replace the text with nothing).
        return self._entries.get((context, source_text))

    def isEmpty(self) -> bool:  # Qt override
        return not self._entries


_installed: list[QTranslator] = []


def _fresh(compiled, source) -> bool:  # paths
    """A .qm left over from before the .ts was edited (a checkout) must not hide the edit."""
    if not compiled.is_file():
        return False
    return not source.is_file() or compiled.stat().st_mtime >= source.stat().st_mtime


def _qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (file dialogs, message box buttons) are: Qt's configured
    folder, then PySide6's own (a bundle may not carry a qt.conf pointing there)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),
        str(package / "translations"),
    ]


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Replace any installed translators with those for `lang`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark if lang == "da" else QLocale.Country.UnitedKingdom))
    ours: QTranslator
    compiled = i18n.translations_dir() / f"barometer_{lang}.qm"
    ours = QTranslator()
    if not (_fresh(compiled, i18n.ts_file(lang)) and ours.load(str(compiled))):
        ours = CatalogTranslator(lang)
    qt_own = QTranslator()
    if any(qt_own.load(QLocale(lang), "qtbase", "_", folder) for folder in _qt_translation_folders()):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
