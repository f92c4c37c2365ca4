"""graph: the store; ingest, SPARQL, neighbourhoods, projections, exports."""

__all__: list[str] = []
