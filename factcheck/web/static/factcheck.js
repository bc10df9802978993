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

// After an htmx save, focus does not fall back to <body>: it moves to the first error in the updated
// section, else to its heading, and a polite live region says what was saved (WCAG 2.4.3, 4.1.3).
// A section names where focus goes with data-focus (the actions go to the claim's heading).
function focusTarget(section) {
  if (!section) return null;
  return (
    section.querySelector('[role="alert"], .field-error') ||
    section.querySelector('[role="status"]') ||
    section.querySelector("h1, h2, h3")
  );
}

function moveFocus(element) {
  if (!element) return;
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "nearest" });
}

// Where each save came from is kept per request (its XMLHttpRequest), so another request settling
// in between (the header's notification count) neither takes nor loses the save's focus.
const savedFrom = new WeakMap();
document.addEventListener("htmx:beforeRequest", (event) => {
  const elt = event.detail.elt;
  const form = elt instanceof HTMLFormElement ? elt : null;
  if (!form || (form.getAttribute("method") || "").toLowerCase() !== "post") return;
  const section = form.closest("section[id]");
  if (section) savedFrom.set(event.detail.xhr, section.dataset.focus || "#" + section.id);
});

document.addEventListener("htmx:afterSettle", (event) => {
  const selector = savedFrom.get(event.detail.xhr);
  if (!selector) return;
  savedFrom.delete(event.detail.xhr);
  const section = document.querySelector(selector);
  const target = focusTarget(section);
  if (!target) return;
  moveFocus(target);
  const live = document.getElementById("live-status");
  if (live && !target.matches('[role="alert"], .field-error')) {
    live.textContent = "Saved: " + target.textContent.trim().replace(/\s+/g, " ");
  }
});

// "Copy link" beside the public page's link: shown only where script runs; the link itself works
// without it. Copies the absolute address and says so in the live region.
function showCopyButtons() {
  document.querySelectorAll("button.copy-link[hidden]").forEach((button) => {
    if (navigator.clipboard) button.hidden = false;
  });
}
document.addEventListener("DOMContentLoaded", showCopyButtons);
document.addEventListener("htmx:afterSettle", showCopyButtons);
document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest("button.copy-link") : null;
  if (!button) return;
  const url = new URL(button.dataset.copy, window.location.href).href;
  navigator.clipboard.writeText(url).then(() => {
    button.textContent = "Link copied";
    const live = document.getElementById("live-status");
    if (live) live.textContent = "Copied " + url;
  });
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

// The queue's and board's search for an assignee (a desk past PEOPLE_LISTED): the server resolves a
// typed name to the person and shows them in the assignee menu, or says why not beside the field,
// so the filters form with a name typed loads the page rather than swapping the results. Leaving
// the field for a suggested person's link does not send it; Enter does. Choosing in the menu
// empties the field, so the menu's choice is the one sent.
document.addEventListener("htmx:confirm", (event) => {
  const form = event.detail.elt;
  if (!(form instanceof HTMLFormElement) || form.id !== "queue-filters") return;
  const person = form.querySelector("#f-person");
  if (!person || !person.value.trim()) return;
  event.preventDefault();
  form.submit();
});
document.addEventListener(
  "change",
  (event) => {
    if (event.target.id === "f-person") event.stopPropagation();
    if (event.target.id !== "f-assignee") return;
    const person = document.getElementById("f-person");
    if (person) person.value = "";
    const found = document.getElementById("f-person-found");
    if (found) found.textContent = "";
  },
  true,
);
