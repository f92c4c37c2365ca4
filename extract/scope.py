"""Actors of one article only: generic descriptions get an id and a label that name the article.

Owns :func:`scope_to_article` and the rule both languages follow (``extract.en.actors`` and
``extract.ar.actors`` flag the actors it covers; the pipeline and ``extract_english`` call this
module last).

An actor id is the entity's identity in a store: ``Q…`` or a gazetteer ``x-…`` id, else
``x-<slug of its label>`` (ARCHITECTURE.md §2), which merges the same name across articles. That
is right for a name ("Robby Mook", "Robert John Dougherty III", a named group, «شون ماكورماك»),
for a description with a proper name in it ("Democratic officials", "Trump's spokesman") and for
one tied to a country, the way CAMEO codes actors by country and sector ("Turkish officials"
``x-turkey-official``, "Iraq civilians" ``IRQCVL``, «القوات الأمريكية» ``x-usa-military``). It
is wrong for a **generic** actor, a description that names nobody in particular:

- a group named by common nouns only, with no country ("officials", "Most analysts",
  "sources", "critics", «مسلحون», «المدنيين», «متظاهرون», the unnamed doers of an attack);
- a title with no person's name and no country ("the president", "a spokesman", "the judge";
  also a capitalised office of no stated country, "Defense Ministry spokesman": whose?).

"officials" of one article and "officials" of another are different people, and one shared
node would link unrelated claims through a fake hub in any network analysis. A generic actor
therefore gets, like the "I"/"we" writer of an article (``extract.en.verbframe._AUTHORS``), an
id and a label of that article alone: label ``"<label> (article <article id>)"`` and id
``x-<slug of that label>`` ("officials (article nyt_1)" is ``x-officials-article-nyt-1``); the
Arabic label gets ``(مقال <article id>)``. Inside one article all mentions of the description
stay one actor, as before. The label names the article so that the actors stay apart where
only labels are shown (actor search in the web page, Gephi's node labels).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from extract.model import Actor, Claim, Extraction, Stance

__all__ = ["scope_to_article", "scoped_id", "scoped_label", "slug"]


def slug(text: str) -> str:
    """The ``x-<slug>`` part of an actor id made from a label: lower case ASCII letters and
    digits joined by "-", accents taken off ("António" -> "antonio")."""
    t = text
    if not t.isascii():  # (an ASCII label has no accents to take off)
        t = unicodedata.normalize("NFKD", t)
        t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "actor"


def _article_key(ext: Extraction) -> str:
    """The article's id, else (an article without one) the start of its text's SHA-256."""
    return ext.article.id or ext.article.text_sha256[:12]


def scoped_label(label: str, article: str) -> str:
    return f"{label} (article {article})"


def scoped_id(label: str, article: str) -> str:
    return "x-" + slug(scoped_label(label, article))


def scope_to_article(ext: Extraction, generic: Mapping[str, str]) -> Extraction:
    """``ext`` with the actors ``generic`` (id -> label) renamed to ids and labels of its
    article, in the actors, claims (speaker, addressee, about, via) and stances (holder,
    target)."""
    if not generic:
        return ext  # (most articles: nothing to rename, no actor list rebuilt)
    article = _article_key(ext)
    names = {aid: scoped_id(label, article) for aid, label in generic.items()}
    actors: list[Actor] = []
    for a in ext.actors:
        if a.id not in names:
            actors.append(a)
            continue
        label = scoped_label(a.label, article)
        labels = dict(a.labels)
        labels["en"] = label
        if "ar" in labels:
            labels["ar"] = f"{labels['ar']} (مقال {article})"
        actors.append(replace(a, id=names[a.id], label=label, labels=labels))

    def rn(aid: str | None) -> str | None:
        return names.get(aid, aid) if aid is not None else None

    def renamed(c: Claim) -> bool:  # (or an "about" with a repeated id, which is deduplicated)
        return (c.speaker in names or c.addressee in names or c.via in names
                or any(x in names for x in c.about) or len(set(c.about)) < len(c.about))

    # (dataclasses.replace is slow: only the claims and stances that change are rebuilt)
    claims: list[Claim] = [replace(
        c, speaker=rn(c.speaker), addressee=rn(c.addressee), via=rn(c.via),
        about=tuple(dict.fromkeys(names.get(x, x) for x in c.about))) if renamed(c) else c
        for c in ext.claims]
    stances: list[Stance] = [replace(s, holder=rn(s.holder), target=rn(s.target))
                             if s.holder in names or s.target in names else s
                             for s in ext.stances]
    return replace(ext, actors=tuple(actors), claims=tuple(claims), stances=tuple(stances))
