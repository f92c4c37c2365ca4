"""A hand-made Extraction of the seed article (a few actors, claims and stances), used to test
the mapping and the store independently of the extractors. Offsets are found in the real text."""

from __future__ import annotations

from extract.model import Actor, Article, Claim, Extraction, Span, Stance


def _span(text: str, needle: str, after: str | None = None) -> Span:
    start = text.index(needle, text.index(after) if after else 0)
    return Span.of(text, start, start + len(needle))


def handmade_extraction(article: Article) -> Extraction:
    t = article.text
    actors = (
        Actor("Q3052772", "Emmanuel Macron", "person", labels={"ar": "إيمانويل ماكرون", "en": "Emmanuel Macron"},
              wikidata="Q3052772", country="FRA", sector="GOV", role="head of state",
              mentions=(_span(t, "إيمانويل ماكرون"), _span(t, "ماكرون", after="وأكد"))),
        Actor("Q7747", "Vladimir Putin", "person", labels={"ar": "فلاديمير بوتين", "en": "Vladimir Putin"},
              wikidata="Q7747", country="RUS", sector="GOV", mentions=(_span(t, "فلاديمير بوتين", after="دعا"),)),
        Actor("Q142", "France", "state", labels={"ar": "فرنسا", "en": "France"}, wikidata="Q142",
              country="FRA", mentions=(_span(t, "للرئاسة الفرنسية"),)),
        Actor("x-syrian-democratic-forces", "Syrian Democratic Forces", "armed_group",
              labels={"ar": "قوات سوريا الديمقراطية", "en": "Syrian Democratic Forces"}, country="SYR",
              sector="REB", mentions=(_span(t, "قوات سوريا الديمقراطية"),)),
        Actor("Q2429253", "Islamic State", "armed_group", labels={"ar": "تنظيم الدولة الإسلامية"},
              wikidata="Q2429253", sector="UAF", mentions=(_span(t, "الدولة الإسلامية"), _span(t, "التنظيم", after="وأكد"))),
    )
    call = _span(t, "دعا")
    c1_content = _span(t, "إلى ضرورة حماية “قوات سوريا الديمقراطية” (قسد)")
    c2_cue = _span(t, "وأكد")
    c2_content = _span(t, "على ضرورة استمرار الحرب في سوريا ضد “التنظيم”")
    claims = (
        Claim("C1", "Q3052772", call, c1_content, speaker_mention=_span(t, "الرئيس الفرنسي", after="دعا"),
              addressee="Q7747", about=("x-syrian-democratic-forces",), via="Q142", date="--01-03",
              confidence=0.9),
        Claim("C2", "Q3052772", Span(c2_cue.start + 1, c2_cue.end, "أكد"), c2_content,
              about=("Q2429253",), confidence=0.8),
    )
    stances = (
        Stance("S1", "Q3052772", "REQUEST", 0, call, target="Q7747", claim="C1", confidence=0.9,
               target_mention=_span(t, "نظيره الروسي")),
        Stance("S2", "Q3052772", "SUPPORT", 1, _span(t, "حماية", after="دعا"),
               target="x-syrian-democratic-forces", claim="C1", confidence=0.7),
        Stance("S3", "Q3052772", "MOBILIZE", -1, _span(t, "استمرار الحرب"), target="Q2429253",
               claim="C2", confidence=0.75),
        Stance("S4", "Q142", "THREATEN", -1, _span(t, "لن تحقق"), target="Q142", negated=True),
    )
    return Extraction(article=article, actors=actors, claims=claims, stances=stances)
