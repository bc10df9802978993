// /admin/feeds: with JavaScript, an uploaded file goes as the request body (streamed to disk by
// the server, never held whole in memory), with the upload's progress, then the import's (the
// server's job page, polled). Without it, the form is a plain multipart upload.
(() => {
  const form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest) return;
  const box = document.getElementById("upload-progress");
  const bar = document.getElementById("upload-bar");
  const status = document.getElementById("upload-status");
  const csrf = (document.cookie.match(/(?:^|; )csrftoken=([^;]*)/) || [])[1] || "";

  function poll(url) {
    fetch(url, { headers: { "x-csrftoken": csrf } }).then((r) => r.text().then((html) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      const job = doc.getElementById("import-job");
      status.textContent = job ? doc.getElementById("job-status").textContent : "The import could not be followed.";
      if (job && job.dataset.done !== "yes") setTimeout(() => poll(url), 500);
      else bar.value = bar.max;
    }));
  }

  form.addEventListener("submit", (event) => {
    const file = document.getElementById("feed-file").files[0];
    if (!file) return;
    event.preventDefault();
    box.hidden = false;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/admin/feeds/upload?name=" + encodeURIComponent(file.name));
    xhr.setRequestHeader("x-csrftoken", csrf);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      bar.max = e.total; bar.value = e.loaded;
      status.textContent = `Uploading: ${Math.round((e.loaded / e.total) * 100)} %`;
    };
    xhr.onload = () => {
      const doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
      const job = doc.getElementById("import-job");
      if (!job) {
        const problem = doc.querySelector(".form-error, .error");
        status.textContent = problem ? problem.textContent.trim() : `The upload failed (${xhr.status}).`;
        return;
      }
      status.textContent = "Importing…";
      poll(`/admin/feeds/jobs/${job.dataset.job}`);
    };
    xhr.onerror = () => { status.textContent = "The upload failed; nothing was imported."; };
    xhr.send(file);
  });
})();
