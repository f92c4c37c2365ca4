"""Merge the curated office-holder table into the persons of the gazetteer.

Owns the reproducible step from ``gazetteer/sources/office_holders.tsv`` (heads of state and
government, foreign, defence and interior ministers of the 40 states most present in the dev
corpora, 2011 on, with the dates of each term) to person entries: a holder already in
``persons.jsonl`` (same label or English full name) keeps its id, Wikidata id, role and names and
gains the table's offices and names; everybody else becomes a new ``x-<slug>`` person whose
``source`` says where the row comes from. Entries made by an earlier run are rebuilt from the
table, so running it twice gives the same file. Optionally cross-references the shared
``Phoenix.Countries.actors.txt`` (its CAMEO codes and date ranges go into ``source``).

Run (from the repository root)::

    .venv/bin/python -m extract.data.build_offices [--out DIR] [--phoenix PATH]

It reads ``gazetteer/persons.jsonl`` and writes ``DIR/persons.jsonl`` (default: in place).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ROLES", "Row", "build_persons", "duplicate_names", "main", "overlaps", "read_table",
           "slug"]

HERE = Path(__file__).resolve().parent
TABLE = HERE / "gazetteer" / "sources" / "office_holders.tsv"
PERSONS = HERE / "gazetteer" / "persons.jsonl"
PHOENIX = Path("/work/shared/data/gazetteer/petrarch_cameo/Phoenix.Countries.actors.txt")
ROLES = {"hos": "head of state", "hog": "head of government", "fm": "foreign minister",
         "dm": "defence minister", "im": "interior minister"}
COLUMNS = ("iso3", "role", "id", "name_en", "names_ar", "names_en", "from", "to", "source")
TABLE_SOURCE = "sources/office_holders.tsv"
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISION = {1: "year", 2: "month"}
SOURCES = {
    "record": "curated from public record (official announcements as the curator knows them; "
              "not checked against a document here)",
    "countryinfo": "CountryInfo.120116.txt of the shared gazetteer sources",
    "phoenix": "Phoenix.Countries.actors.txt of the shared gazetteer sources",
}


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    iso3: str
    role: str
    id: str | None
    name_en: str
    names_ar: tuple[str, ...]
    names_en: tuple[str, ...]
    start: str | None
    end: str | None
    source: str
    precision: tuple[str, ...]  # notes such as "from known to the month"


def slug(name: str) -> str:
    """``x-<slug>``: ASCII-folded, lowercase, ``-``-joined words of an English name."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "x-" + "-".join(re.findall(r"[a-z0-9]+", ascii_.casefold()))


def _key(name: str) -> str:
    return slug(name)[2:]


