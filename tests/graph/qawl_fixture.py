"""A small multi-article store for the records, networks, export and notebook tests.

Three hand-made extractions (two Arabic articles, one English) written straight into a real
on-disk store through ``ontology.mapping`` and ``Store.replace_article``, so these tests do not
depend on the extractors. Offsets are found in the texts; dates spread over three months.
"""

from __future__ import annotations

from pathlib import Path

from extract.model import Actor, Article, Claim, Extraction, Span, Stance
from graph.store import Store
from ontology.mapping import Run, actor_graph, extraction_graph

RUN = Run(id="fixture", started="2024-04-01T00:00:00Z", version="0.1.0")

ACTORS = {
    "Q3052772": Actor("Q3052772", "Emmanuel Macron", "person",
                      labels={"ar": "إيمانويل ماكرون", "en": "Emmanuel Macron"},
                      wikidata="Q3052772", country="FRA", sector="GOV", role="head of state"),
    "Q7747": Actor("Q7747", "Vladimir Putin", "person",
                   labels={"ar": "فلاديمير بوتين", "en": "Vladimir Putin"}, wikidata="Q7747",
                   country="RUS", sector="GOV"),
    "Q39723": Actor("Q39723", "Recep Tayyip Erdoğan", "person",
                    labels={"ar": "رجب طيب أردوغان", "en": "Recep Tayyip Erdoğan"},
                    wikidata="Q39723", country="TUR", sector="GOV"),
    "x-syrian-democratic-forces": Actor(
        "x-syrian-democratic-forces", "Syrian Democratic Forces", "armed_group",
        labels={"ar": "قوات سوريا الديمقراطية", "en": "Syrian Democratic Forces"},
        country="SYR", sector="REB"),
    "Q2429253": Actor("Q2429253", "Islamic State", "armed_group",
                      labels={"ar": "تنظيم الدولة الإسلامية", "en": "Islamic State"},
                      wikidata="Q2429253", sector="UAF"),
    "Q43": Actor("Q43", "Turkey", "state", labels={"ar": "تركيا", "en": "Turkey"},
                 wikidata="Q43", country="TUR"),
    "Q142": Actor("Q142", "France", "state", labels={"ar": "فرنسا", "en": "France"},
                  wikidata="Q142", country="FRA"),
}

# (article id, lang, published, text)
TEXTS = {
    "ar-2024-01": ("ar", "2024-01-03", (
                   "دعا الرئيس الفرنسي إيمانويل ماكرون نظيره الروسي فلاديمير بوتين إلى حماية "
                   "قوات سوريا الديمقراطية. وأكد ماكرون استمرار الحرب ضد تنظيم الدولة الإسلامية.\n")),
    "ar-2024-02": ("ar", "2024-02-10", (
                   "اتهم الرئيس التركي رجب طيب أردوغان قوات سوريا الديمقراطية بالإرهاب. "
                   "وهدد أردوغان بعملية عسكرية جديدة. ورفضت تركيا موقف فرنسا.\n")),
    "en-2024-03": ("en", "2024-03-05", (
                   "French President Emmanuel Macron asked Vladimir Putin to restrain the "
                   "offensive. Putin consulted Turkey on Idlib. Turkey did not back France.\n")),
}


def _span(text: str, needle: str, after: str | None = None) -> Span:
    start = text.index(needle, text.index(after) if after else 0)
    return Span.of(text, start, start + len(needle))


def extractions() -> list[Extraction]:
    out = []
    for aid, (lang, published, text) in TEXTS.items():
        art = Article(id=aid, text=text, lang=lang, title=f"Sample {aid}", published=published)
        t = text
        if aid == "ar-2024-01":
            who = ("Q3052772", "Q7747", "x-syrian-democratic-forces", "Q2429253")
            mentions = {"Q3052772": "إيمانويل ماكرون", "Q7747": "فلاديمير بوتين",
                        "x-syrian-democratic-forces": "قوات سوريا الديمقراطية",
                        "Q2429253": "تنظيم الدولة الإسلامية"}
            claims = (Claim("C1", "Q3052772", _span(t, "دعا"), _span(t, "إلى حماية قوات سوريا الديمقراطية"),
                            addressee="Q7747", about=("x-syrian-democratic-forces",), confidence=0.9),
                      Claim("C2", "Q3052772", _span(t, "أكد"), _span(t, "استمرار الحرب ضد تنظيم الدولة الإسلامية"),
                            about=("Q2429253",), confidence=0.8))
            stances = (Stance("S1", "Q3052772", "REQUEST", 0, _span(t, "دعا"), target="Q7747",
                              claim="C1", confidence=0.9),
                       Stance("S2", "Q3052772", "SUPPORT", 1, _span(t, "حماية"),
                              target="x-syrian-democratic-forces", claim="C1", confidence=0.7),
                       Stance("S3", "Q3052772", "MOBILIZE", -1, _span(t, "استمرار الحرب"),
                              target="Q2429253", claim="C2", confidence=0.75))
        elif aid == "ar-2024-02":
            who = ("Q39723", "x-syrian-democratic-forces", "Q43", "Q142")
            mentions = {"Q39723": "رجب طيب أردوغان", "x-syrian-democratic-forces": "قوات سوريا الديمقراطية",
                        "Q43": "تركيا", "Q142": "فرنسا"}
            claims = (Claim("C1", "Q39723", _span(t, "اتهم"), _span(t, "بالإرهاب"),
                            about=("x-syrian-democratic-forces",), confidence=0.8),)
            stances = (Stance("S1", "Q39723", "ACCUSE", -1, _span(t, "اتهم"),
                              target="x-syrian-democratic-forces", claim="C1", confidence=0.8),
                       Stance("S2", "Q39723", "THREATEN", -1, _span(t, "هدد"),
                              target="x-syrian-democratic-forces", date="2024-02-09", confidence=0.6),
                       Stance("S3", "Q43", "REJECT", -1, _span(t, "رفضت"), target="Q142",
                              confidence=0.5))
        else:
            who = ("Q3052772", "Q7747", "Q43", "Q142")
            mentions = {"Q3052772": "Emmanuel Macron", "Q7747": "Vladimir Putin", "Q43": "Turkey",
                        "Q142": "France"}
            claims = (Claim("C1", "Q3052772", _span(t, "asked"), _span(t, "to restrain the offensive"),
                            addressee="Q7747", confidence=0.6, date="--03-04"),)
            stances = (Stance("S1", "Q3052772", "REQUEST", 0, _span(t, "asked"), target="Q7747",
                              claim="C1", confidence=0.6),
                       Stance("S2", "Q7747", "CONSULT", 1, _span(t, "consulted"), target="Q43",
                              confidence=0.9),
                       Stance("S3", "Q43", "SUPPORT", 1, _span(t, "back"), target="Q142",
                              negated=True, confidence=0.7))
        actors = tuple(
            Actor(**{**{f: getattr(ACTORS[i], f) for f in ("id", "label", "kind", "labels", "wikidata",
                                                           "country", "sector", "role")},
                     "mentions": (_span(t, mentions[i]),)})
            for i in who)
        out.append(Extraction(article=art, actors=actors, claims=claims, stances=stances))
    return out


def make_store(path: Path) -> Store:
    """A fresh on-disk store at ``path`` holding the three articles."""
    store = Store.open(path)
    for x in extractions():
        store.replace_article(x.article.id, extraction_graph(x, run=RUN), actor_graph(x.actors))
    return store
