"""English statements in forms wire copy uses all the time: a quotation before "X said on
<date>", a participle that continues the speaker rather than the actor the speaker reported, and
denials whose stance is not against whoever the denied act names."""

from __future__ import annotations

from extract.model import Article, Extraction
from extract.pipeline import extract


def _run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, lang="en", published="2022-10-20"))


def test_quotation_before_the_speaker_with_a_calendar_date_after_the_cue() -> None:
    ex = _run('"We will respond to any attack," the Iranian foreign minister said on March 3.')
    [c] = ex.claims
    assert c.cue.text == "said" and c.direct and "respond to any attack" in c.content.text
    assert c.date == "2022-03-03"
    assert ex.actors[[a.id for a in ex.actors].index(c.speaker)].country == "IRN"


def test_participle_continues_the_speaker_not_the_actor_reported() -> None:
    ex = _run("Iran's foreign ministry spokesman Nasser Kanaani said Tehran rejected the US "
              "sanctions, adding that Washington bears the responsibility.")
    said = next(c for c in ex.claims if c.cue.text == "said")
    adding = next(c for c in ex.claims if c.cue.text.startswith("adding"))
    assert adding.speaker == said.speaker != "Q794"


def test_denial_is_not_against_the_actor_inside_the_denied_act() -> None:
    ex = _run("Iran denied sending drones to Russia. Kanaani denied that Iran had sent weapons to Yemen.")
    rejects = [s for s in ex.stances if s.type == "REJECT"]
    assert rejects and all(s.target is None for s in rejects)


def test_denial_of_an_accusation_and_rejection_of_a_proposal_keep_their_target() -> None:
    ex = _run("Iran denied Washington's accusations. Damascus rejected the US proposal on Monday.")
    got = {(s.holder, s.target) for s in ex.stances if s.type == "REJECT"}
    assert got == {("Q794", "Q30"), ("Q858", "Q30")}
    assert next(s.date for s in ex.stances if s.holder == "Q858") == "2022-10-17"


def test_short_closing_quotation_paragraph_is_read() -> None:
    ex = _run("Iran's foreign ministry spokesman Nasser Kanaani said Tehran rejected the new US "
              "sanctions on Thursday, calling them a violation of international law.\n\n"
              '"We will not accept this," Kanaani said.')
    assert any(c.direct and "will not accept" in c.content.text for c in ex.claims)


def test_a_coordinated_speech_act_is_a_stance_of_its_own() -> None:
    ex = _run("Damascus rejected the sanctions and accused the United States of supporting terrorism.")
    assert ("Q858", "ACCUSE", "Q30") in {(s.holder, s.type, s.target) for s in ex.stances}
    # while the object of a complement trigger is still no act of its own
    ex = _run("Turkey refused to attack the Kurdish forces in Syria.")
    assert "ASSAULT" not in {s.type for s in ex.stances}
