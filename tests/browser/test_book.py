"""Every page of the built book, checked in a real browser (issue 16).

Run with ``make browser-test`` after ``make book`` (``make test`` leaves these tests out: they
are marked ``browser``). For every HTML page of ``_build/html`` (the general index excluded: it
is generated and empty), headless Chromium loads the page from 127.0.0.1 and each test below
checks one thing; a failure names the page and the reason:

- the math is typeset: every ``.math`` element holds a MathJax ``mjx-container``, with no
  ``mjx-merror`` and no "Math input error";
- no raw TeX (``\\(``, ``\\frac``, ``$\\``...) in the visible text outside code, be it in the
  body, the sidebars, the footer or the previous/next links, nor in the page's ``<title>``, nor
  in the page's titles in the search index (``searchindex.js``: page and section titles, which
  the search page shows as they are);
- every ``<img>`` loaded (``naturalWidth > 0``) and has alt text that says something (not
  empty, not a hash, not the file name);
- every link to a page of the book resolves: the file exists and so does its ``#anchor``;
- the browser console has no error (``SEVERE``), and every request to the server succeeded;
- no request leaves the loopback address (the network log's ``Network.requestWillBeSent``
  URLs; ``data:`` and ``blob:`` are fine);
- nothing is wider than the text column (code and outputs wrap; wide tables and equations scroll
  inside their own box);
- every PNG figure has a numbered caption ("Fig. n"). While chapters are being converted this
  one only reports (xfail); ``GLASS_TLS_STRICT_FIGURES=1`` makes it fail.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.browser

HTML = Path(os.environ.get("GLASS_TLS_HTML", Path(__file__).resolve().parents[2] / "_build" / "html"))
SKIPPED_PAGES = {"genindex.html"}


def _pages() -> list[str]:
    if not HTML.is_dir():
        return ["index.html"]  # the `book` fixture then fails with "run make book first"
    pages = []
    for path in sorted(HTML.rglob("*.html")):
        rel = path.relative_to(HTML).as_posix()
        if rel.split("/")[0] in {"_static", "_sources", "_images"} or rel in SKIPPED_PAGES:
            continue
        pages.append(rel)
    return pages


PAGES = _pages()
page_param = pytest.mark.parametrize("page", PAGES)

# TeX that must never reach a reader as text.
TEX = re.compile(r"\\[()\[\]]|\\[A-Za-z]{2,}|\$\s*\\[A-Za-z]|\$\$|[_^]\{")
# An alt text that is a file's hash or name, not a description.
HASHLIKE = re.compile(r"^[0-9a-f]{8,}(\.[a-z]{3,4})?$", re.I)


def owner(page: str) -> str:
    """Where a page's text comes from, for the failure message."""
    stem = page.rsplit(".", 1)[0]
    if stem.startswith("chapters/"):
        return f" [from the chapter notebook {stem}.ipynb]"
    if stem.startswith("book/"):
        return f" [from {stem}.md]"
    return ""


def fail(page: str, reasons: list[str]):
    if reasons:
        pytest.fail(f"{page}{owner(page)}:\n  " + "\n  ".join(reasons), pytrace=False)


# --- math ----------------------------------------------------------------------------------
@page_param
def test_math_typeset(visit, page):
    seen = visit(page)
    reasons = []
    if seen["math_elements"] and seen["mjx"] < seen["math_elements"]:
        reasons.append(f"{seen['math_elements']} math elements but only {seen['mjx']} typeset "
                       "by MathJax (mjx-container)")
    reasons += [f"math not typeset ({m})" for m in seen["untypeset_math"][:10]]
    reasons += [f"MathJax error (mjx-merror): {m}" for m in seen["merror"][:10]]
    if seen["math_input_error"]:
        reasons.append('"Math input error" on the page')
    fail(page, reasons)


# --- raw TeX -------------------------------------------------------------------------------
@page_param
def test_no_raw_tex_in_text_or_title(visit, page):
    seen = visit(page)
    reasons = [f"raw TeX in the {hit['region']}: …{hit['text']}…" for hit in seen["raw_tex"][:15]]
    if len(seen["raw_tex"]) > 15:
        reasons.append(f"... and {len(seen['raw_tex']) - 15} more")
    if TEX.search(seen["title"]):
        reasons.insert(0, f"raw TeX in the browser tab title: {seen['title']!r}")
    fail(page, reasons)


MATH_SPAN = re.compile(r'<span class="math[^"]*">\\\(.*?\\\)</span>')


@lru_cache(1)
def search_index() -> dict:
    text = (HTML / "searchindex.js").read_text(encoding="utf-8")
    start, end = text.index("{"), text.rindex("}")
    return json.loads(text[start:end + 1])


@page_param
def test_no_raw_tex_in_search_titles(book, page):
    index = search_index()
    docname = page[: -len(".html")]
    if docname not in index["docnames"]:
        return  # the redirecting index.html and search.html itself: nothing of theirs is indexed
    number = index["docnames"].index(docname)
    reasons = []
    # A page title is HTML, its math in <span class="math">: the search page typesets that.
    if TEX.search(MATH_SPAN.sub("", index["titles"][number])):
        reasons.append(f"page title in the search index: {index['titles'][number]!r}")
    for title, places in index.get("alltitles", {}).items():
        if TEX.search(title) and any(p[0] == number for p in places):
            reasons.append(f"section title in the search index: {title!r}")
    fail(page, reasons)


