"""Generic Arabic actors (an agent noun with no country: «مسلحون», «محتجون», «المدنيين», the
unnamed doers of an attack) get an id and a label of their article; the same agent of a named
country («مسلحون عراقيون»: x-irq-gunmen) and a person named in the text keep their label id,
shared by every article that names them (extract.scope). Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from extract.model import Article, Extraction
from extract.pipeline import extract


def run(text: str, aid: str = "t") -> Extraction:
    return extract(Article(id=aid, text=text, lang="ar", published="2024-05-10"))


MINISTER = "وقال وزير الداخلية العراقي، سامر الخطيب، إن القوات صدت الهجوم."


def speakers(ex: Extraction) -> dict[str, str]:
    """The speakers' ids by the words that name them."""
    return {c.speaker_mention.text: c.speaker for c in ex.claims if c.speaker_mention}


def test_gunmen_of_two_articles_are_two_actors_and_a_name_is_one():
    a = run("وقال مسلحون إن الهجوم سيتواصل. " + MINISTER, "kut-a")
    b = run("وقال مسلحون إن الطريق مغلق. " + MINISTER, "hit-b")
    ga, gb = speakers(a)["مسلحون"], speakers(b)["مسلحون"]
    assert (ga, gb) == ("x-gunmen-article-kut-a", "x-gunmen-article-hit-b")
    assert a.actor(ga).label == "gunmen (article kut-a)"
    assert a.actor(ga).labels["en"] == "gunmen (article kut-a)"
    assert (a.actor(ga).sector, a.actor(ga).country) == ("UAF", None)
    ma, mb = speakers(a)["وزير الداخلية العراقي"], speakers(b)["وزير الداخلية العراقي"]
    assert ma == mb == "x-samer-al-khtib" and a.actor(ma).label == "Samer al-Khtib"


def test_an_agent_of_a_named_country_keeps_its_shared_id():
    a = run("وقال مسلحون عراقيون إن الهجوم فشل.", "a1")
    b = run("وقال مسلحون عراقيون إن الهجوم نجح.", "b1")
    assert speakers(a)["مسلحون عراقيون"] == speakers(b)["مسلحون عراقيون"] == "x-irq-gunmen"
    assert a.actor("x-irq-gunmen").label == "Iraq gunmen"


def test_one_article_keeps_one_actor_per_agent():
    ex = run("وقال محتجون إن الحكومة فشلت. وقال المتحدث إن المحتجين خرقوا القانون.", "p1")
    ids = [a.id for a in ex.actors if any(m.text in ("محتجون", "المحتجين") for m in a.mentions)]
    assert ids == ["x-protesters-article-p1"]
    assert [m.text for m in ex.actor(ids[0]).mentions] == ["محتجون", "المحتجين"]


@pytest.mark.parametrize("aid", ["one", "two"])
def test_stances_point_at_the_scoped_holder_and_target(aid):
    ex = run("وهاجم مسلحون مقر البلدية وقتلوا مدنيين.", aid)
    ids = {a.id for a in ex.actors}
    attacks = [s for s in ex.stances if s.type == "ASSAULT" and s.target is not None]
    assert attacks and all(s.holder in ids and s.target in ids for s in attacks)
    assert (attacks[0].holder, attacks[0].target) == (f"x-gunmen-article-{aid}",
                                                      f"x-civilians-article-{aid}")
    assert not any(i in ("x-gunmen", "x-civilians") for i in ids)  # no shared hub left


def test_scope_renames_every_reference_and_the_arabic_label():
    from extract.model import Actor, Claim, Span, Stance
    from extract.scope import scope_to_article

    text = "قال ناشطون إن مسلحين هاجموا القرية."
    sp = Span.of(text, 0, 3)
    ext = Extraction(
        article=Article(id="v1", text=text, lang="ar"),
        actors=(Actor("x-activists", "activists", "group", {"ar": "ناشطون", "en": "activists"}),
                Actor("x-gunmen", "gunmen", "group", {"en": "gunmen"}),
                Actor("Q796", "Iraq", "state", {"en": "Iraq"})),
        claims=(Claim("c1", "x-activists", sp, sp, addressee="x-gunmen", via="x-gunmen",
                      about=("x-gunmen", "Q796")),),
        stances=(Stance("s1", "x-gunmen", "ASSAULT", -1, sp, target="x-activists"),))
    out = scope_to_article(ext, {"x-activists": "activists", "x-gunmen": "gunmen"})
    act = out.actor("x-activists-article-v1")
    assert act.labels == {"ar": "ناشطون (مقال v1)", "en": "activists (article v1)"}
    c, s = out.claims[0], out.stances[0]
    assert (c.speaker, c.addressee, c.via, c.about) == (
        "x-activists-article-v1", "x-gunmen-article-v1", "x-gunmen-article-v1",
        ("x-gunmen-article-v1", "Q796"))
    assert (s.holder, s.target) == ("x-gunmen-article-v1", "x-activists-article-v1")
    assert out.actor("Q796") == ext.actor("Q796")
    assert scope_to_article(ext, {}) is ext
