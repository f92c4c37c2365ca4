"""The ``qawl`` command line: each command in-process with ``main([...])`` (stdout/stderr via
capsys), and through the installed ``qawl`` executable where exit codes, stdin or a server matter."""

from __future__ import annotations

import io
import json
import socket
import subprocess
from pathlib import Path

import httpx
import pytest

from api.cli import _Progress, main
from tests.helpers_cli import QAWL, ROOT, serve, wait_for

MACRON = "Q3052772"  # the contract's id for Emmanuel Macron (gold: wikidata Q3052772)
FRANCE = "Q142"
RUSSIA = "Q159"
SEED_ID = "000_ddc8bb61b41df7f1"


def run(*args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([QAWL, *args], input=stdin, capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)


@pytest.fixture(scope="module")
def bad_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bad") / "empty.txt"
    path.write_bytes(b"")
    return path


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, bad_file: Path) -> tuple[Path, subprocess.CompletedProcess]:
    """The seed plus one bad file built with ``qawl build`` (the executable)."""
    store = tmp_path_factory.mktemp("cli") / "store"
    done = run("build", str(seed_path), str(bad_file), "--store", str(store))
    return store, done


# ---------------------------------------------------------------- parsing and usage


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("extract", "build", "query", "eval", "serve", "demo", "neighbourhood", "export", "validate",
                    "rules"):
        assert f"    {command}" in out


def test_serve_help_says_loopback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    assert "127.0.0.1" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["extract", "x.txt", "--published", "2019-02-30"],
    ["extract", "x.txt", "--lang", "fr"],
    ["build", "x.txt"],  # --store is required
    ["eval", "g.json", "--limit", "0"],
    ["neighbourhood", "Q1", "--store", "s", "--depth", "-1"],
    ["rules"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_query_needs_an_existing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(tmp_path / "nowhere"), "ASK {}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("qawl: error: no store at ")
    assert not (tmp_path / "nowhere").exists()


def test_query_text_from_one_place_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(tmp_path), "--file", "q.rq", "ASK {}"]) == 1
    assert "either as an argument or with --file" in capsys.readouterr().err
    assert main(["query", "--store", str(tmp_path)]) == 1
    assert "no query" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_every_n_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = _Progress(stream, every=2)
    for done in range(1, 6):
        progress(done, "file.txt")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(" (")[0] for line in lines] == ["2 articles", "4 articles"]
    assert all(line.endswith("/s)") for line in lines)


def test_progress_counter_on_a_terminal() -> None:
    stream = _Terminal()
    progress = _Progress(stream, every=100)
    for done in range(1, 4):
        progress(done, "file.txt")
    progress.close()
    out = stream.getvalue()
    assert out.count("\r") == 3 and "\r3 articles" in out and out.endswith("\n") and out.count("\n") == 1


# ---------------------------------------------------------------- extract


