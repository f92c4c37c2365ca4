"""Generate ``extract/data/gazetteer/states.jsonl`` from the shared source files.

Owns the reproducible derivation of the state entries: Wikidata id, ISO code and Arabic/English
names from ``derived/countries_seed.csv``, more Arabic/English labels from Wikidata
(``wikidata_country_aliases/country_aliases.csv``), English nationality adjectives and capitals
from ``countryinfo/CountryInfo.120116.txt``, and the hand-curated additions in
``gazetteer/sources/state_extras.tsv`` (Arabic demonyms, metonyms, label overrides, noise to drop).

Run (from the repository root)::

    .venv/bin/python -m extract.data.build_gazetteer /work/shared/data/gazetteer

It writes the JSONL next to this file; the curated files (persons, organisations) are edited by hand.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

__all__ = ["build_states", "main"]

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer" / "states.jsonl"
EXTRAS = HERE / "gazetteer" / "sources" / "state_extras.tsv"
ARABIC = re.compile(r"^[\u0600-\u06FF\s]+$")
# Letters outside standard Arabic that mark Persian/Urdu/Kurdish spellings in the alias sources.
NON_ARABIC_LETTERS = set("پچژگکیۆێەڕڵۇۈۋٹڈڑںھۀۃ")


def _clean_ar(name: str) -> str | None:
    name = unicodedata.normalize("NFC", re.sub(r"\s*\([^)]*\)", "", name).strip())
    if not name or not ARABIC.match(name) or set(name) & NON_ARABIC_LETTERS:
        return None
    if len(name.replace(" ", "")) < 3:
        return None
    return name


def _clean_en(name: str) -> str | None:
    name = unicodedata.normalize("NFC", name.strip())
    if not name or not re.search(r"[A-Za-z]", name):
        return None
    if len(name) <= 2 and name.islower():  # language/country codes like "fr"
        return None
    if not all(ch.isalnum() or ch in " .'-&()" or unicodedata.category(ch).startswith("L")
               for ch in name):
        return None
    return name


def ar_demonym_forms(stem: str) -> list[str]:
    """Masc./fem. singular and plural forms of an Arabic nisba, with and without al-."""
    forms = [stem, stem + "ة", stem + "ون", stem + "ين", stem + "ات"]
    return forms + ["ال" + f for f in forms]


# States whose regular nisba is a common word (مالي "financial": وزارة المالية).
NO_DERIVED_NISBA = {"MLI", "ROU", "BTN"}  # روماني is also "Roman", بوتاني "botanical"


def derived_nisba(name_ar: str) -> str | None:
    """The regular Arabic nisba of a one-word state name (روسيا -> روسي، السودان -> سوداني,
    فرنسا -> فرنسي), for states the curated extras give none; None where the rule does not apply
    (several words, a name ending in ي)."""
    name = name_ar.strip()
    if " " in name or not ARABIC.match(name):
        return None
    name = name.removeprefix("ال")
    if name.endswith("يا"):
        stem = name[:-2]
    elif name.endswith(("ا", "ة")):
        stem = name[:-1]
    elif name.endswith(("ي", "ى")):
        return None
    else:
        stem = name
    return stem + "ي" if len(stem) >= 3 else None


def _countryinfo(path: Path) -> dict[str, dict[str, list[str]]]:
    info: dict[str, dict[str, list[str]]] = {}
    text = path.read_bytes().decode("utf-8", errors="replace")
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.DOTALL):
        code = re.search(r"<CountryCode>\s*(\w+)\s*</CountryCode>", block)
        if not code:
            continue
        fields = {}
        for tag in ("Nationality", "Capital"):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, flags=re.DOTALL)
            items = []
            for line in (m.group(1).splitlines() if m else ()):
                line = line.split("#")[0].strip()
                if line:
                    items.append(line.rstrip("_").replace("_", " ").title())
            fields[tag] = items
        info[code.group(1)] = fields
    return info


def _extras(path: Path) -> dict[str, list[str]]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 8)[:8]
        rows[cols[0]] = cols
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def _territories(src: Path, extras: dict[str, list[str]], known: set[str]) -> list[dict[str, str]]:
    """Curated states missing from countries_seed.csv (which keeps only UN members and the
    like, so no Palestine), taken from territories_qid_ar_en.csv in the same row shape."""
    rows = []
    with (src / "derived" / "territories_qid_ar_en.csv").open(encoding="utf-8") as f:
        for t in csv.DictReader(f):
            iso3 = t["alpha3"].upper()
            if iso3 in extras and iso3 not in known and t["qid"]:
                rows.append({"iso3": iso3, "wikidata": t["qid"], "pref_en": t["name_en"],
                             "pref_ar": t["cldr_ar"], "alt_en": t["full_name_en"], "alt_ar": ""})
    return rows


def build_states(src: Path) -> list[dict]:
    with (src / "derived" / "countries_seed.csv").open(encoding="utf-8") as f:
        seed = list(csv.DictReader(f))
    wd: dict[str, dict[str, list[str]]] = {}
    with (src / "wikidata_country_aliases" / "country_aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["language"] in ("ar", "en"):
                wd.setdefault(row["iso3c"], {"ar": [], "en": []})[row["language"]].append(row["label"])
    ci = _countryinfo(src / "countryinfo" / "CountryInfo.120116.txt")
    extras = _extras(EXTRAS)
    seed += _territories(src, extras, {row["iso3"] for row in seed})
    out = []
    for row in seed:
        iso3 = row["iso3"]
        ex = extras.get(iso3, [iso3] + [""] * 7)
        drop = set(_split(ex[7]))
        label_en = ex[1] or row["pref_en"]
        ar = [row["pref_ar"], *_split(row["alt_ar"]), *wd.get(iso3, {}).get("ar", ()), *_split(ex[6])]
        en = [label_en, row["pref_en"], *_split(row["alt_en"]), *wd.get(iso3, {}).get("en", ())]
        ar_names = list(dict.fromkeys(n for n in map(_clean_ar, ar) if n and n not in drop))
        en_names = list(dict.fromkeys(n for n in map(_clean_en, en) if n and n not in drop))
        info = ci.get(iso3, {})
        en_dem = list(dict.fromkeys([*_split(ex[3]), *(
            n for n in info.get("Nationality", [])[:1] if _clean_en(n))]))
        nisba = _split(ex[2])
        derived = None
        if not nisba and iso3 not in NO_DERIVED_NISBA:
            derived = derived_nisba(row["pref_ar"])
            nisba = [derived] if derived else []
        ar_dem = [f for stem in nisba for f in ar_demonym_forms(stem)]
        en_met = list(dict.fromkeys([*_split(ex[5]), *(
            n for n in info.get("Capital", [])[:1] if _clean_en(n))]))
        out.append({
            "id": row["wikidata"] or f"x-{iso3.lower()}",
            "label": label_en,
            "labels": {"ar": row["pref_ar"], "en": label_en},
            "kind": "state",
            "wikidata": row["wikidata"] or None,
            "country": iso3,
            "sector": "GOV",
            "role": None,
            "names": {"ar": ar_names, "en": en_names},
            "demonyms": {"ar": ar_dem, "en": en_dem},
            "metonyms": {"ar": _split(ex[4]), "en": en_met},
            "valid_from": None,
            "valid_to": None,
            "source": "generated by extract/data/build_gazetteer.py from countries_seed.csv "
                      "(rigour/CLDR/Wikidata), Wikidata country_aliases.csv, CountryInfo.120116"
                      + ("; curated demonyms/metonyms" if iso3 in extras else "")
                      + ("; Arabic demonyms derived from the name (regular nisba)" if derived else ""),
        })
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    src = Path(args[0] if args else "/work/shared/data/gazetteer")
    states = build_states(src)
    with OUT.open("w", encoding="utf-8") as f:
        for entry in states:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
