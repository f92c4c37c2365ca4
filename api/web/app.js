// The qawl page: a neighbourhood view over /actors and /actors/{id}/neighbourhood, and a SPARQL
// editor over /sparql. Every text from the server is put in the page as text, never as HTML.
"use strict";

const COLOURS = { "-1": "#c62828", "0": "#757575", "1": "#2e7d32", claim: "#1565c0" };
const ARABIC = /[\u0600-\u06FF]/;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function textNode(text) {  // a paragraph whose direction follows its text (Arabic right-to-left)
  return el("span", { dir: ARABIC.test(text || "") ? "rtl" : "auto" }, text || "");
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

// ------------------------------------------------------------------ tabs
for (const tab of document.querySelectorAll(".tab")) {
  tab.addEventListener("click", () => {
    document.querySelectorAll(".tab").forEach(t => t.classList.toggle("active", t === tab));
    document.querySelectorAll(".view").forEach(v => v.classList.toggle("active", v.id === tab.dataset.view));
    if (tab.dataset.view === "view-sparql") editor.refresh();
    if (tab.dataset.view === "view-graph" && window.cy) window.cy.resize();
  });
}

// ------------------------------------------------------------------ neighbourhood view
const articles = new Map();  // article id -> promise of /articles/{id}

function article(id) {
  if (!articles.has(id)) articles.set(id, getJSON(`/articles/${encodeURIComponent(id)}`));
  return articles.get(id);
}

function nodeLabel(node) {
  const ar = node.labels.ar, en = node.labels.en;
  if (ar && en && ar !== en) return `${ar}\n${en}`;
  return ar || en || node.label || node.id;
}

async function searchActors(event) {
  event.preventDefault();
  const q = document.getElementById("actor-search").value.trim();
  const list = document.getElementById("actor-results");
  list.replaceChildren();
  if (!q) return;
  try {
    const found = await getJSON(`/actors/search?q=${encodeURIComponent(q)}&limit=10`);
    if (!found.items.length) list.append(el("li", { class: "error" }, `No actor matches “${q}”.`));
    for (const actor of found.items) {
      const name = [actor.labels.ar, actor.labels.en].filter(Boolean).join(" · ") || actor.label;
      const button = el("button", { type: "button", "data-actor": actor.id }, textNode(name), ` (${actor.id})`);
      button.addEventListener("click", () => drawNeighbourhood(actor.id));
      list.append(el("li", {}, button));
    }
    if (found.items.length) drawNeighbourhood(found.items[0].id);
  } catch (err) {
    list.append(el("li", { class: "error" }, err.message));
  }
}

async function drawNeighbourhood(actorId) {
  const depth = document.getElementById("depth").value;
  const panel = document.getElementById("evidence");
  let data;
  try {
    data = await getJSON(`/actors/${encodeURIComponent(actorId)}/neighbourhood?depth=${depth}`);
  } catch (err) {
    panel.replaceChildren(el("p", { class: "error" }, err.message));
    return;
  }
  const elements = [];
  for (const n of data.nodes) {
    elements.push({ group: "nodes", data: { id: n.id, label: nodeLabel(n), kind: n.kind,
                                            center: n.id === data.center ? 1 : 0 } });
  }
  data.edges.forEach((e, i) => {
    const claim = e.polarity === null || e.polarity === undefined;
    elements.push({ group: "edges", data: {
      id: `e${i}`, source: e.source, target: e.target, label: e.type,
      colour: claim ? COLOURS.claim : COLOURS[String(e.polarity)], claim: claim ? 1 : 0,
      width: 1.5 + Math.min(e.weight, 6), edge: e } });
  });
  if (window.cy) window.cy.destroy();
  const cy = window.cy = cytoscape({
    container: document.getElementById("graph"),
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 1.2,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "text-wrap": "wrap", "text-valign": "bottom", "text-margin-y": 4,
          "font-family": "Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif", "font-size": 13,
          "background-color": "#90a4ae", "width": 26, "height": 26 } },
      { selector: "node[center = 1]", style: { "background-color": "#ff8f00", "width": 36, "height": 36 } },
      { selector: "edge", style: {
          "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "width": "data(width)", "label": "data(label)", "font-size": 10,
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8,
          "text-background-padding": 1 } },
      { selector: "edge[claim = 1]", style: { "line-style": "dashed" } },
      { selector: "edge:selected", style: { "overlay-color": "#000", "overlay-opacity": 0.15 } },
    ],
    // the centre in the middle, each hop one ring further out
    layout: { name: "concentric", animate: false, padding: 40, minNodeSpacing: 90,
              concentric: n => (n.data("center") ? 10 : 10 - hops(data, n.id())),
              levelWidth: () => 1 },
  });
  cy.on("tap", "edge", (evt) => showEvidence(evt.target.data("edge"), data));
  panel.replaceChildren(el("p", { class: "hint" },
    `${data.nodes.length} actors and ${data.edges.length} edges around ${actorId}. Click an edge to read its evidence.`));
  document.body.dataset.drawn = actorId;  // for tests and bookmarklets: what is drawn now
}

