// Masthead admin: the article editor over the Markdown text. A formatting toolbar with keyboard shortcuts,
// typographic quotes, apostrophes, dashes and ellipses made as one types, a word count with the reading time, and
// autosave of drafts. Without this script the form works as before: it only adds.
(function () {
  "use strict";

  var MAC = /Mac|iPhone|iPad/.test(navigator.platform);
  var SMART_KEY = "masthead.typographic";

  // Replaces a stretch of the text as if typed, so that the browser's undo takes it back.
  function replace(textarea, start, end, text, selectFrom, selectTo) {
    textarea.focus();
    textarea.setSelectionRange(start, end);
    var typed = false;
    try {
      typed = document.execCommand("insertText", false, text);
    } catch (ignored) {
      typed = false;
    }
    if (!typed) {
      textarea.setRangeText(text, start, end, "end");
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
    if (selectFrom !== undefined) {
      textarea.setSelectionRange(selectFrom, selectTo);
    }
  }

  // Bold, italic: puts the marks around the selection, or takes them away when they are already there.
  function wrap(textarea, mark, placeholder) {
    var s = textarea.selectionStart, e = textarea.selectionEnd, v = textarea.value;
    var chosen = v.slice(s, e);
    if (v.slice(s - mark.length, s) === mark && v.slice(e, e + mark.length) === mark) {
      replace(textarea, s - mark.length, e + mark.length, chosen, s - mark.length, e - mark.length);
      return;
    }
    var inner = chosen || placeholder;
    replace(textarea, s, e, mark + inner + mark, s + mark.length, s + mark.length + inner.length);
  }

  function link(textarea) {
    var s = textarea.selectionStart, e = textarea.selectionEnd;
    var words = textarea.value.slice(s, e) || "link text";
    var address = /^https?:\/\/\S+$/.test(words) ? words : "https://";
    var text = "[" + words + "](" + address + ")";
    var at = s + words.length + 3;
    replace(textarea, s, e, text, at, at + address.length);
  }

  // Headings, quotes, lists: a mark at the start of every line of the selection, or taken away from all of them.
  function lines(textarea, markFor, marked) {
    var v = textarea.value, s = textarea.selectionStart, e = textarea.selectionEnd;
    var from = v.lastIndexOf("\n", s - 1) + 1;
    var to = v.indexOf("\n", e > s && v[e - 1] === "\n" ? e - 1 : e);
    to = to < 0 ? v.length : to;
    var rows = v.slice(from, to).split("\n");
    var all = rows.every(function (row) { return marked.test(row); });
    var text = rows.map(function (row, i) {
      var bare = row.replace(/^(#{1,6} |> |[-*+] |\d+\. )/, "");
      return all ? bare : markFor(i) + bare;
    }).join("\n");
    replace(textarea, from, to, text, from, from + text.length);
  }

  var ACTIONS = [
    { label: "Bold", keys: "B", code: "KeyB", run: function (t) { wrap(t, "**", "bold text"); } },
    { label: "Italic", keys: "I", code: "KeyI", run: function (t) { wrap(t, "_", "italic text"); } },
    { label: "Link", keys: "K", code: "KeyK", run: link },
    { label: "Heading", keys: "Alt+2", code: "Digit2", alt: true,
      run: function (t) { lines(t, function () { return "## "; }, /^## /); } },
    { label: "Quote", keys: "Shift+9", code: "Digit9", shift: true,
      run: function (t) { lines(t, function () { return "> "; }, /^> /); } },
    { label: "List", keys: "Shift+8", code: "Digit8", shift: true,
      run: function (t) { lines(t, function () { return "- "; }, /^[-*+] /); } },
    { label: "Numbered list", keys: "Shift+7", code: "Digit7", shift: true,
      run: function (t) { lines(t, function (i) { return (i + 1) + ". "; }, /^\d+\. /); } },
    { label: "Picture", run: function (t) { pictures(t); } }
  ];

  function shortcut(action) {
    return (MAC ? "Meta+" : "Control+") + action.keys;
  }

  function toolbar(textarea) {
    var bar = document.createElement("div");
    bar.className = "editor-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Formatting");
    bar.setAttribute("aria-controls", textarea.id);
    var buttons = ACTIONS.map(function (action, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = action.label;
      if (action.keys) {
        button.title = action.label + " (" + shortcut(action).replace("Meta+", "⌘").replace("Control+", "Ctrl+") + ")";
        button.setAttribute("aria-keyshortcuts", shortcut(action));
      }
      button.tabIndex = i === 0 ? 0 : -1;
      button.addEventListener("click", function () { action.run(textarea); });
      bar.appendChild(button);
      return button;
    });
    // One stop in the tab order; the arrow keys move along the toolbar.
    bar.addEventListener("keydown", function (event) {
      var at = buttons.indexOf(document.activeElement);
      if (at < 0 || (event.key !== "ArrowRight" && event.key !== "ArrowLeft" && event.key !== "Home" && event.key !== "End")) {
        return;
      }
      event.preventDefault();
      var next = event.key === "Home" ? 0 : event.key === "End" ? buttons.length - 1
        : (at + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length;
      buttons[at].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });
    var smart = document.createElement("label");
    smart.className = "editor-smart";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = localStorage.getItem(SMART_KEY) !== "off";
    box.addEventListener("change", function () { localStorage.setItem(SMART_KEY, box.checked ? "on" : "off"); });
    smart.appendChild(box);
    smart.appendChild(document.createTextNode(" Typographic quotes and dashes"));
    bar.appendChild(smart);
    textarea.parentNode.insertBefore(bar, textarea);
    textarea.addEventListener("keydown", function (event) {
      if (!(MAC ? event.metaKey : event.ctrlKey)) {
        return;
      }
      ACTIONS.forEach(function (action) {
        if (event.code === action.code && !!action.alt === event.altKey && !!action.shift === event.shiftKey) {
          event.preventDefault();
          action.run(textarea);
        }
      });
    });
    return box;
  }

  // Puts a block (a figure) at the caret, on lines of its own with a blank line before and after.
  function insertBlock(textarea, block) {
    var v = textarea.value, s = textarea.selectionStart, e = textarea.selectionEnd;
    var before = v.slice(0, s), after = v.slice(e);
    var lead = before === "" || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
    var tail = after === "" || /^\n\n/.test(after) ? "\n" : /^\n/.test(after) ? "\n" : "\n\n";
    replace(textarea, s, e, lead + block + tail);
  }

  // The picture dialog: the library's newest to pick from, or an upload with its credit, inserted as a figure.
  function pictures(textarea) {
    var dialog = document.querySelector("dialog.picture-dialog");
    if (!dialog) {
      // The dialog's form is in the page, in a template: its labels and licences come from the server.
      dialog = document.getElementById("picture-dialog").content.firstElementChild.cloneNode(true);
      document.body.appendChild(dialog);
      var form = dialog.querySelector("form");
      dialog.querySelector(".picture-close").addEventListener("click", function () { dialog.close(); });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var body = new FormData(form);
        body.set("_csrf", textarea.form.querySelector("input[name=_csrf]").value);
        say(dialog, "Uploading…");
        fetch("/admin/media/inline", { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (response) { return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; }); })
          .then(function (reply) {
            if (!reply.ok) {
              say(dialog, reply.answer.message || "Not uploaded.");
              var field = form.querySelector("[name=" + (reply.answer.field || "file") + "]");
              if (field) {
                field.focus();
              }
              return;
            }
            form.reset();
            dialog.close();
            insertBlock(textarea, reply.answer.figure);
          })
          .catch(function () { say(dialog, "Not uploaded: the server cannot be reached."); });
      });
    }
    say(dialog, "Loading the library…");
    dialog.showModal();
    fetch("/admin/media/inline", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (library) { fill(dialog, textarea, library); })
      .catch(function () { say(dialog, "The library could not be loaded; an upload still works."); });
  }

  function say(dialog, text) {
    dialog.querySelector(".picture-status").textContent = text;
  }

  function fill(dialog, textarea, library) {
    var list = dialog.querySelector(".picture-choices");
    list.textContent = "";
    library.pictures.forEach(function (picture) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      var thumb = document.createElement("img");
      thumb.src = picture.thumbnail;
      thumb.alt = "";
      var label = document.createElement("span");
      label.textContent = picture.label;
      button.appendChild(thumb);
      button.appendChild(label);
      item.appendChild(button);
      if (picture.needs.length) {
        button.disabled = true;
        var fix = document.createElement("a");
        fix.href = "/admin/media/" + picture.id;
        fix.textContent = "Needs " + picture.needs.join(", ") + ": describe it first";
        item.appendChild(fix);
      } else {
        button.addEventListener("click", function () {
          dialog.close();
          insertBlock(textarea, picture.figure);
        });
      }
      list.appendChild(item);
    });
    say(dialog, library.pictures.length ? "" : "The library is empty: upload a picture below.");
  }

  // Whether the character at this place is code, a link's address or inside a tag, where quotes stay straight.
  function literal(v, at) {
    var lineStart = v.lastIndexOf("\n", at - 1) + 1;
    var line = v.slice(lineStart, at);
    var fences = v.slice(0, lineStart).match(/^(```|~~~)/gm);
    if ((fences && fences.length % 2 === 1) || /^( {4}|\t)/.test(line)) {
      return true;
    }
    if ((line.match(/`/g) || []).length % 2 === 1) {
      return true;
    }
    if (line.lastIndexOf("](") > line.lastIndexOf(")") || line.lastIndexOf("<") > line.lastIndexOf(">")) {
      return true;
    }
    return /\|/.test(line) && /^[\s|:-]*$/.test(line);
  }

  function opening(before) {
    return before === undefined || /[\s(\[{\u2014\u2013\u201C\u2018"-]/.test(before);
  }

  function typographer(textarea, enabled) {
    var busy = false;
    textarea.addEventListener("input", function (event) {
      if (busy || !enabled.checked || event.inputType !== "insertText" || !event.data || event.data.length !== 1) {
        return;
      }
      var at = textarea.selectionStart, v = textarea.value, typed = event.data;
      if (at !== textarea.selectionEnd || v[at - 1] !== typed || literal(v, at - 1)) {
        return;
      }
      var before = v[at - 2], from = at - 1, made = null;
      if (typed === "\"") {
        made = opening(before) ? "\u201C" : "\u201D";
      } else if (typed === "'") {
        made = opening(before) ? "\u2018" : "\u2019";
      } else if (typed === "-" && before === "-" && !/^-*$/.test(v.slice(v.lastIndexOf("\n", at - 1) + 1, at))) {
        made = "\u2013";
        from = at - 2;
      } else if (typed === "-" && before === "\u2013") {
        made = "\u2014";
        from = at - 2;
      } else if (typed === "." && before === "." && v[at - 3] === ".") {
        made = "\u2026";
        from = at - 3;
      }
      if (made) {
        busy = true;
        replace(textarea, from, at, made);
        busy = false;
      }
    });
  }

  // Words as a reader counts them: the Markdown's marks, addresses and code left out.
  function words(text) {
    var prose = text.replace(/```[\s\S]*?```/g, " ").replace(/<[^>]*>/g, " ").replace(/\]\([^)]*\)/g, " ")
      .replace(/https?:\/\/\S+/g, " ");
    return (prose.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.\-]*/gu) || []).length;
  }

  function counter(textarea, output) {
    function show() {
      var count = words(textarea.value);
      var minutes = Math.max(1, Math.round(count / 230));
      output.textContent = count.toLocaleString("en") + (count === 1 ? " word" : " words") + " · "
        + (count === 0 ? "nothing to read yet" : minutes + " min read");
    }
    textarea.addEventListener("input", show);
    show();
  }

  // Saves a draft after a pause in typing, over the version it was opened at: a newer save by anyone stops it.
  function autosave(form, output) {
    var address = form.dataset.autosave;
    var version = form.querySelector("input[name=version]");
    var changed = false, sending = false, stopped = false, savedAt = null, timer = null;

    function ago() {
      if (savedAt === null || stopped || changed) {
        return;
      }
      var seconds = Math.round((Date.now() - savedAt) / 1000);
      output.textContent = "Saved " + (seconds < 5 ? "just now" : seconds < 60 ? (Math.floor(seconds / 5) * 5) + " s ago"
        : Math.floor(seconds / 60) + " min ago");
    }

    function later(ms) {
      clearTimeout(timer);
      timer = setTimeout(send, ms);
    }

    function send() {
      if (!changed || sending || stopped) {
        return;
      }
      sending = true;
      changed = false;
      var body = new URLSearchParams(new FormData(form));
      body.delete("keep_topic");
      output.textContent = "Saving…";
      fetch(address, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (answer) {
            return { status: response.status, answer: answer };
          });
        })
        .then(function (reply) {
          sending = false;
          if (reply.status === 200) {
            version.value = reply.answer.version;
            savedAt = Date.now();
            if (changed) {
              later(2000);
            } else {
              ago();
            }
          } else if (reply.status === 409) {
            stopped = true;
            output.textContent = reply.answer.message || "Not saved: someone saved a newer version.";
            output.classList.add("autosave-stopped");
          } else {
            changed = true;
            output.textContent = reply.answer.message || "Not saved automatically; use Save.";
          }
        })
        .catch(function () {
          sending = false;
          changed = true;
          output.textContent = "Not saved: the server cannot be reached. Trying again shortly.";
          later(15000);
        });
    }

    form.addEventListener("input", function (event) {
      if (stopped || event.target.name === "keep_topic") {
        return;
      }
      changed = true;
      later(3000);
    });
    form.addEventListener("submit", function () {
      stopped = true;
      clearTimeout(timer);
    });
    window.addEventListener("beforeunload", function (event) {
      if (changed && !stopped) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
    setInterval(ago, 5000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var textarea = document.querySelector("textarea[data-editor]");
    if (!textarea || textarea.closest("fieldset[disabled]")) {
      return;
    }
    var status = document.getElementById(textarea.getAttribute("aria-describedby"));
    if (textarea.dataset.editor === "markdown") {
      typographer(textarea, toolbar(textarea));
    }
    if (status) {
      counter(textarea, status.querySelector(".word-count"));
    }
    if (textarea.form.dataset.autosave && status) {
      autosave(textarea.form, status.querySelector(".autosave-status"));
    }
  });
})();
