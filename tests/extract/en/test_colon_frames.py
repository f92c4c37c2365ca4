"""English claims carried by punctuation and headline forms rather than a verb: colon frames
(signatures, "X to Y:", a described person, "X on Topic:", "A lesson from X:"). Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import assert_claim, only, run

BODY = "\n\nThe body starts here."

# text, cue, the speaker's words, content
COLON_FRAMES = [
    pytest.param('Marta Velasquez, editor of The Harbor Review: "The tolls are far too high."',
                 ":", "Marta Velasquez, editor of The Harbor Review",
                 '"The tolls are far too high."', id="signature_with_editor_title"),
    pytest.param("Senate Democrats to Marta Velasquez: Drop the Toll Plan." + BODY,
                 ":", "Senate Democrats", "Drop the Toll Plan", id="headline_x_to_y"),
    pytest.param("Harbor blogger Marta Velasquez: the tolls hurt small farms." + BODY,
                 ":", "Harbor blogger Marta Velasquez", "the tolls hurt small farms",
                 id="described_person"),
    pytest.param("Marta Velasquez on Port Tolls: The Costs Are 'Ruinous.'" + BODY,
                 "on Port Tolls:", "Marta Velasquez", "The Costs Are 'Ruinous.'",
                 id="headline_x_on_topic"),
    pytest.param("A warning from Marta Velasquez: 'Do not raise the tolls.'" + BODY,
                 ":", "Marta Velasquez", "'Do not raise the tolls.'",
                 id="lesson_from_x"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), COLON_FRAMES)
def test_colon_frame(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


def test_signature_speaker_is_the_name_before_the_comma() -> None:
    ex = run('Marta Velasquez, editor of The Harbor Review: "The tolls are far too high."')
    c = only(ex, ":")
    assert "Velasquez" in ex.actor(c.speaker).label


def test_headline_x_to_y_addressee() -> None:
    ex = run("Senate Democrats to Marta Velasquez: Drop the Toll Plan." + BODY)
    c = only(ex, ":")
    assert c.addressee is not None and "Velasquez" in ex.actor(c.addressee).label


@pytest.mark.parametrize("text", [
    "Stealth Over Health: Marta Velasquez Skipped the Harbor Meeting." + BODY,  # a heading
    "The Gap Goes On: Farm incomes fell again this year.",  # a section heading
    "Editor's note: Marta Velasquez is a columnist for this paper.",
    "Rising tolls in the harbor: a problem for Marta Velasquez.",  # no speaker before it
])
def test_no_colon_claim(text: str) -> None:
    assert not [c for c in run(text).claims if c.cue.text.endswith(":")]


# a clause with an actor subject, a colon and a quotation no verb reports
COLON_QUOTES = [
    pytest.param('Marta Velasquez closed the meeting with a short post: "The tolls stay."',
                 "Marta Velasquez", '"The tolls stay."', id="subject_first"),
    pytest.param('On Monday, Marta Velasquez closed the meeting with a short post: "The tolls stay."',
                 "Marta Velasquez", '"The tolls stay."', id="after_an_opening_phrase"),
    pytest.param("Several growers have said the same, including Marta Velasquez -- ''The tolls "
                 "will ruin the small farms'' -- and two co-ops.", "Marta Velasquez",
                 "''The tolls will ruin the small farms''", id="name_dash_quotation"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), COLON_QUOTES)
def test_colon_before_a_quotation(text: str, speaker: str, content: str) -> None:
    c = next(c for c in run(text).claims if c.cue.text.endswith((":", "--")))
    assert c.speaker_mention.text == speaker
    assert c.content.text == content
    assert c.direct


@pytest.mark.parametrize("text", [
    # the quotation has its own cue
    'Marta Velasquez kept quiet for years: "Nobody knew," she said.',
    # a verb reports it: the colon is part of that cue, not a claim of its own
    'Marta Velasquez said: "The tolls stay."',
    # no actor opens the clause
    'The tolls were the topic of a short post: "They stay."',
])
def test_no_colon_quote_claim(text: str) -> None:
    assert not [c for c in run(text).claims if c.cue.text == ":"]


# source phrases opened by a preposition: the preposition is the cue (as annotated)
PREP_SOURCES = [
    pytest.param("The mayor is ahead in most of the polls.", "in", "most of the polls",
                 "The mayor is ahead", id="in_the_polls"),
    pytest.param("The mayor did well in online and phone polls taken after the debate.", "in",
                 "online and phone polls", "The mayor did well", id="coordinated_poll_kinds"),
    pytest.param("In the latest poll, the mayor gained two points.", "In", "the latest poll",
                 "the mayor gained two points", id="opening_in_poll"),
    pytest.param("The harbor lost half its trade, by one estimate.", "by", "one estimate",
                 "The harbor lost half its trade", id="by_one_estimate"),
    pytest.param("Farmers, by federal law, may not sell raw milk.", "by", "federal law",
                 "may not sell raw milk", id="by_law"),
    pytest.param("The council dropped the tolls, much to the chagrin of the port owners.",
                 "much to the chagrin of", "the port owners", "The council dropped the tolls",
                 id="much_to_the_chagrin_of"),
    pytest.param("The tolls were too high, by Marta Velasquez's own admission.",
                 "own admission", "Marta Velasquez", "The tolls were too high",
                 id="own_admission"),
    pytest.param("In the mayor's view, the tolls were too high.",
                 "In", "the mayor", "the tolls were too high", id="in_x_view"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), PREP_SOURCES)
def test_prep_source(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


@pytest.mark.parametrize("text", [
    "In the context of national polls, a lead of two points means little.",
    "The mayor did better than in other polls.",  # a comparison
    "The farmers went in by the back door.",
    "Tolls rose by some measures last year.",  # a measure, not an estimate
])
def test_no_prep_source(text: str) -> None:
    assert not [c for c in run(text).claims if c.cue.text.lower() in ("in", "by")]


def test_dash_before_a_quoted_word_is_no_claim() -> None:
    ex = run("The ad named a familiar villain -- ''pirates'' -- to scare the farmers.")
    assert not [c for c in ex.claims if c.cue.text == "--"]


def test_signed_quotation_with_a_quotation_inside() -> None:
    text = ("The readers wrote in.\n“I would rather farm in what he calls “ruin” than sell the "
            "land to him.” ― Marta Velasquez\n“Next line.” ― Jo Roe")
    c = next(c for c in run(text).claims if "Velasquez" in (c.speaker_mention.text or ""))
    assert c.cue.text == "―"
    assert c.content.text.startswith("“I would rather farm")
    assert c.content.text.endswith("to him.”")
