"""The page at ``/`` in headless Chromium (Debian's ``chromium``), driven over the Chrome DevTools
Protocol with ``websocket-client``: search an actor in Arabic, check its neighbours are drawn,
click an edge with the mouse, read its evidence, and run an example query in the SPARQL editor.

Screenshots go to ``test-output/page-neighbourhood.png`` and ``test-output/page-sparql.png``.
"""

from __future__ import annotations

import base64
import itertools
import json
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from api.page import VENDOR

websocket = pytest.importorskip("websocket", reason="websocket-client is not installed (a test dependency)")

CHROMIUM = Path("/usr/bin/chromium")
OUT = Path(__file__).resolve().parents[2] / "test-output"

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)"),
    pytest.mark.skipif(not all(p.exists() for p in VENDOR.values()),
                       reason="the page's npm libraries are not installed (make setup runs npm ci in api/web)"),
]


class Browser:
    """One headless Chromium page over CDP."""

    def __init__(self, profile: Path) -> None:
        self.process = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={profile}", "--remote-debugging-port=0", "--window-size=1400,1000",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                pytest.fail("chromium did not open its DevTools port within 30 s")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        pages = [t for t in httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json() if t["type"] == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)
        self.errors: list[str] = []
        self.send("Page.enable")
        self.send("Runtime.enable")

    def send(self, method: str, **params):
        mid = next(self.ids)
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("method") == "Runtime.exceptionThrown":
                self.errors.append(message["params"]["exceptionDetails"].get("text", "exception"))
            if message.get("id") == mid:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message["result"]

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"not true within {timeout:g} s: {expression}")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def click_element(self, selector: str) -> None:
        x, y = self.js(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                       " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        self.click(x, y)

    def type(self, text: str) -> None:
        self.send("Input.insertText", text=text)

    def enter(self) -> None:
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                      windowsVirtualKeyCode=13, **({"text": "\r"} if kind == "keyDown" else {}))

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        if getattr(self, "ws", None) is not None:
            self.ws.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def _edge(source: str, target: str, label: str) -> str:
    """JavaScript for the drawn edge ``source -label-> target``."""
    return (f"cy.edges().filter(e => e.data('source') === '{source}' && e.data('target') === '{target}'"
            f" && e.data('label') === '{label}')[0]")


def _click_edge(browser: Browser, source: str, target: str, label: str) -> None:
    """A mouse click where the edge's midpoint is drawn."""
    x, y = browser.js(
        f"(() => {{ const e = {_edge(source, target, label)}; const p = e.renderedMidpoint();"
        " const r = cy.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()")
    browser.click(x, y)


@pytest.fixture()
def browser(tmp_path: Path):
    b = Browser(tmp_path / "chromium-profile")
    yield b
    b.close()


def test_neighbourhood_view(browser: Browser, server, s1_request) -> None:
    holder, target = s1_request
    holder_ar = httpx.get(f"{server.url}/actors/{holder}", timeout=10).json()["labels"]["ar"]
    stances = httpx.get(f"{server.url}/stances", params={"holder": holder, "target": target, "type": "REQUEST"},
                        timeout=10).json()["items"]
    assert stances

    browser.send("Page.navigate", url=server.url + "/")
    browser.wait("document.readyState === 'complete' && typeof cytoscape === 'function'")
    browser.click_element("#actor-search")
    browser.type(holder_ar)  # search in Arabic, as typed
    browser.enter()
    browser.wait(f"document.querySelector('[data-actor=\"{holder}\"]') !== null")
    browser.click_element(f'[data-actor="{holder}"]')
    browser.wait(f"document.body.dataset.drawn === {json.dumps(holder)} && window.cy && cy.nodes().length > 1")

    drawn = set(browser.js("cy.nodes().map(n => n.id())"))
    api = httpx.get(f"{server.url}/actors/{holder}/neighbourhood", timeout=10).json()
    assert drawn == {n["id"] for n in api["nodes"]} and target in drawn
    assert browser.js("cy.edges().length") == len(api["edges"])
    colour = browser.js(_edge(holder, target, "REQUEST") + ".style('line-color')")
    assert colour in ("rgb(117,117,117)", "rgb(46,125,50)", "rgb(198,40,40)")  # coloured by polarity
    # labels carry the Arabic name as is (the canvas shapes and orders it right to left)
    assert any(holder_ar in label for label in browser.js("cy.nodes().map(n => n.data('label'))"))

    # click the REQUEST edge where it is drawn
    browser.js("void cy.fit(undefined, 40)")
    time.sleep(0.3)
    _click_edge(browser, holder, target, "REQUEST")
    browser.wait("document.querySelectorAll('#evidence .item').length > 0")
    panel = browser.js("document.getElementById('evidence').innerText")
    ids = browser.js("[...document.querySelectorAll('#evidence .item')].map(i => i.dataset.id)")
    assert {s["id"] for s in stances} <= set(ids)
    for s in stances:  # the exact sentence behind the stance, as stored
        assert " ".join(s["evidence"].split()) in " ".join(panel.split())
    assert browser.js("document.querySelector('#evidence .sentence[dir=rtl]') !== null")  # Arabic shown RTL
    browser.screenshot(OUT / "page-neighbourhood.png")

    # the claim edge between the same two: each claim's content is marked inside its sentence
    claim_edge = next(e for e in api["edges"] if e["source"] == holder and e["target"] == target
                      and e["type"] == "addresses")
    _click_edge(browser, holder, target, "addresses")
    browser.wait("document.querySelectorAll('#evidence .item.claim').length > 0")
    claims = {c["id"]: c for c in httpx.get(f"{server.url}/claims", params={"speaker": holder},
                                             timeout=10).json()["items"]}
    assert set(browser.js("[...document.querySelectorAll('#evidence .item')].map(i => i.dataset.id)")) == set(
        claim_edge["claims"])
    for cid in claim_edge["claims"]:
        marked = browser.js(f"document.querySelector('#evidence .item[data-id=\"{cid}\"] mark').textContent")
        assert marked == claims[cid]["content"]
    browser.screenshot(OUT / "page-claim.png")
    assert browser.errors == []


def test_sparql_editor(browser: Browser, server) -> None:
    browser.send("Page.navigate", url=server.url + "/")
    browser.wait("document.readyState === 'complete' && document.querySelectorAll('#examples option').length > 1")
    browser.click_element("#tab-sparql")
    # prefixes are preloaded in the editor, and highlighted as SPARQL
    assert browser.js("document.querySelector('.CodeMirror').CodeMirror.getValue().includes('PREFIX qawl:')")
    assert browser.js("document.querySelectorAll('.CodeMirror .cm-keyword').length") > 0
    name = browser.js("document.querySelectorAll('#examples option')[1].value")
    browser.js(f"(() => {{ const s = document.getElementById('examples'); s.value = {json.dumps(name)};"
               " s.dispatchEvent(new Event('change')); })()")
    browser.click_element("#run")
    browser.wait("document.querySelectorAll('#results tr').length > 1 || "
                 "document.getElementById('status').className === 'error'")
    assert browser.js("document.getElementById('status').className") == ""
    rows = browser.js("document.querySelectorAll('#results tr').length") - 1
    assert rows > 0 and browser.js("!document.getElementById('download').hidden")
    csv = browser.js("fetch(document.getElementById('download').href).then(r => r.text())")
    assert len(csv.strip().splitlines()) == rows + 1
    browser.screenshot(OUT / "page-sparql.png")
    assert browser.errors == []
