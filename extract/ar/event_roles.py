"""Holders and targets of Arabic attacks and protests: who did it, and at whom it was aimed.

Owns ``Roles``, the layer of the event-frame builder (``extract.ar.events``) that chooses actors,
over the sense checks of ``extract.ar.event_senses``:
- **localisation**: a generic agent without a country (مسلحون، المتظاهرون، المدنيين) acting or hit
  where the sentence's event happens becomes that country's (``x-irq-gunmen``);
- **doers**: a nationality adjective on an attack (غارة إسرائيلية) is that state's forces; an armed
  agent of the sentence (مسلحون، انتحاري, a named armed group) not aimed at, or the group it
  belongs to (مسلحون من حركة …); a state force standing before the attack as its subject; for
  a known (definite) attack neither its own adjective (التفجير الانتحاري) nor a state force
  named before it (قائد الجيش … الجرحى في التفجير): its doer is named in its own clause;
- **crowds**: a protest's holder is its crowd, never a state named as its place or by its capital
  (في الخرطوم خرجت مظاهرة) nor the police dispersing it; a crowd of a nationality is that
  state's protesters;
- **targets**: the actor named after an aim word (استهدف، مستهدفة، ضد، احتجاجا على; markers
  ``aim``; not a place after في, not على أيدي), else the victims (المدنيين، جنود، للجيش العراقي;
  armed men when a state's forces attack), else the people of the place for an attack with
  casualties (``x-irq-civilians``), else the state where it happens; a protest with no place is
  against its crowd's own state.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.ar.doc import ActorRec, Mention
from extract.ar.event_senses import ARMED, LOC_PREPS, UNNAMED, VICTIMS, Senses
from extract.ar.event_senses import slug as _slug

if TYPE_CHECKING:
    from extract.ar.stances import _Stances
    from extract.model import Stance

__all__ = ["CROWD", "Roles"]

CROWD = {"CVL", "OPP"}
STATE_FORCES = {"MIL", "GOV"}  # a doer of these sectors fights armed men: they are its victims
CIVILIANS = "civilians"  # the label of the generic agent المدنيين (patterns/agents.ar.tsv)
SECURITY = {"MIL", "GOV"}  # sectors of a holder that is no protesting crowd unless a person
AIM_REACH = 10  # تظاهر الآلاف … في القاهرة احتجاجا على: how far after the trigger its aim word may stand
AIM_OBJECT = 4  # مستهدفة دورية للقوات الأميركية: how far after the aim word its object
AIM_PREPS = {"علي", "ضد"}  # هجوم على، احتجاجا على، مظاهرة ضد: right after the trigger
HANDS = {"ايدي", "يد", "يدي"}  # على أيدي مسلحين: by the hands of, the doers


class Roles(Senses):
    """Per document: the actors an attack or protest is done by and aimed at."""

    def __init__(self, st: _Stances) -> None:
        super().__init__(st)
        self.starts = [t.start for t in self.doc.toks]

    def localise(self, key: str | None, iso: str | None) -> str | None:
        """A country-less generic agent (or unnamed doer) acting in ``iso`` becomes that country's."""
        if key is None or iso is None or not self.is_agent(key):
            return key
        rec = self.doc.actors[key]
        state = self.doc.gaz.state(iso)
        if state is None:
            return key
        new = f"x-{iso.lower()}-{_slug(rec.label)}"
        if new not in self.doc.actors:
            labels = {"en": f"{state.label} {rec.label}"}
            if "ar" in rec.labels:
                labels["ar"] = rec.labels["ar"]
            self.doc.actors[new] = ActorRec(new, labels["en"], rec.kind, labels, None, iso,
                                            rec.sector, rec.role)
        return new

    def place_state(self, iso: str | None, holder: str) -> str | None:
        """The state where an attack happens, as its target (unless it is the doer itself)."""
        state = self.doc.gaz.state(iso)
        if state is None or state.id == holder:
            return None
        self.doc.actors.setdefault(state.id, ActorRec(
            state.id, state.label, state.kind, dict(state.labels), state.wikidata,
            state.country, state.sector, state.role))
        return state.id

    def aimed(self, i: int, end: int, s0: int, s1: int, holder: str | None) -> Mention | None:
        """The actor an attack or protest is aimed at: named right after an aim word (استهدف،
        مستهدفة، ضد، تنديدا ب; markers ``aim``) standing in or a few words after the trigger, or
        after على / ضد right after it (هجوم على، احتجاجا على); a place (في بغداد) is no aim."""
        hi = min(s1, end + AIM_REACH)
        marks = [k for k in range(i, hi) if self.has("aim", k, k + 1)]
        for k in (end - 1, end):
            if s0 <= k < s1 and self.st.norm(k) in AIM_PREPS and k not in marks \
                    and not (k + 1 < s1 and self.st.norm(k + 1) in HANDS):
                marks.append(k)  # على أيدي مسلحين: the doers, no aim
        for k in sorted(marks):
            for m in self.doc.mentions_in(k + 1, min(s1, k + 1 + AIM_OBJECT)):
                if m.key == holder or self.placed(m.start):
                    continue
                return m
        return None

    def aimed_at(self, m: Mention) -> bool:
        """A mention right after an aim word (ضد مقاتلين، مستهدفة المسلحين): a target, no doer."""
        k = m.t0 - 1
        return k >= 0 and (self.st.norm(k) in AIM_PREPS or self.has("aim", k, m.t0))

    def placed(self, start: int) -> bool:
        """A mention starting at ``start`` is a place (في القاهرة): the token before is في."""
        t = self.tok_of_char(start)
        return t > 0 and self.st.norm(t - 1) in LOC_PREPS

    def victim(self, ms: list[Mention], holder_m: Mention | None, holder: str) -> Mention | None:
        """The victims named in the sentence: a generic agent of the victim sectors (المدنيين،
        جنود), also one of a named state (للجيش العراقي، القوات الأميركية), not the doer."""
        rec = self.doc.actors.get(holder)
        hit = VICTIMS | ARMED if rec is not None and rec.sector in STATE_FORCES else VICTIMS
        return next((m for m in ms if m is not holder_m and m.key != holder
                     and self.sector(m) in hit
                     and (self.is_agent(m.key) or self.is_state_agent(m.key))), None)

    def place_target(self, typ: str, iso: str | None, holder: str, i: int, end: int, s0: int,
                     s1: int) -> str | None:
        """The target of an event whose victims are not named: for an attack with casualties
        (مقتل، بجروح: markers ``outcome``) the people of the place (``x-irq-civilians``), else
        the state where it happens."""
        if typ == "ASSAULT" and iso is not None and self.concrete_outcome(i, end, s0, s1):
            key = f"x-{_slug(CIVILIANS)}"
            if key not in self.doc.actors:
                self.doc.actors[key] = ActorRec(key, CIVILIANS, "group", {"en": CIVILIANS},
                                                None, None, "CVL", generic=True)
            people = self.localise(key, iso)
            if people != key and people != holder:
                return people
        rec = self.doc.actors.get(holder)
        if typ == "PROTEST" and iso is None and rec is not None and rec.kind != "state":
            iso = rec.country  # الإندونيسيون تجمعوا أمام البرلمان: their own state, no place named
        return self.place_state(iso, holder)

    def unnamed(self, typ: str) -> str:
        label, sector = UNNAMED[typ]
        key = f"x-{_slug(label)}"
        if key not in self.doc.actors:
            self.doc.actors[key] = ActorRec(key, label, "group", {"en": label}, None, None, sector,
                                            generic=True)  # the article's own (extract.scope)
        return key

    def sector(self, m: Mention) -> str | None:
        return self.doc.actors[m.key].sector

    def crowd_holder(self, s: Stance) -> bool:
        """Whether a protest's holder may be its crowd: not a state named as a place or by its
        capital (مظاهرة في السودان، في الخرطوم), nor a security force (الشرطة، قوات الأمن)."""
        rec = self.doc.actors.get(s.holder)
        if rec is None:
            return True
        if rec.sector in SECURITY and (self.is_agent(s.holder) or self.is_state_agent(s.holder)):
            return False
        if rec.kind != "state" or s.holder_mention is None:
            return True
        m = self.doc.mention_at.get(self.tok_of_char(s.holder_mention.start))
        return m is None or m.how not in ("name", "metonym")

    def people(self, m: Mention | None) -> bool:
        """A protest's holder named by a nationality (الفلسطينيين، أفغان): its people protest."""
        return m is not None and m.how == "demonym" and self.doc.actors[m.key].kind == "state"

    def crowd_in(self, s0: int, s1: int) -> Mention | None:
        """The first crowd the sentence names (المتظاهرين، سكان، الآلاف من الفلسطينيين)."""
        return next((m for m in self.doc.mentions_in(s0, s1) if self.is_crowd(m)), None)

    def is_crowd(self, m: Mention, *, near: bool = False) -> bool:
        rec = self.doc.actors[m.key]
        if rec.source:
            return False  # an unnamed source (مصادر محلية) tells of the protest, it is no crowd
        if rec.kind == "group" and (rec.sector in CROWD or rec.sector is None):
            return True  # protesters, residents, or a community (المتظاهرون المسلمون)
        if near and ((m.how == "demonym" and rec.kind == "state")
                     or (rec.kind == "organization" and rec.sector in ("PTY", "OPP"))):
            return True
        # a plural demonym: الآلاف من الفلسطينيين
        tok = self.st.norm(m.t1 - 1)
        return m.how == "demonym" and rec.kind == "state" and tok.endswith(("يين", "يون"))

    def doer(self, i: int, end: int, s0: int, s1: int, ms: list[Mention], *,
             strong: bool = False, subject: bool = True) -> Mention | None:
        """Who did an attack named without a subject: an adjective of nationality right after it
        (ضربة جوية أميركية), an armed agent of the sentence (مسلحون، انتحاري, a named armed
        group), or a state force standing before it as its subject (القوات الأميركية … غارة)."""
        for m in self.doc.mentions_in(end, min(s1, end + 2)):
            if m.how == "demonym" and self.doc.actors[m.key].kind == "state" and m.t0 <= end + 1:
                return m
        if strong:
            return None  # only a nationality adjective on the attack itself is sure enough
        for m in ms:
            rec = self.doc.actors[m.key]
            if not subject and (i <= m.t0 < end or (m.t0 < i and rec.country is not None
                                                   and rec.sector in ("MIL", "GOV"))):
                # a known attack (التفجير الانتحاري) is not done by its own adjective, nor by a
                # state's forces named before it as another verb's subject (كرمت قيادة الجيش …
                # الشهداء الذين سقطوا في التفجير)
                continue
            if ((rec.sector in ARMED and self.is_agent(m.key)) or rec.kind == "armed_group") \
                    and not self.aimed_at(m) and not rec.source:
                return self.member_of(m, s1) or m
        if not subject:
            return None
        for m in reversed(self.doc.mentions_in(s0, i)):
            rec = self.doc.actors[m.key]
            if rec.country and rec.sector in ("MIL", "GOV") and rec.kind != "person" \
                    and not rec.source \
                    and not self.st.governed(m, s0) and not self.has("outcome", max(s0, m.t0 - 2), m.t0):
                return m
        return None

    def member_of(self, m: Mention, s1: int) -> Mention | None:
        """The group a generic agent belongs to (مهاجم انتحاري من حركة …، مسلحون من تنظيم …)."""
        if not self.is_agent(m.key) or m.t1 + 1 >= s1 or self.st.norm(m.t1) != "من":
            return None
        g = self.doc.mention_at.get(m.t1 + 1)
        if g is None or g.t0 != m.t1 + 1:
            return None
        rec = self.doc.actors[g.key]
        return g if rec.kind == "armed_group" or rec.sector == "REB" else None

    def force(self, state_key: str) -> str:
        """The armed forces of a state named by an adjective (غارة إسرائيلية)."""
        rec = self.doc.actors[state_key]
        key = f"x-{(rec.country or '').lower()}-military"
        if key not in self.doc.actors:
            label = f"{rec.label} military"
            self.doc.actors[key] = ActorRec(key, label, "organization", {"en": label}, None,
                                            rec.country, "MIL")
        return key

    def tok_of_char(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def recast(self, s: Stance, t: int, t1: int, s0: int, s1: int, iso: str | None) -> Stance:
        """The holder and target of an attack or protest the trigger pass found, for where it
        happens (``iso``): a crowd for a protest's place or police, a state's forces for its
        nationality adjective, its people for a crowd of that nationality, the aimed-at actor,
        the victims, else the place."""
        if s.type == "PROTEST" and not self.crowd_holder(s):
            # في الخرطوم خرجت مظاهرة، فرقت الشرطة مظاهرة: a place or the police is no crowd
            crowd = self.crowd_in(s0, s1)
            s = replace(s, holder=crowd.key if crowd else self.unnamed("PROTEST"),
                        holder_mention=self.st.mspan(crowd))
            if s.target == s.holder:
                s = replace(s, target=None, target_mention=None)
        holder = self.localise(s.holder, iso)
        hm = self.doc.mention_at.get(self.tok_of_char(s.holder_mention.start)) \
            if s.holder_mention is not None else None
        if s.type == "ASSAULT" and self.people(hm) and hm.t0 > s0 \
                and (self.has("weapon", hm.t0 - 1, hm.t0) or t <= hm.t0 - 1 < t1):
            holder = self.force(s.holder)  # أصاب صاروخ إسرائيلي، غارة أميركية: its forces
        if s.type == "PROTEST" and self.people(hm):
            # تظاهر آلاف الفلسطينيين: the people of a state, its civilians, not its government
            holder = self.localise(self.unnamed("PROTEST"), self.doc.actors[s.holder].country)
        target = self.localise(s.target, iso)
        placed = s.target_mention is not None and self.placed(s.target_mention.start)
        aim = self.aimed(t, t1, s0, s1, s.holder) if target is None or placed else None
        if aim is None and target is None and s.type == "ASSAULT":
            aim = self.victim(self.doc.mentions_in(s0, s1), None, s.holder)
        if aim is not None:
            target = self.localise(aim.key, iso)
            s = replace(s, target_mention=self.st.mspan(aim))
        if target is None:  # an attack hits where it happens, a protest its government
            target = self.place_target(s.type, iso, holder, t, t1, s0, s1)
        if holder != s.holder or target != s.target:
            s = replace(s, holder=holder, target=target)
        return s
