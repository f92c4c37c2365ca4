"""graph.exports: the writers behind ``graph.export.export`` (graph files, RDF, tables)."""

__all__: list[str] = []
