"""``graph.serving``'s text functions that guard the endpoint: the SERVICE scan and the USING
rewrite of the protocol's update dataset (no server needed)."""

from __future__ import annotations

import pytest

from graph.errors import QuerySyntaxError
from graph.serving import service_endpoints, with_using


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT * WHERE { SERVICE <http://x/s> { ?s ?p ?o } }", ["http://x/s"]),
    ("select * where { service silent <http://x/s> { ?s ?p ?o } }", ["http://x/s"]),
    ("PREFIX r: <http://y/> SELECT * WHERE { SERVICE r:s { ?s ?p ?o } }", ["http://y/s"]),
    ("BASE <http://b/a/> SELECT * WHERE { SERVICE <../s> { ?s ?p ?o } }", ["http://b/s"]),
    ("SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }", [None]),
    ("SELECT * WHERE { SERVICE unknown:s { ?s ?p ?o } }", [None]),
    ("SELECT * WHERE { \\u0053ERVICE <http://x/s> { ?s ?p ?o } }", ["http://x/s"]),
    ("SELECT * WHERE { SERVICE <http://a/> { SERVICE <http://b/> { ?s ?p ?o } } }", ["http://a/", "http://b/"]),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x/s>" }', []),
    ("SELECT * WHERE { ?s ?p '''\nSERVICE <http://x/s>''' }", []),
    ("SELECT * WHERE { ?s <http://e/SERVICE> ?o } # SERVICE <http://x/s>", []),
    ("SELECT ?service WHERE { ?s ex:service ?service }", []),
])
def test_service_endpoints(query: str, expected: list) -> None:
    assert service_endpoints(query) == expected


def test_service_endpoints_resolve_relative_iris_against_the_base() -> None:
    assert service_endpoints("SELECT * WHERE { SERVICE <other> { } }", base_iri="http://h/sparql") == ["http://h/other"]


def test_with_using() -> None:
    update = "DROP ALL ; INSERT { ?s <p> ?o } WHERE { { SELECT * WHERE { ?s ?p ?o } } } ; DELETE WHERE { ?a ?b ?c }"
    out = with_using(update, using=["urn:d"], using_named=["urn:n"])
    assert out == ("DROP ALL ; INSERT { ?s <p> ?o } USING <urn:d> USING NAMED <urn:n> WHERE "
                   "{ { SELECT * WHERE { ?s ?p ?o } } } ; DELETE WHERE { ?a ?b ?c }")
    assert with_using(update) == update
    assert with_using("DELETE { ?s ?p 'WITH' } WHERE { ?s ?p ?o }", using=["urn:d"]).endswith(
        "USING <urn:d> WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("update", ["WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                    "DELETE { ?s ?p ?o } USING <urn:g> WHERE { ?s ?p ?o }"])
def test_with_using_refuses_a_second_dataset(update: str) -> None:
    with pytest.raises(QuerySyntaxError, match="own dataset"):
        with_using(update, using=["urn:d"])