def test_extract_one_article_is_one_object(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(seed_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["article"]["id"] == SEED_ID and out["article"]["lang"] == "ar"
    assert {FRANCE, RUSSIA} <= {a["id"] for a in out["actors"]}
    assert MACRON in {a["id"] for a in out["actors"]}, "Emmanuel Macron is not linked to Q3052772"


def test_extract_several_and_bad_input(seed_path: Path, tmp_path: Path, bad_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    english = tmp_path / "wire.txt"
    english.write_text("Macron urges Putin to protect the SDF\n\nFrench President Emmanuel Macron "
                       "urged Russian President Vladimir Putin on Wednesday to protect the SDF.\n",
                       encoding="utf-8")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert main(["extract", str(seed_path), str(bad_file), str(english), str(pdf), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == [SEED_ID, "wire"]
    assert json.loads(lines[1])["article"]["lang"] == "en"
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"{bad_file}: ") and errors[1].startswith(f"{pdf}: ")

    assert main(["extract", str(seed_path), str(english)]) == 0
    assert [d["article"]["id"] for d in json.loads(capsys.readouterr().out)] == [SEED_ID, "wire"]


def test_extract_folder_with_published_and_lang(capsys: pytest.CaptureFixture[str]) -> None:
    """--published fills in only missing dates; a folder is read recursively (txt, html, jsonl)."""
    from graph.samples import SAMPLES_DIR

    assert main(["extract", str(SAMPLES_DIR), "--format", "jsonl", "--published", "2019-01-03"]) == 0
    articles = {d["article"]["id"]: d["article"] for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert {p.stem for p in Path(SAMPLES_DIR).iterdir() if p.suffix in (".txt", ".html")} <= set(articles)
    assert articles["ar_lavrov_astana"]["published"] == "2019-01-03"  # plain text: no date of its own
    assert articles["ar_idlib"]["published"] not in (None, "2019-01-03")  # HTML carries its own date
    assert {a["lang"] for a in articles.values()} == {"ar", "en"}

    assert main(["extract", str(Path(SAMPLES_DIR) / "ar_lavrov_astana.txt"), "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["lang"] == "en"


# ---------------------------------------------------------------- build, query, neighbourhood, validate


def test_build_summary(cli_store: tuple[Path, subprocess.CompletedProcess], bad_file: Path) -> None:
    _, done = cli_store
    assert done.returncode == 0, done.stderr
    summary = dict(line.split(": ", 1) for line in done.stdout.splitlines() if not line.startswith(" "))
    assert summary["articles"] == "1" and summary["failures"] == "1"
    assert int(summary["actors"]) >= 2 and int(summary["claims"]) >= 1 and int(summary["triples"]) > 50
    assert f"  {bad_file}: " in done.stdout


def test_build_strict_and_nothing_ingested(tmp_path: Path, seed_path: Path, bad_file: Path) -> None:
    strict = run("build", str(seed_path), str(bad_file), "--store", str(tmp_path / "a"), "--strict")
    assert strict.returncode == 1 and "--strict" in strict.stderr
    nothing = run("build", str(bad_file), "--store", str(tmp_path / "b"))
    assert nothing.returncode == 1 and "nothing could be ingested" in nothing.stderr
    assert "Traceback" not in strict.stderr + nothing.stderr


def test_build_with_jobs(tmp_path: Path, seed_path: Path, bad_file: Path) -> None:
    done = run("build", str(seed_path), str(bad_file), "--store", str(tmp_path / "s"), "--jobs", "2")
    assert done.returncode == 0, done.stderr
    summary = dict(line.split(": ", 1) for line in done.stdout.splitlines() if not line.startswith(" "))
    assert summary["articles"] == "1" and summary["failures"] == "1"
    refused = run("build", str(seed_path), "--store", str(tmp_path / "t"), "--jobs", "0")
    assert refused.returncode == 2 and "--jobs" in refused.stderr and "Traceback" not in refused.stderr


ACTORS = "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a <https://w3id.org/qawl/ns#Actor> } } ORDER BY ?a"


@pytest.mark.parametrize(("fmt", "check"), [
    ("table", lambda out: f"actor/{FRANCE}" in out),
    ("csv", lambda out: out.splitlines()[0] == "a" and f"https://w3id.org/qawl/id/actor/{FRANCE}" in out.splitlines()),
    ("tsv", lambda out: out.splitlines()[0] == "?a" and f"<https://w3id.org/qawl/id/actor/{FRANCE}>" in out.splitlines()),
    ("json", lambda out: f"https://w3id.org/qawl/id/actor/{RUSSIA}" in
        [b["a"]["value"] for b in json.loads(out)["results"]["bindings"]]),
    ("xml", lambda out: f"<uri>https://w3id.org/qawl/id/actor/{RUSSIA}</uri>" in out),
])
def test_query_formats(cli_store, fmt: str, check, capsys: pytest.CaptureFixture[str]) -> None:
    store, _ = cli_store
    assert main(["query", "--store", str(store), ACTORS, "--format", fmt]) == 0
    assert check(capsys.readouterr().out)


def test_query_construct_from_stdin(cli_store) -> None:
    store, _ = cli_store
    construct = (f"CONSTRUCT {{ ?a a <https://w3id.org/qawl/ns#Actor> }} "
                 f"WHERE {{ GRAPH ?g {{ ?a a <https://w3id.org/qawl/ns#Actor> }} }}")
    done = run("query", "--store", str(store), "--file", "-", "--format", "ntriples", stdin=construct)
    assert done.returncode == 0, done.stderr
    assert f"<https://w3id.org/qawl/id/actor/{FRANCE}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " \
           f"<https://w3id.org/qawl/ns#Actor> ." in done.stdout.splitlines()


def test_query_malformed_is_one_line(cli_store) -> None:
    store, _ = cli_store
    done = run("query", "--store", str(store), "SELECT ?x WHERE { ?x")
    assert done.returncode == 1
    assert done.stderr.startswith("qawl: error: ") and done.stderr.count("\n") == 1


def test_neighbourhood(cli_store, capsys: pytest.CaptureFixture[str]) -> None:
    store, _ = cli_store
    # gold S1: Macron (or France) asks Putin (or Russia); find the reading the store holds
    s1 = ("SELECT ?h ?t WHERE { VALUES ?h { <https://w3id.org/qawl/id/actor/Q3052772> "
          "<https://w3id.org/qawl/id/actor/Q142> } VALUES ?t { <https://w3id.org/qawl/id/actor/Q7747> "
          "<https://w3id.org/qawl/id/actor/Q159> } GRAPH ?g { ?h qawl:requests ?t } } ORDER BY ?h ?t")
    assert main(["query", "--store", str(store), s1, "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert rows, "gold S1 (Macron/France REQUEST Putin/Russia) is not in the store"
    holder, target = (iri.rsplit("/", 1)[-1] for iri in rows[0].split(","))
    assert main(["neighbourhood", "--store", str(store), holder, "--depth", "1"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert {holder, target} <= {n["id"] for n in body["nodes"]}
    assert any(e["source"] == holder and e["target"] == target and e["type"] == "REQUEST" for e in body["edges"])
    assert main(["neighbourhood", "--store", str(store), "x-nobody-at-all"]) == 1
    assert capsys.readouterr().err.startswith("qawl: error: ")


def test_validate(cli_store, capsys: pytest.CaptureFixture[str]) -> None:
    store, _ = cli_store
    assert main(["validate", "--store", str(store)]) == 0
    assert "conforms" in capsys.readouterr().out.lower()


def test_export_formats_in_help_match_the_library() -> None:
    from api.cli_parser import EXPORT_FORMATS
    from graph.export import FORMATS

    assert EXPORT_FORMATS == FORMATS


def test_export_gexf_and_tables(cli_store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lxml import etree

    store, _ = cli_store
    gexf = tmp_path / "seed.gexf"
    assert main(["export", "--store", str(store), "--format", "gexf", "--out", str(gexf)]) == 0
    assert capsys.readouterr().out.splitlines() == [str(gexf)]
    root = etree.parse(str(gexf)).getroot()
    node_ids = {n.get("id") for n in root.iter("{*}node")}
    assert {FRANCE, RUSSIA} <= node_ids

    tables = tmp_path / "tables"
    assert main(["export", "--store", str(store), "--format", "csv", "--out", str(tables), "--actor", FRANCE]) == 0
    assert {Path(p).name for p in capsys.readouterr().out.splitlines()} == {"actors.csv", "claims.csv", "stances.csv"}

    assert main(["export", "--store", str(store), "--format", "gif", "--out", str(tmp_path / "x.gif")]) == 1
    assert capsys.readouterr().err.startswith("qawl: error: unknown export format")


def test_validate_reports_violations(tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A store whose claims lost their speaker (removed behind the library's back) does not conform."""
    import pyoxigraph as ox

    from graph.store import Store

    store = tmp_path / "broken"
    assert run("build", str(seed_path), "--store", str(store)).returncode == 0
    with Store.open(store) as s:
        speaker = ox.NamedNode("https://w3id.org/qawl/ns#speaker")
        for quad in list(s.inner.quads_for_pattern(None, speaker, None, None)):
            s.inner.remove(quad)
    assert main(["validate", "--store", str(store)]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() and "speaker" in captured.out
    assert captured.err.startswith("qawl: error: ") and "SHACL violation" in captured.err


# ---------------------------------------------------------------- rules, eval, demo, serve


def test_rules_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check"]) == 0  # the bundled files are valid
    capsys.readouterr()
    bad = tmp_path / "actors.jsonl"
    bad.write_text('{"id": "x-ok"\nnot json\n', encoding="utf-8")
    assert main(["rules", "check", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all(line.startswith(f"{bad}:") for line in out)
    assert any(line.startswith(f"{bad}:2: ") for line in out)


def test_eval_seed(seed_gold_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(seed_gold_path)]) == 0
    assert SEED_ID in capsys.readouterr().out
    assert main(["eval", str(seed_gold_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["sections"]) == 1


def test_eval_third_party_set_with_limit(capsys: pytest.CaptureFixture[str]) -> None:
    dev = ROOT.parent / "shared" / "eval" / "dev" / "plover_gsr.en.jsonl"
    assert main(["eval", str(dev), "--limit", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["items"] for s in report["sections"]] == [3]


def test_eval_bad_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.gold.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["eval", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qawl: error: ") and str(bad) in err


def test_demo_no_serve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from graph.samples import SAMPLES_DIR

    assert main(["demo", "--store", str(tmp_path / "demo"), "--no-serve", "--port", "8765"]) == 0
    out = capsys.readouterr().out
    summary = dict(line.split(": ", 1) for line in out.splitlines() if not line.startswith(" "))
    jsonl_records = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in Path(SAMPLES_DIR).glob("*.jsonl"))
    others = sum(1 for p in Path(SAMPLES_DIR).iterdir() if p.suffix in (".txt", ".html"))
    assert int(summary["articles"]) == jsonl_records + others
    assert summary["url"] == "http://127.0.0.1:8765/"


def test_demo_without_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("graph.samples.SAMPLES_DIR", tmp_path / "no-samples")
    assert main(["demo", "--store", str(tmp_path / "demo"), "--no-serve"]) == 1
    err = capsys.readouterr().err
    assert err == f"qawl: error: the bundled sample articles are missing: {tmp_path / 'no-samples'}\n"
    assert not (tmp_path / "demo").exists()


def test_serve(cli_store) -> None:
    """``--port 0`` picks a free port; the URL printed is the one that answers; limits apply."""
    store, _ = cli_store
    with serve("--store", str(store), "--port", "0", "--row-limit", "3") as (proc, first):
        assert first.startswith(f"serving {store} at http://127.0.0.1:"), first
        url = first.split(" at ", 1)[1].split(" ", 1)[0]
        r = wait_for(proc, url + "sparql", query=ACTORS)
        assert r.status_code == 200
        assert len(r.json()["results"]["bindings"]) == 3 and r.headers["x-qawl-truncated"]  # --row-limit
        deep = httpx.get(url + "actors/Q142/neighbourhood", params={"depth": 4}, timeout=5)
        assert deep.status_code == 422  # --max-depth default 3


def test_serve_on_a_busy_port(cli_store) -> None:
    store, _ = cli_store
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run("serve", "--store", str(store), "--port", str(port), timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"qawl: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_serve_needs_a_store(tmp_path: Path) -> None:
    done = run("serve", "--store", str(tmp_path / "none"), timeout=60)
    assert done.returncode == 1 and done.stderr.startswith("qawl: error: no store at ")
