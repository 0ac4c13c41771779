#!/usr/bin/env python3
"""Fills translations/fitflow_*.ts after lupdate, so no entry stays unfinished.

    cmake --build <build dir> --target update_translations   # lupdate: adds the new strings
    python3 translations/fill_translations.py                 # this script: fills them in
    python3 translations/fill_translations.py --prune         # also drops unused dictionary keys

English entries repeat their source, except plural (numerus) messages, whose English forms come
from en.json ("%n change(s)" -> ["%n change", "%n changes"]). French (Canada) entries come from
fr_CA.json: source -> translation, or -> [singular, plural] for a numerus message (French uses
the singular for 0 and 1). A "Context|source" key overrides the plain one in that one context.

The script fails, naming every string, when a translation is missing or drops a %1/%n
placeholder, an &accelerator or an HTML tag of its source. The files are written byte for byte
as lupdate writes them, so lupdate and this script never fight over formatting."""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&(?=\S)")
# lupdate writes these empty elements as <tag .../>; every other element gets an end tag.
SELF_CLOSING = {"location"}


class Dictionary:
    """Translations read from one JSON file; each lookup is remembered to report unused keys."""

    def __init__(self, path: Path):
        self.path = path
        with path.open(encoding="utf-8") as file:
            self.entries = json.load(file)
        self.used = set()

    def lookup(self, context: str, source: str):
        for key in (f"{context}|{source}", source):
            if key in self.entries:
                self.used.add(key)
                return self.entries[key]
        return None

    def unused(self) -> list:
        return [key for key in self.entries if key not in self.used]

    def prune(self) -> None:
        """Rewrites the file without the entries no message used."""
        kept = {key: value for key, value in self.entries.items() if key in self.used}
        with self.path.open("w", encoding="utf-8") as file:
            json.dump(kept, file, ensure_ascii=False, indent=2)
            file.write("\n")


def protect(text: str) -> str:
    """Escapes text as lupdate does (Qt's ts.cpp protect())."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\"&<>'":
            out.append({'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}[char])
        elif (code < 0x20 or (code > 0x7F and char.isspace())) and char not in "\n\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(char)
    return "".join(out)


def serialize(element: ET.Element, out: list) -> None:
    attributes = "".join(f' {name}="{protect(value)}"' for name, value in element.attrib.items())
    if element.tag in SELF_CLOSING and not element.text and len(element) == 0:
        out.append(f"<{element.tag}{attributes}/>")
        return
    out.append(f"<{element.tag}{attributes}>{protect(element.text or '')}")
    for child in element:
        serialize(child, out)
        out.append(protect(child.tail or ""))
    out.append(f"</{element.tag}>")


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n']
    serialize(tree.getroot(), out)
    out.append("\n")
    path.write_text("".join(out), encoding="utf-8")


def mismatch(source: str, translation: str) -> str:
    """Why `translation` cannot stand for `source`, or "" when it keeps what it must."""
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        return "placeholders differ"
    if sorted(HTML_TAG.findall(source)) != sorted(HTML_TAG.findall(translation)):
        return "HTML tags differ"
    if len(ACCELERATOR.findall(source.replace("&&", ""))) != len(
            ACCELERATOR.findall(translation.replace("&&", ""))):
        return "&accelerator missing or doubled"
    return ""


def fill(path: Path, translate) -> list:
    """Fills every message of `path`; returns one problem line per message left unfinished."""
    tree = ET.parse(path)
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            text = translate(name, source, bool(forms))
            where = f"{path.name}: [{name}] {source!r}"
            if text is None:
                problems.append(f"{where}: no translation")
                continue
            wanted = len(forms) if forms else 1
            texts = text if isinstance(text, list) else [text]
            if bool(forms) != isinstance(text, list) or len(texts) != wanted:
                problems.append(f"{where}: needs {wanted} form(s) as a "
                                f"{'list' if forms else 'string'}")
                continue
            reasons = [mismatch(source, candidate) for candidate in texts]
            if any(reasons):
                problems.append(f"{where}: {next(r for r in reasons if r)}: {text!r}")
                continue
            if forms:
                for form, candidate in zip(forms, texts):
                    form.text = candidate
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    write_ts(tree, path)
    return problems


def main() -> int:
    english = Dictionary(FOLDER / "en.json")
    french = Dictionary(FOLDER / "fr_CA.json")

    def english_text(context, source, numerus):
        return english.lookup(context, source) if numerus else source

    problems = fill(FOLDER / "fitflow_en.ts", english_text)
    problems += fill(FOLDER / "fitflow_fr_CA.ts",
                     lambda context, source, numerus: french.lookup(context, source))
    prune = "--prune" in sys.argv[1:]
    for dictionary in (english, french):
        for key in dictionary.unused():
            print(f"{dictionary.path.name}: {'removed' if prune else 'unused'} (no longer in the "
                  f"sources): {key!r}", file=sys.stderr)
        if prune and not problems:
            dictionary.prune()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} message(s) left unfinished: add them to en.json (plural forms) "
              "or fr_CA.json and run this script again.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
