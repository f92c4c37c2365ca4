"""SHACL validation of article graphs against ``data/shapes.ttl`` (pyshacl).

Owns ``validate(graph)``: the build calls it for every article graph (together with the
actor descriptions it uses) and stores only graphs that conform. ``ValidationReport`` keeps
the result and a short, one-line summary of the first violations for error messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from ontology.namespace import RDF, SH

__all__ = ["DATA_DIR", "ValidationReport", "shapes_graph", "validate"]

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    messages: tuple[str, ...] = ()
    text: str = ""

    def summary(self, *, limit: int = 3) -> str:
        """One line: how many violations and the first few of them."""
        if self.conforms:
            return "conforms"
        shown = "; ".join(self.messages[:limit])
        more = f" (+{len(self.messages) - limit} more)" if len(self.messages) > limit else ""
        return f"{len(self.messages)} SHACL violation(s): {shown}{more}"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(DATA_DIR / "shapes.ttl", format="turtle")


def validate(graph: Graph) -> ValidationReport:
    """Validate ``graph`` against the qawl shapes (no inference: the data must say it)."""
    from pyshacl import validate as shacl_validate

    if not graph.store.context_aware:  # pyshacl needs a context-aware store
        copy = Graph()
        copy += graph
        graph = copy
    conforms, results, text = shacl_validate(
        graph, shacl_graph=shapes_graph(), inference="none", advanced=False,
        allow_warnings=False,
    )
    messages = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        where = f"{focus}" + (f" {path.n3(results.namespace_manager)}" if path is not None else "")
        messages.append(f"{where}: {message}")
    return ValidationReport(conforms=bool(conforms), messages=tuple(sorted(messages)), text=text)
