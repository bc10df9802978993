// The Export page: with JavaScript, the report streams into the page with "rows done of rows in
// all" (the server sends the total in X-Export-Rows), then the page offers the file. Without it,
// the form is a plain GET that downloads the file (or opens the printable report).
(() => {
  const form = document.getElementById("export-form");
  if (!form || !window.fetch || !window.ReadableStream) return;

  // Counting rows as the bytes arrive, per format: CSV records (a newline outside quotes ends one;
  // the header is not a row), JSON and ClaimReview one record per line after a head line, and
  // one <article class="report-claim"> per claim in the HTML report.
  function counter(format) {
    if (format === "csv") {
      let quoted = false, lines = 0;
      return { feed(text) { for (const ch of text) { if (ch === '"') quoted = !quoted; else if (ch === "\n" && !quoted) lines++; } },
               get rows() { return Math.max(0, lines - 1); } };
    }
    if (format === "html") {
      const marker = '<article class="report-claim"';
      let tail = "", found = 0;
      return { feed(text) { const s = tail + text; let i = s.indexOf(marker); while (i >= 0) { found++; i = s.indexOf(marker, i + 1); } tail = s.slice(-marker.length + 1); },
               get rows() { return found; } };
    }
    let lines = 0;
    return { feed(text) { for (const ch of text) if (ch === "\n") lines++; }, get rows() { return Math.max(0, lines - 1); } };
  }

  const box = document.getElementById("export-progress");
  const bar = document.getElementById("export-bar");
  const status = document.getElementById("export-status");
  const ready = document.getElementById("export-ready");
  const save = document.getElementById("export-save");
  const open = document.getElementById("export-open");
  let blobUrl = null;

  function show(done, total) {
    bar.max = Math.max(total, 1);
    bar.value = done;
    bar.textContent = `${done} of ${total}`;
    status.textContent = `${done.toLocaleString()} of ${total.toLocaleString()} rows`;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form));
    const url = `${form.action}?${params}`;
    const format = params.get("format") || "csv";
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    box.hidden = false;
    ready.hidden = true;
    status.textContent = "Starting…";
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) {
        // The server answers a bad filter with the form and its messages: show that page.
        window.location.assign(url);
        return;
      }
      const total = Number(response.headers.get("X-Export-Rows") || 0);
      const name = (/filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "") || [])[1] || "export";
      const count = counter(format);
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      const parts = [];
      show(0, total);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        count.feed(decoder.decode(value, { stream: true }));
        show(Math.min(count.rows, total), total);
      }
      show(total, total);
      blobUrl = URL.createObjectURL(new Blob(parts, { type: response.headers.get("Content-Type") || "" }));
      save.href = blobUrl;
      save.download = name;
      save.textContent = `Save ${name}`;
      open.hidden = format !== "html";
      open.href = url;
      status.textContent = `${total.toLocaleString()} of ${total.toLocaleString()} rows: ready.`;
      ready.hidden = false;
    } catch (error) {
      status.textContent = `The export stopped: ${error.message}. Try again.`;
    } finally {
      button.disabled = false;
    }
  });
})();
