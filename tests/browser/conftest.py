"""Fixtures of the browser test: the built book served on 127.0.0.1, one headless Chromium.

The book (``_build/html``, or ``$GLASS_TLS_HTML``) is served by Python's http.server on a free
port of the loopback address, in a thread. Chromium (Debian's ``chromium`` and
``chromium-driver``; ``$CHROMIUM`` / ``$CHROMEDRIVER`` override the paths) is driven through
Selenium with the browser console and the network (performance) logs enabled, and with every
host name except localhost resolving to nothing, so that a request leaving the machine fails
fast instead of hanging; it is still seen, and reported, in the performance log.

Each page is loaded once (:class:`Visitor` caches what was seen); the checks in test_book.py
then read that record.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HTML = Path(os.environ.get("GLASS_TLS_HTML", ROOT / "_build" / "html"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync "
    "--disable-dev-shm-usage --window-size=1300,1000"
).split()
# Every name but localhost resolves to nothing: nothing can be downloaded, and trying is quick.
HOST_RULES = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"

# Runs in the page once it has loaded: make lazy images load, wait for them and for MathJax
# (also when a page script loads MathJax after the load event), then read everything the checks
# need in one round trip.
COLLECT_JS = r"""
const done = arguments[arguments.length - 1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const imgs = Array.from(document.images);
  imgs.forEach((i) => { i.loading = "eager"; });
  await Promise.all(imgs.map((i) => i.complete ? null : new Promise((r) => {
    i.addEventListener("load", r); i.addEventListener("error", r); setTimeout(r, 10000);
  })));
  const wantsMath = document.querySelector(".math") !== null || window.MathJax !== undefined;
  for (let t = 0; wantsMath && t < 200 && !(window.MathJax && MathJax.startup && MathJax.startup.promise); t++)
    await sleep(50);
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    try { await MathJax.startup.promise; } catch (e) { /* reported as a console error */ }
  }
  const region = (el) => {
    if (el.closest("#jb-print-docs-body")) return "page title printed on paper (and in search snippets)";
    if (el.closest(".bd-sidebar-primary")) return "left sidebar";
    if (el.closest(".bd-sidebar-secondary, .bd-toc, #pst-page-navigation-heading-2")) return "page contents sidebar";
    if (el.closest(".prev-next-area, .prev-next-footer")) return "previous/next links";
    if (el.closest("footer, .bd-footer, .bd-footer-content")) return "footer";
    if (el.closest("header, .bd-header, .bd-header-article")) return "header";
    return "body";
  };
  // Raw TeX in visible text: text nodes outside code, pre, scripts and typeset math.
  const SKIP = "script, style, noscript, template, textarea, pre, code, kbd, samp, .highlight, mjx-container";
  const TEX = /\\[()\[\]]|\\[A-Za-z]{2,}|\$\s*\\[A-Za-z]|\$\$/;
  const rawTex = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = n.data.match(TEX);
    if (!m || n.parentElement.closest(SKIP)) continue;
    const s = n.data, k = m.index;
    rawTex.push({region: region(n.parentElement),
                 text: s.slice(Math.max(0, k - 40), k + 50).replace(/\s+/g, " ").trim()});
  }
  const figures = imgs.filter((i) => /\.png(\?|$)/i.test(i.getAttribute("src") || "")).map((i) => {
    const fig = i.closest("figure");
    const cap = fig ? fig.querySelector("figcaption") : null;
    return {src: i.getAttribute("src"),
            caption: cap ? cap.textContent.replace(/\s+/g, " ").trim() : null,
            number: cap && cap.querySelector(".caption-number") ?
                    cap.querySelector(".caption-number").textContent.trim() : null};
  });
  // Content wider than the text column: an element of the article whose right edge passes the
  // article's, unless it sits inside a box that scrolls horizontally on its own.
  const article = document.querySelector("article.bd-article, main .bd-article, article");
  const overflow = [];
  if (article) {
    const limit = article.getBoundingClientRect().right + 2;
    const scrolls = (el) => { for (let e = el.parentElement; e && e !== article; e = e.parentElement) {
        const ox = getComputedStyle(e).overflowX; if (ox === "auto" || ox === "scroll") return true; }
      return false; };
    for (const el of article.querySelectorAll("pre, table, img, mjx-container, div.output")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit && !scrolls(el))
        overflow.push(el.tagName.toLowerCase() + " " + Math.round(r.right - limit + 2) + " px too wide: " +
                      (el.textContent || el.getAttribute("alt") || "").replace(/\s+/g, " ").trim().slice(0, 60));
    }
  }
  done({
    overflow: overflow,
    title: document.title,
    math_elements: document.querySelectorAll(".math").length,
    untypeset_math: Array.from(document.querySelectorAll(".math"))
        .filter((e) => !e.querySelector("mjx-container"))
        .map((e) => region(e) + ": " + e.textContent.trim().slice(0, 80)),
    mjx: document.querySelectorAll("mjx-container").length,
    merror: Array.from(document.querySelectorAll("mjx-merror")).map((e) =>
        (e.getAttribute("data-mjx-error") || e.textContent || "").slice(0, 120)),
    math_input_error: document.body.textContent.includes("Math input error"),
    raw_tex: rawTex,
    images: imgs.map((i) => ({src: i.getAttribute("src"), resolved: i.currentSrc || i.src,
                              width: i.naturalWidth, alt: i.getAttribute("alt")})),
    links: Array.from(document.querySelectorAll("a[href]")).map((a) => ({
        href: a.getAttribute("href"), resolved: a.href, region: region(a),
        text: a.textContent.replace(/\s+/g, " ").trim().slice(0, 60)})),
    figures: figures,
  });
})().catch((e) => done({script_error: String(e && e.stack || e)}));
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the book; remembers every request and its status instead of printing it."""

    requests: list = []

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def log_request(self, code="-", size="-"):
        self.requests.append((self.path, int(getattr(code, "value", code))))


@pytest.fixture(scope="session")
def book():
    """The built book's directory; the test run fails at once if it was not built."""
    if not (HTML / "index.html").is_file():
        pytest.fail(f"no built book at {HTML} (run `make book` first)", pytrace=False)
    return HTML


