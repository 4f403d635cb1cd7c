"""Translations: the extraction finds the strings under the contexts the code looks them up in."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from journeymapper import i18n
from journeymapper.app import install_translations


def messages_by_context(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        found[context.findtext("name")] = {m.findtext("source") for m in context.iter("message")}
    return found


def test_extract_finds_the_tr_strings_under_their_runtime_contexts(tmp_path):
    count, problems = i18n.extract(tmp_path)
    assert problems == [] and count > 300
    found = messages_by_context(tmp_path / "journeymapper.ts")
    assert "&New" in found["actions"], "a module's tr() helper: its context is the helper's"
    assert "Pr&eferences…" in found["preferences"]
    assert "Journey map" in found["MapView"], "self.tr(): the class is the context"
    assert "Web" in found["MapCanvas"], "tr imported from canvas.style keeps style's context"
    assert any("Another program is using the file" in s for s in found["file_commands"]), "QT_TRANSLATE_NOOP"
    assert "" not in found, "no string without a context (pyside6-lupdate's mistake with tr helpers)"


def test_plural_strings_are_marked_numerus(tmp_path):
    i18n.extract(tmp_path)
    root = ET.parse(tmp_path / "journeymapper.ts").getroot()
    numerus = {m.findtext("source") for m in root.iter("message") if m.get("numerus") == "yes"}
    assert "%n cards selected" in numerus


def test_a_language_file_keeps_translations_across_extractions(tmp_path):
    path = i18n.new_language("de", tmp_path)
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "&New":
            translation = message.find("translation")
            translation.text = "&Neu"
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8")
    i18n.extract(tmp_path)
    root = ET.parse(path).getroot()
    assert root.get("language") == "de"
    kept = [m.find("translation").text for m in root.iter("message") if m.findtext("source") == "&New"]
    assert kept == ["&Neu"]


@pytest.mark.skipif(i18n.lrelease() is None, reason="no lrelease (PySide6 ships pyside6-lrelease)")
def test_compiled_translations_are_loaded_by_the_app(tmp_path, qapp, monkeypatch):
    path = i18n.new_language("de", tmp_path)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<source>&amp;New</source>\n      <translation type=\"unfinished\" />",
                        "<source>&amp;New</source>\n      <translation>&amp;Neu</translation>")
    path.write_text(text, encoding="utf-8")
    assert i18n.compile_translations(tmp_path) == [tmp_path / "journeymapper_de.qm"]
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    translators = install_translations(qapp, QLocale("de_DE"))
    try:
        assert QCoreApplication.translate("actions", "&New") == "&Neu"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("actions", "&New") == "&New"


def test_the_command_line_writes_the_template(tmp_path, capsys):
    assert i18n.main(["--folder", str(tmp_path), "extract"]) == 0
    assert "strings" in capsys.readouterr().out
    assert (tmp_path / "journeymapper.ts").is_file()
