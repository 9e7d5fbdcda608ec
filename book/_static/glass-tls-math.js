// glass-tls: typeset the math of the navigation and of the search results, on every page.
// Sphinx loads MathJax only on pages whose own text has math, but the sidebar lists every
// chapter's title, and some titles hold math (<span class="math">\(C\)</span>); on a page
// without math of its own that would stay raw TeX. So MathJax is loaded here, from the book's
// own copy (_static/mathjax, never the network), whenever such math is on the page. The search
// page adds its results (page titles, with their math, and snippets) after loading: they are
// typeset as they arrive.
(function () {
  function typesetLater(nodes) {
    var mj = window.MathJax;
    if (!mj || !mj.startup || !mj.startup.promise) return;
    mj.startup.promise = mj.startup.promise.then(function () { return mj.typesetPromise(nodes); })
      .catch(function (err) { console.warn("MathJax: " + err); });
  }
  function load() {
    patchSearch();
    var results = document.getElementById("search-results");
    if (window.MathJax === undefined && (document.querySelector(".math") !== null || results)) {
      window.MathJax = {options: {processHtmlClass: "tex2jax_process|mathjax_process|math|output_area"}};
      var script = document.createElement("script");
      script.src = (document.documentElement.dataset.content_root || "") + "_static/mathjax/tex-chtml.js";
      script.defer = true;
      document.head.appendChild(script);
    }
    if (results && window.MutationObserver) {
      new MutationObserver(function (changes) {
        var added = [];
        changes.forEach(function (c) {
          c.addedNodes.forEach(function (n) { if (n.nodeType === 1 && n.tagName !== "MJX-CONTAINER") added.push(n); });
        });
        if (added.length) typesetLater(added);
      }).observe(results, {childList: true, subtree: true});
    }
  }
  // A search snippet is 240 characters cut out of the page's text, where math is TeX between
  // \( \) or \[ \]: drop a formula the cut has split, so that the rest typesets.
  function wholeFormulas(text) {
    [["\\(", "\\)"], ["\\[", "\\]"]].forEach(function (d) {
      var open = text.indexOf(d[0]), close = text.indexOf(d[1]);
      if (close >= 0 && (open < 0 || close < open)) text = "…" + text.slice(close + 2);
      open = text.lastIndexOf(d[0]); close = text.lastIndexOf(d[1]);
      if (open >= 0 && open > close) text = text.slice(0, open) + "…";
    });
    return text;
  }
  function patchSearch() {
    if (typeof Search === "undefined" || !Search.makeSearchSummary || Search._glassTls) return;
    // The snippet's text is the page's main block, which also holds the title and the table of
    // contents that only a printout shows: leave those out.
    var toText = Search.htmlToText;
    Search.htmlToText = function (htmlString, anchor) {
      var doc = new DOMParser().parseFromString(htmlString, "text/html");
      doc.querySelectorAll("#jb-print-docs-body, .onlyprint").forEach(function (el) { el.remove(); });
      return toText.call(this, doc.documentElement.outerHTML, anchor);
    };
    var make = Search.makeSearchSummary;
    Search.makeSearchSummary = function () {
      var summary = make.apply(this, arguments);
      summary.textContent = wholeFormulas(summary.textContent);
      // Typeset now, before Sphinx highlights the search words (which would split a formula
      // across elements); if MathJax is not ready yet, show an ellipsis instead of the TeX.
      var mj = window.MathJax;
      try {
        if (mj && mj.startup && mj.startup.document && mj.typeset) { mj.typeset([summary]); return summary; }
      } catch (err) { /* fall through */ }
      summary.textContent = summary.textContent.replace(/\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\]/g, "…");
      return summary;
    };
    Search._glassTls = true;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", load);
  else load();
})();
