"""Unnamed sources: «مصدر عسكري»، «مصادر محلية»، «ناشطون»، «شهود عيان»، «مسؤول تركي»، «مراسل عنب بلدي».

Owns ``SourceMixin``, the part of the actor scanner (``extract.ar.actors``) that reads a source noun
of ``data/patterns/sources.ar.tsv`` and the words after it, and makes the actor it names, so that
the claims such sources make in Syrian-war reporting have a speaker:

- a **noun** (مصدر، مصادر، مسؤول، ناشطون، شهود عيان) followed by **modifiers** in any order
  (عسكري، أمنية، محلية، مطلع، خاصة، مقربة من X), a **nationality** adjective (تركي، الإسرائيلية) and/or
  a **body** it belongs to (في هيئة تحرير الشام، في الحكومة التركية). Kind: ``person`` for a
  singular noun, ``group`` for a plural one. Sector: the first modifier's that has one (عسكري MIL,
  أمني GOV, إعلامي MED), else the body's, else the noun's own (مسؤول GOV); محلي and the like leave
  it null. A word the agents table lists (السكان، الأهالي: the generic civilians of
  ``patterns/agents.ar.tsv``, who may also hold a protest) stays that table's; the other forms of
  residents (قال سكان، أفاد أهالي) are sources;
- with a nationality or a body the source is that country's or that body's, with a shared id that
  names them (``x-turkey-official`` "Turkey official", ``x-israel-military-source``, ``x-hayat-
  tahrir-al-sham-official``), the way CAMEO codes actors by country and sector; without either it
  names nobody in particular and is flagged generic, so that ``extract.scope`` gives it its article's
  id and label ("local sources (article X)"): two articles citing «مصادر محلية» are two actors;
- modifiers may be coordinated (مصادر أمنية وطبية، مصادر أمنية وأخرى طبية: "security and medical
  sources"); an anonymity formula is one (مسؤول، طلب عدم الكشف عن اسمه، : "anonymous official");
  after في a body the gazetteer does not know, or a place, is part of the description (مصدر في
  الشرطة، مصادر في وزارة الداخلية الأفغانية), and a nationality in it ties the source to its state;
- a noun whose row says ``alone = no`` (مصدر، مسؤول: «مصدر قلق»، «المسؤول عن») is a source only with a
  modifier, nationality or body after it, or right after a reporting cue (قال مصدر، وأفادت مصادر بأن);
- a **reporter** (مراسل، مراسلة) followed by a media outlet of the gazetteer (مراسل عنب بلدي) is a
  mention of the outlet itself: the correspondent reports for it, as «المتحدث باسم X» without a name
  speaks for X; a correspondent of no named outlet is a generic one (sector MED) where a bare
  noun may be a source.
Every such actor is flagged ``source`` (``ActorRec.source``): it reports, so the stance component
never makes it the holder of the deeds it reports (only of its own speech act: نفى مصدر …).
Labels are English: reversed Arabic modifier order ("مصدر عسكري مطلع" -> "informed military
source"), singular nouns for country- and body-tied sources (as in the English extractor).
"""

from __future__ import annotations


from extract.ar.doc import ActorRec
from extract.ar.lexicon import SourceWord
from extract.arabic import norm_word, proclitic_variants
from extract.gazetteer import strip_al
from extract.scope import slug

__all__ = ["SourceMixin"]

MAX_AFTER = 5  # words (modifiers, nationality, body) read after the noun
MAX_PHRASE = 4  # words of an unnamed body or place after في (مصدر في وزارة الداخلية الأفغانية)
COMMA = {"،", ","}
ANONYMOUS = "anonymous"  # the label of the anonymity formulas (طلب عدم الكشف عن اسمه)
ORG_BODY = {"organization", "armed_group", "igo"}
# prepositions whose object is no speaker; عن is not one (نقلت الصحيفة عن مصدر عسكري قوله)
OBJECT_PREPS = {norm_word(w) for w in ("من", "في", "على", "إلى", "مع", "ضد", "بين", "لدى")}
ANOTHER = {norm_word(w) for w in ("وأخرى", "وآخرون", "وآخرين", "وأخريات")}
_PLURAL = {"official": "officials", "source": "sources", "activist": "activists",
           "eyewitness": "eyewitnesses", "correspondent": "correspondents"}
_SINGULAR = {v: k for k, v in _PLURAL.items()}


