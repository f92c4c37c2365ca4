"""Arabic extraction components: working document, actors, claims, stances, dates, word lists.

``extract.pipeline`` runs them in order; each module owns one step and reads its rules from the
data files under ``extract/data/`` (see ``extract/data/README.md``).
"""

from extract.ar.actors import find_mentions
from extract.ar.claims import find_claims
from extract.ar.dates import find_dates
from extract.ar.doc import Doc, make_doc
from extract.ar.lexicon import load_lexicon
from extract.ar.stances import find_stances

__all__ = ["Doc", "find_claims", "find_dates", "find_mentions", "find_stances", "load_lexicon", "make_doc"]
