"""qawl: the notebook entry point, re-exported so users can `import qawl`."""

__all__: list[str] = []