function hops(data, id) {  // distance from the centre over the drawn edges
  const seen = new Map([[data.center, 0]]);
  const queue = [data.center];
  while (queue.length) {
    const at = queue.shift();
    for (const e of data.edges) {
      const other = e.source === at ? e.target : e.target === at ? e.source : null;
      if (other && !seen.has(other)) { seen.set(other, seen.get(at) + 1); queue.push(other); }
    }
  }
  return seen.get(id) ?? 9;
}

// The sentences around [start, end) of the text: from the end of the sentence before to the end
// of the one the span ends in (full stops, question and exclamation marks, Arabic ones, lines).
function sentenceAround(text, start, end) {
  const stops = /[.!?؟۔\n]/;
  let from = start;
  while (from > 0 && !stops.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !stops.test(text[to])) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

function highlighted(sentence, part) {
  const span = textNode(sentence);  // its direction follows the sentence
  span.replaceChildren();
  span.classList.add("sentence");
  const at = part ? sentence.indexOf(part) : -1;
  if (at < 0) { span.append(sentence); return span; }
  span.append(sentence.slice(0, at), el("mark", {}, part), sentence.slice(at + part.length));
  return span;
}

async function showEvidence(edge, data) {
  const panel = document.getElementById("evidence");
  const name = id => { const n = data.nodes.find(x => x.id === id); return n ? nodeLabel(n).replace("\n", " · ") : id; };
  const heading = el("h2", {}, textNode(name(edge.source)), " → ", textNode(name(edge.target)), ` (${edge.type})`);
  panel.replaceChildren(heading, el("p", { class: "meta" }, "loading evidence …"));
  const items = [];
  for (const id of [...edge.stances, ...edge.claims]) {
    const articleId = id.slice(0, id.lastIndexOf("/"));
    const a = await article(articleId);
    const stance = a.stances.find(s => s.id === id);
    const claim = a.claims.find(c => c.id === id);
    if (stance) {
      const sentence = stance.evidence || a.text.slice(stance.trigger_start, stance.trigger_end);
      const trigger = stance.trigger_start !== null ? a.text.slice(stance.trigger_start, stance.trigger_end) : null;
      items.push(el("div", { class: "item stance", "data-id": id },
        el("div", { class: "meta" }, `stance ${id}: ${stance.type}, polarity ${stance.polarity}, confidence ${stance.confidence}`),
        highlighted(sentence, trigger),
        el("div", { class: "meta" }, `article “${a.title || a.id}”, ${a.published || "undated"}`)));
    } else if (claim) {
      const spanned = claim.content_start !== null && claim.content_start !== undefined;
      const content = spanned ? a.text.slice(claim.content_start, claim.content_end) : claim.content;
      const sentence = spanned ? sentenceAround(a.text, claim.content_start, claim.content_end) : content;
      items.push(el("div", { class: "item claim", "data-id": id },
        el("div", { class: "meta" }, `claim ${id}: ${claim.cue} (${claim.direct ? "direct" : "reported"}), confidence ${claim.confidence}`),
        highlighted(sentence, content),
        el("div", { class: "meta" }, `article “${a.title || a.id}”, ${a.published || "undated"}`)));
    }
  }
  panel.replaceChildren(heading, ...items);
}

document.getElementById("actor-form").addEventListener("submit", searchActors);

// ------------------------------------------------------------------ SPARQL editor
const editor = CodeMirror.fromTextArea(document.getElementById("query"), {
  mode: "application/sparql-query", lineNumbers: true, matchBrackets: true,
  extraKeys: { "Ctrl-Enter": () => runQuery(), "Cmd-Enter": () => runQuery() },
});
let prefixBlock = "";

async function loadExamples() {
  const data = await getJSON("/queries");
  prefixBlock = Object.entries(data.prefixes).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n");
  const select = document.getElementById("examples");
  for (const ex of data.examples) select.append(el("option", { value: ex.name }, ex.title));
  select.addEventListener("change", () => {
    const ex = data.examples.find(e => e.name === select.value);
    if (ex) editor.setValue(ex.query);
  });
  editor.setValue(`${prefixBlock}\n\nSELECT ?actor ?label WHERE {\n  ?actor a qawl:Actor ; rdfs:label ?label .\n} LIMIT 20\n`);
}

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return term.value;
  if (term.type === "literal" && term["xml:lang"]) return `${term.value}@${term["xml:lang"]}`;
  return term.value;
}

