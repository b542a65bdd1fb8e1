// Masthead admin: the live preview of the Markdown editor. The server renders the preview with the same
// code that renders the published article, so what the editor sees is what readers will get.
(function () {
  "use strict";

  function livePreview(textarea) {
    var target = document.getElementById(textarea.dataset.preview);
    var form = textarea.form;
    if (!target || !form) {
      return;
    }
    var token = form.querySelector("input[name=_csrf]").value;
    var timer = null;
    var inFlight = null;
    var sentText = null;

    function refresh() {
      var text = textarea.value;
      if (text === sentText) {
        return;
      }
      sentText = text;
      if (inFlight) {
        inFlight.abort();
      }
      inFlight = new AbortController();
      var body = new URLSearchParams();
      body.set("_csrf", token);
      body.set("markdown", text);
      fetch("/admin/preview", { method: "POST", body: body, signal: inFlight.signal, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) { target.innerHTML = html; target.removeAttribute("aria-busy"); })
        .catch(function (error) { if (error && error.name === "AbortError") { return; } target.setAttribute("aria-busy", "false"); });
    }

    // Wait for a pause in typing: a long piece is rendered once per pause, not once per key.
    textarea.addEventListener("input", function () {
      target.setAttribute("aria-busy", "true");
      clearTimeout(timer);
      timer = setTimeout(refresh, Math.min(800, 150 + textarea.value.length / 200));
    });
  }

  // The focal point of a picture: a click on it writes where, in percent, into the form's two numbers (which work
  // without this script too) and moves the ring; the editor then saves it.
  function focalPoint(img) {
    var form = document.getElementById(img.dataset.focalForm);
    var frame = img.parentElement;
    if (!form) {
      return;
    }
    img.addEventListener("click", function (event) {
      var box = img.getBoundingClientRect();
      var across = Math.round(Math.min(100, Math.max(0, (event.clientX - box.left) / box.width * 100)));
      var down = Math.round(Math.min(100, Math.max(0, (event.clientY - box.top) / box.height * 100)));
      form.elements.x.value = across;
      form.elements.y.value = down;
      frame.className = frame.className.replace(/\s*focal-[xy]-\d+/g, "")
        + " focal-x-" + Math.round(across / 5) * 5 + " focal-y-" + Math.round(down / 5) * 5;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-preview]").forEach(livePreview);
    document.querySelectorAll("img[data-focal-form]").forEach(focalPoint);
  });
})();
