"""Every translatable string must be visible to pyside6-lupdate.

lupdate reads source text, not running code: it only collects
`translate("Context", "literal")` with exactly two arguments,
`QCoreApplication.translate("Context", "literal")`, `self.tr("literal")` and
`QT_TRANSLATE_NOOP("Context", "literal")`. A call inside an f-string, with a
third argument, through an alias (`t("...")`) or on another object
(`model.tr(...)`, which lupdate files under the wrong context) silently leaves
the string out of the catalogue, so it could never be translated. This test
finds those shapes in the package's syntax tree.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "barometer_desktop"
# The translation machinery itself passes variables through on purpose.
HELPERS = {"i18n.py", "report/text.py", "ui/translation.py", "errors.py"}
CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP"}
# `x.translate(...)` is ours only on these receivers (a canvas translates coordinates).
TRANSLATORS = {"QCoreApplication", "QApplication", "QGuiApplication", "i18n", "text"}
# Short names that usually mean "a private alias of translate".
ALIASES = {"t", "_", "tt", "tr_"}
# Exceptions whose first argument is a message template for the user.
ERRORS = {"BarometerError", "DatabaseOpenError", "SchemaTooNewError", "SchemaOutdatedError",
          "ValidationError", "StaleEditError", "ExportError", "ImportFileError", "UserNotice", "StatBankError",
          "SaveNotice"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_alias(name: str | None) -> bool:
    return name is not None and (name in ALIASES or (name.endswith("translate") and name != "translate"))


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _problems(tree: ast.AST, helper: bool) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            in_fstring.update(id(inner) for inner in ast.walk(node) if inner is not node)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        line = node.lineno
        if (name == "translate" and isinstance(node.func, ast.Attribute)
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id in TRANSLATORS)):
            continue
        if name in CONTEXT_CALLS or name == "tr":
            if id(node) in in_fstring:
                found.append((line, f"{name}() inside an f-string"))
                continue
        if name in CONTEXT_CALLS:
            if name == "translate" and len(node.args) > 2:
                found.append((line, "translate() with more than two arguments"))
            elif not helper and (len(node.args) < 2 or not all(_literal(a) for a in node.args[:2])):
                found.append((line, f"{name}() without a literal context and text"))
        elif name == "tr" and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                found.append((line, ".tr() on something other than self"))
            elif not helper and (not node.args or not _literal(node.args[0])):
                found.append((line, "self.tr() without a literal text"))
        elif _is_alias(name) and node.args and any(_literal(a) for a in node.args[:2]):
            found.append((line, f"{name}(\"...\") looks like a translate alias lupdate cannot see"))
        elif name in ERRORS and node.args and _literal(node.args[0]):
            found.append((line, f"{name}(\"...\") message not marked with QT_TRANSLATE_NOOP"))
    return found


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_translatable_string_is_visible_to_lupdate():
    problems = []
    for path in _sources():
        relative = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, what in _problems(tree, helper=relative in HELPERS):
            problems.append(f"{relative}:{line}: {what}")
    problems.sort()
    assert not problems, "lupdate would miss these strings:\n" + "\n".join(problems)


@pytest.mark.parametrize("source", [
    'x = f"{translate(\'Web\', \'Goal\')}"',
    'x = translate("Web", "Goal", lang)',
    'x = translate("Web", text)',
    'x = model.tr("Goal")',
    'x = t("Goal")',
    'x = self.t("Goal")',
    'x = _translate("Chart", "Goal")',
    'x = QCoreApplication.translate("Chart", text)',
    'raise ValidationError("Bad value")',
])
def test_checker_catches_shapes_lupdate_misses(source):
    assert _problems(ast.parse(source), helper=False)


@pytest.mark.parametrize("source", [
    'x = translate("Web", "Goal")',
    'x = QCoreApplication.translate("Web", "Goal")',
    'x = self.tr("Goal")',
    'x = QT_TRANSLATE_NOOP("Errors", "Bad {value}")',
    'label = translate("Web", "Goal")\nx = f"<b>{label}</b>"',
    'raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Bad value"))',
    'canvas.translate(width / 2, height / 2)',
])
def test_checker_accepts_shapes_lupdate_collects(source):
    assert not _problems(ast.parse(source), helper=False)