function csvOf(vars, rows) {
  const q = s => /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  return [vars.map(q).join(","), ...rows.map(r => vars.map(v => q(r[v] ? r[v].value : "")).join(","))].join("\r\n") + "\r\n";
}

async function runQuery() {
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const download = document.getElementById("download");
  status.textContent = "running …";
  status.className = "";
  download.hidden = true;
  const started = performance.now();
  const r = await fetch("/sparql", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded",
               accept: "application/sparql-results+json, text/turtle;q=0.9" },
    body: new URLSearchParams({ query: editor.getValue() }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = (r.headers.get("content-type") || "").split(";")[0];
  if (!r.ok) {
    const body = await r.json();
    status.textContent = body.error.message;
    status.className = "error";
    results.replaceChildren();
    return;
  }
  let blob;
  if (type === "application/sparql-results+json") {
    const body = await r.json();
    if ("boolean" in body) {
      results.replaceChildren(el("p", {}, `ASK: ${body.boolean}`));
      status.textContent = `answered in ${seconds} s`;
      return;
    }
    const vars = body.head.vars, rows = body.results.bindings;
    const table = el("table", {}, el("tr", {}, ...vars.map(v => el("th", {}, v))));
    for (const row of rows) table.append(el("tr", {}, ...vars.map(v => el("td", {}, textNode(cell(row[v]))))));
    results.replaceChildren(table);
    blob = new Blob([csvOf(vars, rows)], { type: "text/csv" });
    download.download = "results.csv";
    download.textContent = "Download CSV";
    const cut = r.headers.get("x-qawl-truncated");
    status.textContent = `${rows.length} rows in ${seconds} s${cut ? ` (cut at the ${cut})` : ""}`;
  } else {
    const text = await r.text();
    results.replaceChildren(el("pre", {}, text));
    blob = new Blob([text], { type: "text/turtle" });
    download.download = "results.ttl";
    download.textContent = "Download Turtle";
    status.textContent = `graph in ${seconds} s`;
  }
  if (download.href.startsWith("blob:")) URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(blob);
  download.hidden = false;
}

document.getElementById("run").addEventListener("click", runQuery);
loadExamples().catch(err => { document.getElementById("status").textContent = err.message; });
