// factcheck's own script: htmx sends the CSRF token as a header on every request it makes.
// Kept in a file (not inline) so the Content-Security-Policy can forbid inline script.
document.addEventListener("htmx:configRequest", (event) => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers["X-CSRFToken"] = meta.content;
});
