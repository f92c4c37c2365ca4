"""The example notebook runs from top to bottom in a real Jupyter kernel (nbclient)."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "qawl_tour.ipynb"


def test_tour_notebook_runs_top_to_bottom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # jupyter_core warns about its old data paths unless told to use platformdirs
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError naming the cell when one fails
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert errors == []
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if "image/png" in o.get("data", {})]
    assert len(images) == 2  # the stances over time and the neighbourhood
    work = tmp_path / "qawl-tour"
    for name in ("actors.gexf", "actors.graphml", "neighbourhood.gexf"):
        assert (work / name).stat().st_size > 500
    assert "قوات سوريا الديمقراطية" in (work / "actors.graphml").read_text(encoding="utf-8")
