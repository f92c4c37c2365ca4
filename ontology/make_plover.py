"""Regenerates ``data/plover.ttl`` from the PLOVER and CAMEO source files.

Owns the SKOS form of the event vocabularies: the 16 PLOVER categories (English definitions
from the PLOVER manual, CC BY-SA 4.0) grouped into its four quad classes, and the CAMEO
speech acts PLOVER leaves out (01 public statements, 02 appeals; labels from the CAMEO
codefile, MIT), which claims can carry. Arabic labels are the project's own translations.

Run once by a maintainer: ``python -m ontology.make_plover SOURCE_DIR [OUT]``, where
SOURCE_DIR holds ``plover_ontology_extracted.json`` and ``CAMEO_codefile.txt``. Nothing
reads the source files at run time; the package ships the generated Turtle.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from ontology.namespace import CAMEO, PLOVER

__all__ = ["build_plover_graph", "main"]

PLOVER_AR: dict[str, str] = {
    "AGREE": "اتفاق", "CONSULT": "تشاور", "SUPPORT": "دعم", "CONCEDE": "تنازل",
    "COOPERATE": "تعاون", "AID": "مساعدة", "RETREAT": "انسحاب", "REQUEST": "طلب",
    "ACCUSE": "اتهام", "REJECT": "رفض", "THREATEN": "تهديد", "PROTEST": "احتجاج",
    "SANCTION": "عقوبات", "MOBILIZE": "حشد", "COERCE": "إكراه", "ASSAULT": "اعتداء",
}
QUADS: dict[str, tuple[URIRef, str, str]] = {
    "VERBAL COOPERATION": (PLOVER.VerbalCooperation, "verbal cooperation", "تعاون لفظي"),
    "MATERIAL COOPERATION": (PLOVER.MaterialCooperation, "material cooperation", "تعاون مادي"),
    "VERBAL CONFLICT": (PLOVER.VerbalConflict, "verbal conflict", "نزاع لفظي"),
    "MATERIAL CONFLICT": (PLOVER.MaterialConflict, "material conflict", "نزاع مادي"),
}
CAMEO_AR: dict[str, str] = {
    "01": "الإدلاء بتصريح علني", "02": "المناشدة",
    "010": "أدلى بتصريح", "011": "رفض التعليق", "012": "أدلى بتعليق متشائم",
    "013": "أدلى بتعليق متفائل", "014": "درس خيارًا سياسيًا", "015": "أقرّ بالمسؤولية أو تبنّاها",
    "016": "نفى المسؤولية", "017": "قام بعمل رمزي", "018": "أدلى بتعليق متعاطف",
    "019": "عبّر عن التوافق",
    "020": "وجّه مناشدة أو طلبًا", "021": "ناشد التعاون المادي", "0211": "ناشد التعاون الاقتصادي",
    "0212": "ناشد التعاون العسكري", "0213": "ناشد التعاون القضائي",
    "0214": "ناشد التعاون الاستخباراتي", "022": "ناشد التعاون الدبلوماسي",
    "023": "ناشد تقديم المساعدة", "0231": "ناشد تقديم مساعدة اقتصادية",
    "0232": "ناشد تقديم مساعدة عسكرية", "0233": "ناشد تقديم مساعدة إنسانية",
    "0234": "ناشد توفير الحماية العسكرية أو حفظ السلام", "024": "ناشد إجراء إصلاح سياسي",
    "0241": "ناشد تغيير القيادة", "0242": "ناشد تغيير السياسات", "0243": "ناشد منح الحقوق",
    "0244": "ناشد تغيير المؤسسات أو النظام", "025": "ناشد الطرف الآخر التراجع",
    "0251": "ناشد تخفيف العقوبات الإدارية", "0252": "ناشد تهدئة الاحتجاج الشعبي",
    "0253": "ناشد الإفراج عن أشخاص أو ممتلكات",
    "0254": "ناشد تخفيف العقوبات الاقتصادية أو المقاطعة أو الحظر",
    "0255": "ناشد السماح بتدخل دولي", "0256": "ناشد خفض التصعيد العسكري",
    "026": "ناشد الآخرين الاجتماع أو التفاوض", "027": "ناشد الآخرين تسوية النزاع",
    "028": "ناشد قبول الوساطة",
}
CAMEO_TOP_EN = {"01": "Make public statement", "02": "Appeal"}
_LABEL = re.compile(r"^LABEL:\s*(0[12]\d{1,2})=\s*(.+?)\s*$")
PLOVER_LICENSE = URIRef("https://creativecommons.org/licenses/by-sa/4.0/")
CAMEO_LICENSE = URIRef("https://opensource.org/licenses/MIT")


def build_plover_graph(source_dir: Path) -> Graph:
    """The PLOVER and CAMEO-speech-act SKOS schemes as one rdflib graph."""
    data = json.loads((source_dir / "plover_ontology_extracted.json").read_text(encoding="utf-8"))
    g = Graph()
    g.bind("plover", PLOVER._NS)
    g.bind("cameo", CAMEO)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    scheme = PLOVER.scheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("PLOVER event categories", lang="en")))
    g.add((scheme, SKOS.prefLabel, Literal("فئات أحداث PLOVER", lang="ar")))
    g.add((scheme, DCTERMS.source, Literal(data["source"])))
    g.add((scheme, DCTERMS.license, PLOVER_LICENSE))
    g.add((scheme, DCTERMS.rights, Literal(
        "PLOVER definitions (skos:definition) reproduced from the PLOVER manual by the Open Event "
        "Data Alliance (openeventdata/PLOVER), CC BY-SA 4.0; this file is shared under the same "
        "licence. Arabic labels are qawl's translations.", lang="en")))
    for quad, (iri, en, ar) in QUADS.items():
        g.add((iri, RDF.type, SKOS.Collection))
        g.add((iri, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((iri, SKOS.prefLabel, Literal(ar, lang="ar")))
        g.add((iri, SKOS.notation, Literal(quad)))
    for cat in data["categories"]:
        name = cat["category"]
        c = PLOVER[name]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.topConceptOf, scheme))
        g.add((scheme, SKOS.hasTopConcept, c))
        g.add((c, SKOS.notation, Literal(name)))
        g.add((c, SKOS.prefLabel, Literal(name.lower(), lang="en")))
        g.add((c, SKOS.prefLabel, Literal(PLOVER_AR[name], lang="ar")))
        g.add((c, SKOS.definition, Literal(cat["definition"], lang="en")))
        g.add((QUADS[cat["quad"]][0], SKOS.member, c))
    _add_cameo(g, source_dir / "CAMEO_codefile.txt")
    return g


def _add_cameo(g: Graph, codefile: Path) -> None:
    labels: dict[str, str] = {}
    for line in codefile.read_text(encoding="utf-8").splitlines():
        m = _LABEL.match(line)
        if m:
            labels[m.group(1)] = m.group(2)  # a later line corrects an earlier typo (018)
    labels["018"] = labels["018"].replace("commment", "comment")
    scheme = CAMEO.scheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("CAMEO speech acts left out of PLOVER", lang="en")))
    g.add((scheme, SKOS.prefLabel, Literal("أفعال القول في CAMEO خارج PLOVER", lang="ar")))
    g.add((scheme, DCTERMS.source, Literal("openeventdata/text_to_CAMEO CAMEO_codefile.txt (CAMEO 0.7b5)")))
    g.add((scheme, DCTERMS.license, CAMEO_LICENSE))
    for code, en in {**CAMEO_TOP_EN, **labels}.items():
        c = CAMEO[code]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.notation, Literal(code)))
        g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((c, SKOS.prefLabel, Literal(CAMEO_AR[code], lang="ar")))
        if len(code) == 2:
            g.add((c, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, c))
        else:
            g.add((c, SKOS.broader, CAMEO[code[:-1] if len(code) == 4 else code[:2]]))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[1]) if len(args) > 1 else Path(__file__).parent / "data" / "plover.ttl"
    g = build_plover_graph(Path(args[0]))
    header = ("# PLOVER event categories and CAMEO speech acts as SKOS. Generated by\n"
              "# ontology/make_plover.py. PLOVER definitions: (c) Open Event Data Alliance,\n"
              "# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is\n"
              "# shared under the same licence. CAMEO labels: text_to_CAMEO, MIT.\n")
    out.write_text(header + g.serialize(format="turtle"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