@pytest.fixture(scope="session")
def server(book):
    """(base URL, handler class) of http.server serving the book on 127.0.0.1, in a thread."""
    handler = type("Handler", (_QuietHandler,), {"requests": []})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(book)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", handler
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def driver():
    """Headless Chromium with console and performance logging, in a fresh profile."""
    try:
        from selenium import webdriver
    except ImportError:  # pinned in requirements.txt: a missing client is a broken install
        pytest.fail("selenium is not installed (make install)", pytrace=False)
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.access(path, os.X_OK) or shutil.which(path)):
            pytest.fail(f"{path} not found (run tests/browser/install_chromium.sh)", pytrace=False)
    profile = tempfile.mkdtemp(prefix="glass-tls-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS + [HOST_RULES, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    drv.set_page_load_timeout(60)
    drv.set_script_timeout(60)
    drv.get("about:blank")  # the start page's own requests are not the book's
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


class Visitor:
    """Loads each page once and keeps what the browser saw: DOM facts, console, requests."""

    def __init__(self, driver, base, handler):
        self.driver, self.base, self.handler = driver, base, handler
        self.seen: dict[str, dict] = {}

    def _drain(self):
        self.driver.get_log("browser")
        self.driver.get_log("performance")
        self.handler.requests.clear()

    def __call__(self, page: str) -> dict:
        if page not in self.seen:
            self.seen[page] = self._load(page)
        if isinstance(self.seen[page], Exception):  # a page that cannot load fails every check
            pytest.fail(f"{page}: the browser could not load it: "
                        f"{str(self.seen[page]).strip().splitlines()[0]}", pytrace=False)
        return self.seen[page]

    def _load(self, page: str):
        try:
            self._drain()
            self.driver.get(self.base + page)
            facts = self.driver.execute_async_script(COLLECT_JS)
            if "script_error" in facts:
                return RuntimeError(f"the checking script failed: {facts['script_error']}")
            facts["url"] = self.base + page
            facts["console"] = [e for e in self.driver.get_log("browser")]
            urls = []
            for entry in self.driver.get_log("performance"):
                msg = json.loads(entry["message"])["message"]
                if msg.get("method") == "Network.requestWillBeSent":
                    urls.append(msg["params"]["request"]["url"])
            facts["requests"] = urls
            facts["served"] = list(self.handler.requests)
            return facts
        except Exception as exc:  # noqa: BLE001 (any WebDriver failure is the page's failure)
            return exc


@pytest.fixture(scope="session")
def visit(driver, server):
    base, handler = server
    return Visitor(driver, base, handler)
