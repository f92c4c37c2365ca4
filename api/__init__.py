"""api: adapters only, the FastAPI app and the `qawl` command line."""

__all__: list[str] = []
