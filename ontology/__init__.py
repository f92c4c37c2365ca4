"""ontology: Extraction -> RDF triples; the vocabulary; SHACL shapes. Owns every IRI."""

__all__: list[str] = []
