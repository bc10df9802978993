// The article page: turns a selection in the article body into character offsets of the stored
// text, and opens a candidate's panel when its highlight is clicked. The import form: refuses a
// file that is too big before it is sent. In a file, not inline: the CSP forbids inline script.
(function () {
  "use strict";

  // The server counts characters as Python does (code points); JS strings count UTF-16 units.
  function codePoints(text) {
    let n = 0;
    for (const _ of text) n += 1;
    return n;
  }

  function segmentOf(node, body) {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const segment = element && element.closest("[data-start]");
    return segment && body.contains(segment) ? segment : null;
  }

  // The offset into the article's text of a DOM boundary point inside the body element. The body
  // is rendered as spans and marks carrying data-start/data-end, whose text is the article's text.
  function offsetOf(body, container, offset) {
    if (container === body) {
      const child = body.childNodes[offset];
      return Number(child && child.dataset ? child.dataset.start : body.dataset.length);
    }
    const segment = segmentOf(container, body);
    if (!segment) return null;
    if (container.nodeType === Node.TEXT_NODE) {
      return Number(segment.dataset.start) + codePoints(container.data.slice(0, offset));
    }
    return offset === 0 ? Number(segment.dataset.start) : Number(segment.dataset.end);
  }

  function selectedPassage(body) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    let start = offsetOf(body, range.startContainer, range.startOffset);
    let end = offsetOf(body, range.endContainer, range.endOffset);
    const text = range.toString();
    if (start === null || end === null || !text.trim()) return null;
    // A double-click selects the space after a word too: leave surrounding whitespace out.
    start += codePoints(text) - codePoints(text.trimStart());
    end -= codePoints(text) - codePoints(text.trimEnd());
    return end > start ? { start: start, end: end, text: text.trim() } : null;
  }

  function shorten(text, limit) {
    const flat = text.replace(/\s+/g, " ");
    return flat.length > limit ? flat.slice(0, limit - 1) + "…" : flat;
  }

  document.addEventListener("DOMContentLoaded", function () {
    const form = document.getElementById("selection-form");
    if (form) form.hidden = false;
  });

  document.addEventListener("selectionchange", function () {
    const body = document.getElementById("article-body");
    const form = document.getElementById("selection-form");
    if (!body || !form) return;
    const passage = selectedPassage(body);
    if (!passage) return; // keep the last passage selected in the text: clicking the button clears it
    form.elements.quote_start.value = passage.start;
    form.elements.quote_end.value = passage.end;
    form.elements.text.value = passage.text.replace(/\s+/g, " ");
    form.elements.claimant.value = "";
    form.querySelector("button").disabled = false;
    form.querySelector(".selection-preview").textContent =
      "“" + shorten(passage.text, 90) + "” (characters " + passage.start + "–" + passage.end + ")";
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== "selection-form" || !event.detail.successful) return;
    form.reset();
    form.querySelector("button").disabled = true;
    form.querySelector(".selection-preview").textContent = "Select a passage of the text to make a claim of it.";
  });

  function markCurrent(key) {
    document.querySelectorAll("#article-body mark.current").forEach(function (m) {
      m.classList.remove("current");
    });
    if (!key) return;
    document.querySelectorAll('#article-body mark[data-key="' + CSS.escape(key) + '"]').forEach(function (m) {
      m.classList.add("current");
    });
  }

  // Opening a panel from a highlight: on a narrow screen the panel is far below the text, so it is
  // scrolled into view and takes focus (its heading); Escape or the panel's link go back.
  let panelOpenedFrom = null;

  function openPanel(mark) {
    markCurrent(mark.dataset.key);
    panelOpenedFrom = mark;
    window.htmx.ajax("GET", mark.dataset.panel, { target: "#candidate-panel", swap: "outerHTML" });
  }

  document.addEventListener("click", function (event) {
    const mark = event.target instanceof Element ? event.target.closest("#article-body mark[data-panel]") : null;
    if (!mark || !window.htmx) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // the end of a selection, not a click on a highlight
    openPanel(mark);
  });

  document.addEventListener("keydown", function (event) {
    const mark = event.target instanceof Element ? event.target.closest("#article-body mark[data-panel]") : null;
    if (!mark || !window.htmx || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    openPanel(mark);
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!panelOpenedFrom) return;
    panelOpenedFrom = null;
    const panel = document.getElementById("candidate-panel");
    const heading = panel && panel.querySelector("h2");
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    panel.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  });

  // After a swap, the highlight whose panel is open stays marked (the body may have been replaced).
  document.addEventListener("htmx:afterSettle", function () {
    const panel = document.getElementById("candidate-panel");
    if (panel && document.getElementById("article-body")) markCurrent(panel.dataset.key);
  });

  document.addEventListener("change", function (event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.form) return;
    const max = Number(input.form.dataset.maxUpload || 0);
    const file = input.files && input.files[0];
    const mb = function (n) { return (n / 1048576).toFixed(1) + " MB"; };
    input.setCustomValidity(
      max && file && file.size > max
        ? "This file is " + mb(file.size) + "; factcheck takes files of up to " + mb(max) + "."
        : ""
    );
    input.reportValidity();
  });
})();