def _date(value: str, where: str) -> tuple[str | None, str | None]:
    """A full day for the gazetteer and, for a month or year, the note saying so."""
    if not value:
        return None, None
    m = DATE.match(value)
    if not m:
        raise ValueError(f"{where}: date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    parts = [p for p in m.groups() if p]
    if len(parts) == 3:
        return value, None
    full = "-".join(parts + ["01"] * (3 - len(parts)))
    return full, PRECISION[len(parts)]


def read_table(path: Path = TABLE) -> list[Row]:
    """The table's rows; raises ``ValueError`` naming ``file:line`` and the reason."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "iso3\t")):
            continue
        where = f"{path}:{n}"
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{where}: expected {len(COLUMNS)} tab-separated columns, got {len(cells)}")
        c = dict(zip(COLUMNS, (x.strip() for x in cells), strict=True))
        if not re.fullmatch(r"[A-Z]{3}", c["iso3"]):
            raise ValueError(f"{where}: iso3 {c['iso3']!r} is not an ISO 3166-1 alpha-3 code")
        role = ROLES.get(c["role"]) or (c["role"] if re.fullmatch(r"[a-z]+(?: [a-z]+)+", c["role"])
                                        else None)
        if role is None:
            raise ValueError(f"{where}: role {c['role']!r} is not one of {', '.join(ROLES)} "
                             "nor an office of several lowercase words")
        if c["id"] and not re.fullmatch(r"Q\d+|x-[a-z0-9]+(?:-[a-z0-9]+)*", c["id"]):
            raise ValueError(f"{where}: id {c['id']!r} is neither a Wikidata id nor x-<slug>")
        if not c["name_en"] or not c["source"]:
            raise ValueError(f"{where}: name_en and source are required")
        if c["source"].partition(";")[0].strip() not in SOURCES:
            raise ValueError(f"{where}: source must start with one of {', '.join(SOURCES)}")
        start, p_start = _date(c["from"], where)
        end, p_end = _date(c["to"], where)
        if start and end and end <= start:
            raise ValueError(f"{where}: the term ends ({end}) before it starts ({start})")
        notes = tuple(f"{w} known to the {p}" for w, p in (("from", p_start), ("to", p_end)) if p)
        rows.append(Row(n, c["iso3"], role, c["id"] or None, c["name_en"],
                        tuple(x.strip() for x in c["names_ar"].split("|") if x.strip()),
                        tuple(x.strip() for x in c["names_en"].split("|") if x.strip()),
                        start, end, c["source"], notes))
    return rows


def read_phoenix(path: Path) -> dict[str, list[str]]:
    """Phoenix actor names (``RECEP_TAYYIP_ERDOGAN``, synonyms too) -> their ``[CODE dates]``."""
    out: dict[str, list[str]] = {}
    names: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body.startswith(("\t", " ")):
            m = re.match(r"\s*\[([A-Z]{3}\S*(?: [^\]]+)?)\]", body)
            if m:
                for name in names:
                    out.setdefault(name, []).append(m.group(1))
            continue
        name = body.lstrip("+").strip().rstrip("_").upper()
        names = [name] if not body.startswith("+") else [*names, name]
    return out


def _phoenix_note(row_names: list[str], iso3: str, phoenix: dict[str, list[str]]) -> str | None:
    for name in row_names:
        ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
        key = "_".join(re.findall(r"[A-Z0-9']+", ascii_.replace("-", " ")))
        codes = [c for c in phoenix.get(key, ()) if c.startswith(iso3)]
        if codes and " " in key.replace("_", " "):
            return f"Phoenix.Countries.actors.txt lists {key} as {', '.join(codes[:4])}"
    return None


def _office(row: Row) -> dict:
    return {"role": row.role, "country": row.iso3, "from": row.start, "to": row.end}


def _add(names: list[str], more: tuple[str, ...] | list[str]) -> None:
    names.extend(n for n in more if n not in names)


def build_persons(rows: list[Row], persons: list[dict], *,
                  phoenix: dict[str, list[str]] | None = None) -> list[dict]:
    """``persons`` with the table merged in (see the module docstring); order is kept, new
    persons follow in table order."""
    kept = [dict(p) for p in persons if not p.get("source", "").startswith(TABLE_SOURCE)]
    by_id = {p["id"]: p for p in kept}
    by_name: dict[str, str] = {}
    for p in kept:
        if p.get("kind") != "person":
            continue
        for name in [p["label"], *p.get("names", {}).get("en", [])]:
            if len(name.split()) > 1:
                by_name.setdefault(_key(name), p["id"])
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        pid = row.id or by_name.get(_key(row.name_en)) or slug(row.name_en)
        groups[pid].append(row)
    new: list[dict] = []
    for pid, prs in groups.items():
        offices = [_office(r) for r in prs]
        names_ar: list[str] = []
        names_en: list[str] = [prs[0].name_en]
        for r in prs:
            _add(names_ar, r.names_ar)
            _add(names_en, r.names_en)
        if pid in by_id:
            p = by_id[pid]
            p["names"] = {k: list(v) for k, v in p.get("names", {}).items()}
            _add(p["names"].setdefault("ar", []), names_ar)
            _add(p["names"].setdefault("en", []), names_en)
            table_keys = {(o["role"], o["country"], o["from"]) for o in offices}
            old = [o for o in p.get("offices") or []
                   if (o["role"], o.get("country") or p.get("country"), o["from"]) not in table_keys]
            p["offices"] = old + offices
            if f"offices also from {TABLE_SOURCE}" not in p["source"]:
                keys = dict.fromkeys(r.source.partition(";")[0].strip() for r in prs)
                p["source"] += (f"; offices also from {TABLE_SOURCE} ("
                                + "; ".join(SOURCES[k] for k in keys) + ")")
            continue
        if not names_ar:
            raise ValueError(f"{TABLE}:{prs[0].line}: {prs[0].name_en} needs Arabic names on its first row")
        offices.sort(key=lambda o: (o["to"] is None, o["from"] or ""), reverse=True)
        current = offices[0]
        notes = []
        for r in prs:
            detail = "; ".join(x for x in (r.source.partition(";")[2].strip(), *r.precision) if x)
            if detail:
                notes.append(f"{r.role} {r.start or '?'}..{r.end or ''}: {detail}")
        keys = dict.fromkeys(r.source.partition(";")[0].strip() for r in prs)
        source = f"{TABLE_SOURCE}: " + "; ".join(SOURCES[k] for k in keys)
        if notes:
            source += "; " + "; ".join(notes)
        note = _phoenix_note(names_en, prs[0].iso3, phoenix or {})
        if note:
            source += "; " + note
        new.append({
            "id": pid, "label": prs[0].name_en,
            "labels": {"ar": names_ar[0], "en": prs[0].name_en}, "kind": "person",
            "wikidata": pid if pid.startswith("Q") else None, "country": prs[0].iso3,
            "sector": "GOV", "role": current["role"], "names": {"ar": names_ar, "en": names_en},
            "offices": offices, "valid_from": current["from"], "valid_to": current["to"],
            "source": source,
        })
    return kept + new


def overlaps(persons: list[dict]) -> list[tuple[str, str, str, str]]:
    """(country, role, person, person) for two persons holding one office on the same day."""
    terms = defaultdict(list)
    for p in persons:
        for o in p.get("offices") or []:
            terms[(o.get("country") or p.get("country"), o["role"])].append(
                (o["from"] or "0000-00-00", o["to"] or "9999-12-31", p["label"]))
    out = []
    for (country, role), ts in terms.items():
        ts.sort()
        for i, (s1, e1, a) in enumerate(ts):
            for s2, _e2, b in ts[i + 1:]:
                if s2 < e1 and a != b:
                    out.append((country, role, a, b))
    return out


def duplicate_names(persons: list[dict]) -> list[tuple[str, str, str]]:
    """(country, name, ...) where one surface form names two persons of the same country."""
    seen: dict[tuple[str, str], str] = {}
    out = []
    for p in persons:
        if p.get("kind") != "person":
            continue
        for lang in ("ar", "en"):
            for name in p.get("names", {}).get(lang, []):
                k = (p.get("country") or "", name.casefold())
                if k in seen and seen[k] != p["id"]:
                    out.append((k[0], name, f"{seen[k]} / {p['id']}"))
                seen.setdefault(k, p["id"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--persons", type=Path, default=PERSONS)
    ap.add_argument("--out", type=Path, default=PERSONS.parent, help="folder for persons.jsonl")
    ap.add_argument("--phoenix", type=Path, default=PHOENIX)
    args = ap.parse_args(argv)
    try:
        rows = read_table(args.table)
        persons = [json.loads(x) for x in args.persons.read_text(encoding="utf-8").splitlines()
                   if x.strip() and not x.lstrip().startswith("//")]
        phoenix = read_phoenix(args.phoenix) if args.phoenix.is_file() else None
        merged = build_persons(rows, persons, phoenix=phoenix)
    except (OSError, ValueError) as e:
        print(f"build_offices: {e}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "persons.jsonl"
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in merged), encoding="utf-8")
    dup = duplicate_names(merged)
    for country, name, ids in dup:
        print(f"build_offices: warning: {country} name {name!r} names {ids}", file=sys.stderr)
    print(f"{out}: {len(merged)} persons ({len(rows)} table rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
