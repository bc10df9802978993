// factcheck's own script: htmx sends the CSRF token as a header on every request it makes.
// Kept in a file (not inline) so the Content-Security-Policy can forbid inline script.
document.addEventListener("htmx:configRequest", (event) => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers["X-CSRFToken"] = meta.content;
});

// Linking an existing source: picking a match fills the add-source form with it.
document.addEventListener("click", (event) => {
  const match = event.target.closest("button.source-match");
  if (!match) return;
  const form = match.closest("form");
  form.querySelector("#source-id").value = match.dataset.sourceId;
  form.querySelector("#source-url").value = match.dataset.sourceUrl;
  form.querySelector("#source-title").value = match.dataset.sourceTitle;
  form.querySelector("#source-results").textContent = "";
});

// After a successful comment or new source, empty the form (the server answered with fresh blocks).
document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (event.detail.successful && form.matches && form.matches("#comment-form, #evidence-form")) form.reset();
});

// The header's notification count follows htmx swaps: one small request after each swap that
// changed something, none while the page sits idle (no polling).
document.addEventListener("htmx:afterRequest", (event) => {
  const count = document.getElementById("notification-count");
  if (!count || !event.detail.successful || event.detail.elt === count) return;
  if (event.detail.requestConfig && event.detail.requestConfig.verb === "get") return;
  htmx.ajax("GET", "/notifications/count", { target: "#notification-count", swap: "outerHTML" });
});

// Mention completion: picking a name replaces the "@..." being typed at the end of the comment.
document.addEventListener("click", (event) => {
  const option = event.target.closest("button.mention-option");
  if (!option) return;
  const box = document.getElementById("comment-body");
  box.value = box.value.replace(/@[^@\s][^@\n]*$|@$/, "@" + option.dataset.handle + " ");
  document.getElementById("mention-options").textContent = "";
  box.focus();
});
