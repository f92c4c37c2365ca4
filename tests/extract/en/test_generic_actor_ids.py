"""Generic English actors (a description that names nobody: "officials", "the president",
"sources") get an id and a label of their article; named actors the gazetteer does not know keep
their label id, shared by every article that names them (extract.scope). Every sentence here is
written for these tests."""

from __future__ import annotations

import re

import pytest

from extract.model import Extraction
from extract.scope import scoped_id, scoped_label
from tests.extract.en.test_attribution_forms import run

CONTRACT_ID = re.compile(r"x-[a-z0-9]+(?:-[a-z0-9]+)*")


def speaker(ex: Extraction, content_start: str):
    found = [c for c in ex.claims if c.content.text.startswith(content_start)]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in ex.claims]
    return ex.actor(found[0].speaker)


def test_officials_of_two_articles_are_two_actors_and_a_name_is_one():
    a = run("Officials said on Monday that the port would reopen. Tomas Verhoeven, a shipping "
            "analyst, said the delay had cost millions.", "port-a")
    b = run("The river authority said the dam was safe, but officials said repairs would take a "
            "year. Tomas Verhoeven said the repairs were overdue.", "dam-b")
    oa, ob = speaker(a, "the port"), speaker(b, "repairs would")
    assert oa.id != ob.id
    assert (oa.id, oa.label) == ("x-officials-article-port-a", "officials (article port-a)")
    assert (ob.id, ob.label) == ("x-officials-article-dam-b", "officials (article dam-b)")
    assert oa.labels == {"en": "officials (article port-a)"}
    pa, pb = speaker(a, "the delay"), speaker(b, "the repairs")
    assert pa.id == pb.id == "x-tomas-verhoeven" and pa.label == "Tomas Verhoeven"


def test_one_article_keeps_one_actor_per_description():
    ex = run("Officials said the bridge was closed. Later, officials said it would reopen.")
    first, second = speaker(ex, "the bridge"), speaker(ex, "it would")
    assert first.id == second.id == "x-officials-article-t"


@pytest.mark.parametrize("text, content, label", [
    ("The president said the law would pass.", "the law", "president"),  # a title, no country
    ("A spokesman said the plant was safe.", "the plant", "spokesman"),
    ("The talks will go on, sources said.", "The talks", "sources"),
    ("Critics said the plan was too costly.", "the plan", "critics"),  # opening capital dropped
    ("The mayor's spokesman said the bins were emptied.", "the bins", "mayor spokesman"),
])
def test_descriptions_that_name_nobody_are_scoped(text, content, label):
    a = speaker(run(text, "art-1"), content)
    assert a.label == scoped_label(label, "art-1") == f"{label} (article art-1)"
    assert a.id == scoped_id(label, "art-1") and _contract_id(a.id)


def _contract_id(aid: str) -> bool:  # the contract's "x-<slug>" form
    return CONTRACT_ID.fullmatch(aid) is not None


@pytest.mark.parametrize("text, content, aid", [
    ("Turkish officials said the border was open.", "the border", "x-turkey-official"),
    ("On Monday, Democratic officials said the vote was fair.", "the vote",
     "x-democratic-officials"),
    ("Velasquez said the tolls would fall.", "the tolls", "x-velasquez"),  # a surname
    ("YouGov said the race was close.", "the race", "x-yougov"),  # a capital inside the word
])
def test_descriptions_with_a_name_or_a_country_keep_their_label_id(text, content, aid):
    a = speaker(run(text, "art-1"), content)
    assert a.id == aid and "(article" not in a.label


def test_an_opening_word_written_in_lower_case_elsewhere_is_no_name():
    ex = run("Federal and state officials said the dam held. The federal agency agreed.")
    a = speaker(ex, "the dam")
    assert (a.id, a.label) == ("x-federal-and-state-officials-article-t",
                               "federal and state officials (article t)")


def test_claims_and_stances_point_at_the_scoped_id():
    ex = run("Officials condemned the attack and said the rebels must withdraw.", "art-9")
    ids = {a.id for a in ex.actors}
    for c in ex.claims:
        assert c.speaker in ids and all(x in ids for x in c.about)
    for s in ex.stances:
        assert s.holder in ids and (s.target is None or s.target in ids)
    assert "x-officials-article-art-9" in {c.speaker for c in ex.claims}


def test_an_article_without_an_id_is_named_by_its_text():
    ex = run("Officials said the road was closed.", "")
    a = speaker(ex, "the road")
    key = ex.article.text_sha256[:12]
    assert a.label == f"officials (article {key})" and a.id == f"x-officials-article-{key}"