# --- images --------------------------------------------------------------------------------
@page_param
def test_images_load_and_have_alt_text(visit, page):
    reasons = []
    for img in visit(page)["images"]:
        name = img["src"] or "(no src)"
        if not img["width"]:
            reasons.append(f"image did not load: {name}")
        alt = (img["alt"] or "").strip()
        base = Path(urlsplit(name).path).name
        if not alt:
            reasons.append(f"image without alt text: {name}")
        elif HASHLIKE.match(alt) or alt in {base, Path(base).stem}:
            reasons.append(f"image whose alt text is a hash or a file name ({alt!r}): {name}")
    fail(page, reasons)


# --- links ---------------------------------------------------------------------------------
class _Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id" or (key == "name" and tag == "a"):
                self.ids.add(value)


@lru_cache(None)
def anchors(path: Path) -> frozenset:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return frozenset(parser.ids)


@page_param
def test_internal_links_resolve(visit, book, page):
    seen = visit(page)
    base = urlsplit(seen["url"])
    reasons, done = [], set()
    for link in seen["links"]:
        url = urlsplit(link["resolved"])
        if url.scheme not in {"http", "https"} or url.netloc != base.netloc:
            continue  # other sites, mailto:, javascript: are not the book's
        key = (url.path, url.fragment)
        if key in done:
            continue
        done.add(key)
        rel = unquote(url.path).lstrip("/")
        target = book / rel
        if rel == "" or rel.endswith("/"):
            target = target / "index.html"
        where = f"link {link['href']!r} ({link['region']}, {link['text']!r})"
        if not target.is_file():
            reasons.append(f"{where}: no such file {target.relative_to(book)}")
        elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in anchors(target):
            reasons.append(f"{where}: no anchor #{unquote(url.fragment)} in {target.relative_to(book)}")
    fail(page, reasons)


# --- console and network -------------------------------------------------------------------
@page_param
def test_no_javascript_errors(visit, page):
    errors = [e["message"] for e in visit(page)["console"] if e.get("level") == "SEVERE"]
    fail(page, [f"console error: {m}" for m in errors])


@page_param
def test_every_request_is_served(visit, page):
    served = visit(page)["served"]
    fail(page, [f"HTTP {code} for {path}" for path, code in served if code >= 400])


LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@page_param
def test_no_request_leaves_loopback(visit, page):
    reasons = []
    for url in visit(page)["requests"]:
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob", "about", "chrome", "chrome-untrusted", "devtools"}:
            continue  # the page's own data, or the browser's internals
        if parts.hostname not in LOCAL_HOSTS:
            reasons.append(f"request to {url[:150]}")
    fail(page, sorted(set(reasons)))


# --- figures -------------------------------------------------------------------------------
@page_param
def test_png_figures_have_numbered_captions(visit, page):
    missing = []
    for fig in visit(page)["figures"]:
        if fig["caption"] is None:
            missing.append(f"figure without a caption: {fig['src']}")
        elif not (fig["number"] or "").startswith("Fig."):
            missing.append(f"figure caption without a number ({fig['caption'][:60]!r}): {fig['src']}")
    if missing and os.environ.get("GLASS_TLS_STRICT_FIGURES") != "1":
        pytest.xfail(f"{page}{owner(page)}: {len(missing)} figure(s) without a numbered caption "
                     f"(first: {missing[0]})")
    fail(page, missing)


# --- the search page, searched -------------------------------------------------------------
SEARCH_JS = r"""
const done = arguments[arguments.length - 1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const status = () => document.querySelector("#search-results .search-summary");
  for (let t = 0; t < 300 && !(status() && /found|did not match/.test(status().textContent)); t++)
    await sleep(50);
  await sleep(500);  // the snippets are fetched after the titles are listed
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) await MathJax.startup.promise;
  const SKIP = "script, style, pre, code, mjx-container";
  const TEX = /\\[()\[\]]|\\[A-Za-z]{2,}|\$\s*\\[A-Za-z]|\$\$|[_^]\{/;
  const hits = [];
  const box = document.getElementById("search-results");
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = n.data.match(TEX);
    if (!m || n.parentElement.closest(SKIP)) continue;
    const where = n.parentElement.closest("p.context") ? "snippet" : "title";
    hits.push(where + ": …" + n.data.slice(Math.max(0, m.index - 40), m.index + 50).replace(/\s+/g, " ").trim() + "…");
  }
  done({results: box.querySelectorAll("li").length, status: status() ? status().textContent : null, hits: hits});
})().catch((e) => done({results: 0, status: "script error: " + e, hits: []}));
"""
# Words of chapter titles and section titles that hold math.
SEARCH_WORDS = ["universal", "gamma", "conductivity"]


@pytest.mark.parametrize("word", SEARCH_WORDS)
def test_search_results_have_no_raw_tex(driver, server, word):
    base, _ = server
    driver.get(f"{base}search.html?q={word}")
    seen = driver.execute_async_script(SEARCH_JS)
    assert seen["results"], f"search.html?q={word}: no results ({seen['status']})"
    fail(f"search.html?q={word}", [f"raw TeX in a search result's {h}" for h in seen["hits"][:15]])


@page_param
def test_nothing_runs_off_the_text_column(visit, page):
    seen = visit(page)
    assert not seen["overflow"], f"{page}: content wider than the column: {seen['overflow'][:5]}"
