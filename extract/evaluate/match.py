"""How a system actor is compared with gold, and one-to-one matching.

Owns: ``GoldActor`` (a gold key with its Wikidata id and aliases), ``KeyIndex`` (the gold
article's keys, folded once), ``actor_matches_key``, ``actor_matches_code`` (CAMEO-style
country / sector codes of the third-party sets) and ``one_to_one`` (maximum bipartite
matching, so that duplicates are never counted twice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from extract.model import Actor

from .normalize import fold

__all__ = [
    "GoldActor",
    "KeyIndex",
    "actor_matches_code",
    "one_to_one",
]

# Non-state CAMEO codes that an actor may carry as its sector or, without a country, as its kind.
NON_STATE_KINDS = {"IGO": "igo", "NGO": "organization", "IMG": "armed_group"}


@dataclass(frozen=True, slots=True)
class GoldActor:
    key: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    optional: bool = False
    note: str = ""

    def folded_names(self) -> frozenset[str]:
        return frozenset(f for f in (fold(n) for n in (self.key, *self.aliases)) if f)


def _actor_names(actor: Actor) -> set[str]:
    names = {fold(actor.label)} | {fold(v) for v in actor.labels.values() if v}
    names.discard("")
    return names


def _actor_wikidata(actor: Actor) -> str | None:
    if actor.wikidata:
        return actor.wikidata
    # An actor linked to Wikidata carries its Q-id as its id as well (ARCHITECTURE.md §2).
    if actor.id[:1] == "Q" and actor.id[1:].isdigit():
        return actor.id
    return None


class KeyIndex:
    """The gold actors of one gold article, by key; keys that a gold list names without an
    actor entry are compared by their own folded form."""

    def __init__(self, actors: Iterable[GoldActor]) -> None:
        self._by_key = {a.key: a for a in actors}
        self._names = {k: a.folded_names() for k, a in self._by_key.items()}

    def get(self, key: str) -> GoldActor:
        return self._by_key.get(key) or GoldActor(key=key)

    def matches(self, actor: Actor | None, key: str) -> bool:
        """EVALUATION.md: equal Wikidata ids, or a folded label / labels value equal to the
        folded key or one of its aliases."""
        if actor is None:
            return False
        gold = self.get(key)
        qid = _actor_wikidata(actor)
        if gold.wikidata and qid and gold.wikidata == qid:
            return True
        names = self._names.get(key) or gold.folded_names()
        return not names.isdisjoint(_actor_names(actor))

    def matches_any(self, actor: Actor | None, keys: Sequence[str]) -> bool:
        return any(self.matches(actor, k) for k in keys)


def actor_matches_code(
    actor: Actor | None, country: str | None, role: str | None = None, *, use_role: bool = True
) -> bool:
    """CAMEO-style: the actor's ``country`` equals the gold code (its ``sector`` equal to the
    gold role where one is given and ``use_role``); for IGO / NGO / IMG its sector equal to
    the code, or without a country its kind, also counts."""
    if actor is None or not country:
        return False
    if actor.country == country:
        ok = True
    elif country in NON_STATE_KINDS:
        ok = actor.sector == country or (
            actor.country is None and actor.kind == NON_STATE_KINDS[country]
        )
    else:
        ok = False
    if ok and use_role and role:
        ok = actor.sector == role
    return ok


def one_to_one(
    n_system: int, n_gold: int, compatible: Callable[[int, int], bool],
    *, groups: Sequence[Sequence[int]] | None = None,
    preferred: Callable[[int, int], bool] | None = None,
) -> dict[int, int]:
    """A maximum matching between system items and gold items, as {gold index: system index}.

    Gold items are matched group by group (default: one group, in index order); augmenting
    paths never unmatch an item, so an earlier group (the required items) keeps the largest
    number of matches it can have. Within a group, pairs that are also ``preferred`` are
    tried first: this chooses which pairs are made, never how many."""
    edges = [[s for s in range(n_system) if compatible(s, g)] for g in range(n_gold)]
    strong = ([[s for s in e if preferred(s, g)] for g, e in enumerate(edges)]
              if preferred is not None else None)
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(g: int, seen: set[int], adj: list[list[int]]) -> bool:
        for s in adj[g]:
            if s in seen:
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen, adj):
                owner[s] = g
                return True
        return False

    for group in groups if groups is not None else [range(n_gold)]:
        for adj in (strong, edges) if strong is not None else (edges,):
            matched = set(owner.values())
            for g in group:
                if g not in matched and adj[g]:
                    augment(g, set(), adj)
    return {g: s for s, g in owner.items()}
