// Masthead's reader pages work without this script; it only adds what a script can do better.
// Copy link: without JavaScript the control is a plain link to the article's own address (readers copy it
// from the link's menu); here it copies that address to the clipboard and says so in the bar's live region.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  function copy(link) {
    var status = link.closest(".share").querySelector(".share-status");
    navigator.clipboard.writeText(link.href).then(function () {
      status.textContent = "Link copied";
    }, function () {
      status.textContent = "The link could not be copied; copy it from the link's menu instead.";
    });
    // Announce again on a second copy: a live region speaks only when its text changes.
    status.textContent = "";
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("a[data-copy-link]").forEach(function (link) {
      link.setAttribute("role", "button");
      link.addEventListener("click", function (event) {
        event.preventDefault();
        copy(link);
      });
      link.addEventListener("keydown", function (event) {
        if (event.key === " ") {
          event.preventDefault();
          copy(link);
        }
      });
    });
  });
})();