class SourceMixin:
    """Unnamed-source resolution for the actor scanner (see the module docstring)."""

    def source_words(self, k: int, classes: tuple[str, ...]) -> tuple[int, int, SourceWord] | None:
        """The longest row of ``classes`` at token ``k``: (end, clitic letters cut, row)."""
        if k >= self.n:
            return None
        best = None
        for stem, cut in proclitic_variants(self.norm(k)):
            for row in self.lex.sources.get(stem, ()):
                if row.cls not in classes:
                    continue
                j = self._follow(k + 1, row.words[1:])
                if j is not None and (best is None or j > best[0]):
                    best = (j, cut, row)
        return best

    def _after_cue(self, i: int) -> bool:
        """Is the word before ``i`` a reporting cue (قال مصدر، وأفادت مصادر)?"""
        return i > 0 and self.same_sent(i - 1, i) and self.lex.cue_at(self.norm(i - 1)) is not None

    def source_mention(self, i: int) -> int | None:
        """A source noun at ``i`` and what follows it: adds the mention, returns its token end."""
        hit = self.source_words(i, ("noun", "reporter"))
        if hit is None:
            return None
        j, cut, noun = hit
        if any(self.lex.agents.get(stem) for stem, _ in proclitic_variants(self.norm(i))):
            return None  # السكان، الأهالي: the generic agents of patterns/agents.ar.tsv
        if cut and self.norm(i)[cut - 1] in "بلك" and not self.norm(i).startswith(("ال", "وال", "فال")):
            return None  # "لمصادر", "بمسؤولين": governed by a preposition, and no article: an object
        if i > 0 and self.same_sent(i - 1, i) and self.norm(i - 1) in OBJECT_PREPS:
            return None  # "من مصدر مستقل", "التقى … مع مسؤولين": an object (but عن مصدر: a relayed source)
        if noun.cls == "reporter":
            nm = self.match_name(j) if j < self.n and self.same_sent(i, j) else None
            if nm and nm[2] is not None and nm[2].entry.kind == "media" and nm[1] == 0:
                key = self.use(nm[2].entry)
                self._add(i, nm[0], cut, key, "reporter")
                return nm[0]
        mods: list[list[SourceWord]] = []  # groups of coordinated modifiers (أمنية وطبية)
        close: str | None = None
        state = body = None
        placed = False  # an unnamed body or place was read after في
        k = j
        while k < self.n and k - j < MAX_AFTER and self.same_sent(i, k):
            w = self.norm(k)
            if w in COMMA:
                # "قال مسؤول، طلب عدم الكشف عن اسمه، إن": an anonymity formula between commas
                got = self.source_words(k + 1, ("modifier",))
                if got is not None and got[1] == 0 and got[2].label == ANONYMOUS:
                    mods.append([got[2]])
                    k = got[0]
                    continue
                break
            if mods and w in ANOTHER:
                k += 1  # "مصادر أمنية وأخرى طبية": the other sources are of the same noun
                got = self.source_words(k, ("modifier",))
                if got is None or got[1] != 0:
                    break
                mods[-1].append(got[2])
                k = got[0]
                continue
            if not (placed or body or state or mods) and k == j and w.startswith("ال") \
                    and self.match_name(k) is None:
                # "مصادر الوفد اللبناني": a noun in construct with the source names its body
                end = self.described(k, i)
                if end is not None:
                    state = self._state_in(k, end)
                    k, placed = end, True
                    continue
            if not (placed or body or state) and w[0] == "ب" and len(w) > 3 \
                    and self.source_words(k, ("modifier",)) is None:
                # "مصدر بشرطة محافظة بابل", "مسؤول بالخارجية الأمريكية": the preposition joined
                found = self.body_at(k)
                if found is not None:
                    k, body = found
                    continue
                end = self.described(k, i, joined=True)
                if end is not None:
                    state = self._state_in(k, end)
                    k, placed = end, True
                    continue
            got = self.source_words(k, ("modifier", "close", "member"))
            if got is not None and got[1] > 0 and got[2].cls == "modifier" and mods and w[0] == "و":
                mods[-1].append(got[2])  # "مصادر أمنية وطبية": coordinated modifiers
                k = got[0]
                continue
            row = got[2] if got is not None and got[1] == 0 else None
            if row is not None and row.cls == "modifier":
                mods.append([row])
                k = got[0]
                continue
            if row is not None and row.cls == "close" and close is None:
                nm = self.match_name(got[0]) if got[0] < self.n else None
                if nm is None:
                    break
                rec_label = nm[2].entry.label if nm[2] is not None else self.doc.actors[nm[3]].label
                close = rec_label
                k = nm[0]
                continue
            if row is not None and row.cls == "member" and body is None and state is None \
                    and not placed:
                found = self.body_at(got[0])
                if found is not None:
                    k, body = found
                    continue
                # "مصدر في الشرطة", "مصادر في وزارة الداخلية الأفغانية": an unnamed body or place
                end = self.described(got[0], i)
                if end is None:
                    break
                state = self._state_in(got[0], end)
                k, placed = end, True
                continue
            nm = self.match_name(k)
            if state is None and body is None and nm and nm[2] is not None \
                    and nm[2].how == "demonym" and nm[1] == 0 and nm[2].entry.kind == "state":
                state = nm[2].entry
                k = nm[0]
                continue
            break
        named = state is not None or body is not None
        if not (named or mods or close or noun.alone or self._after_cue(i)):
            return None
        key = self._source_actor(i, k, cut, noun, mods, close, state, body)
        self._add(i, k, cut, key, "source")
        return k

    def described(self, k: int, i: int, *, joined: bool = False) -> int | None:
        """End of a short definite phrase at ``k`` naming an unnamed body (الشرطة، وزارة الداخلية
        الأفغانية، شرطة محافظة بابل), ending in a definite word or a known name; None if there is
        none, or if it names a place (في صعدة، في العاصمة إسلام آباد): where the source is stays
        outside its mention, for the event frames that locate what it reports."""
        end = None
        t = k
        while t < self.n and t - k < MAX_PHRASE and self.same_sent(i, t):
            w = self.norm(t)
            if joined and t == k:
                w = w[1:]  # بشرطة: the word after its joined ب
            if not w.isalpha() or self.lex.cue_at(w) is not None or self.lex.is_("stop", w) \
                    or any(self.lex.is_("comp", v) for v, _ in proclitic_variants(w)) \
                    or (t > k and w.startswith(("بال", "كال", "لل"))):
                break  # (بالإصلاحات: a preposition's object opens what the source says)
            nm = self.match_name(t)
            if nm is not None and joined and t == k and nm[1] == 0:
                nm = None  # (the word itself, not a name behind its ب)
            if nm is not None:
                if nm[2] is not None and nm[2].entry.kind == "state" and nm[2].how != "demonym" \
                        and not (joined and t > k):
                    return None  # a state or its capital: a place
                t = nm[0]
                end = t
                continue
            if strip_al(w) in self.lex.places and not (joined and t > k):
                return None  # (but شرطة محافظة بابل: a body named after its place)
            if w.startswith("ال") or (joined and t > k and strip_al(w) in self.lex.places):
                end = t + 1  # (بشرطة محافظة بابل: the indefinite words before are in construct)
            t += 1
        return end

    def _state_in(self, k: int, end: int):
        """The state of the first nationality adjective in ``k:end`` (الداخلية الأفغانية), or None."""
        t = k
        while t < end:
            nm = self.match_name(t)
            if nm is None:
                t += 1
                continue
            ref = nm[2]
            if ref is not None and ref.how == "demonym" and nm[1] == 0 and ref.entry.kind == "state":
                return ref.entry
            t = max(nm[0], t + 1)
        return None

    def body_at(self, k: int):
        """(end, entry) of a named body at ``k``: a gazetteer organisation, armed group or IGO,
        or an institution noun with a demonym (الحكومة التركية: the state)."""
        if k >= self.n:
            return None
        nm = self.match_name(k)
        if nm and nm[2] is not None and nm[1] == 0 and nm[2].entry.kind in ORG_BODY:
            return nm[0], nm[2].entry
        inst = self.institution_at(k)
        if inst is not None and (nm is None or inst[0] > nm[0]):
            return inst[0], inst[2]
        return None

    def _source_actor(self, i: int, k: int, cut: int, noun: SourceWord, mods: list[list[SourceWord]],
                      close: str | None, state, body) -> str:
        words = [" and ".join(m.label for m in group) for group in reversed(mods)]
        flat = [m for group in mods for m in group]
        sector = next((m.sector for m in flat if m.sector), None) \
            or (body.sector if body is not None else None) or noun.sector
        kind = "person" if noun.number == "sg" else "group"
        owner = body if body is not None else state
        if owner is not None:
            singular = _SINGULAR.get(noun.label, noun.label)
            label = " ".join([owner.label, *words, singular])
        else:
            label = " ".join([*words, noun.label])
            if close:
                label += f" close to {close}"
        key = "x-" + slug(label)
        if key not in self.doc.actors:
            ar = self.doc.text[self.start_at(i, cut):self.toks[k - 1].end]
            self.doc.actors[key] = ActorRec(
                key, label, kind, {"ar": ar, "en": label}, None,
                owner.country if owner is not None else None, sector,
                generic=owner is None, source=True)
        return key
