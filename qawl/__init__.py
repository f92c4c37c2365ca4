"""qawl: the notebook entry point, re-exported so users can ``import qawl``.

    from qawl import Qawl
    q = Qawl.open("store/")          # see graph.notebook for everything it offers
"""

from graph.notebook import Qawl

__all__ = ["Qawl"]
