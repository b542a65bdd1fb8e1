// Masthead admin: the edition builder. Without this script every control is a plain form and the page reloads;
// with it, the articles to add filter as you type, and the lineup is ordered (by dragging, by Alt+Up and
// Alt+Down on a row's handle, or by its Up and Down buttons) and trimmed in place. Each change is sent at once;
// an order is sent whole, so the server can refuse one made from a stale page instead of guessing.
(function () {
  "use strict";

  function say(status, text, refused) {
    status.textContent = text;
    status.classList.toggle("refused", !!refused);
  }

  function send(url, token, ids) {
    var body = new URLSearchParams();
    body.set("_csrf", token);
    ids.forEach(function (id) { body.append("article", id); });
    return fetch(url, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "text/plain" } })
      .then(function (response) {
        return response.text().then(function (text) {
          if (!response.ok) {
            throw new Error(response.headers.get("Content-Type").indexOf("text/plain") === 0 ? text
              : "the server refused it (" + response.status + "); reload the page");
          }
          return text;
        });
      });
  }

  // list: the articles to add (null when there are none), which a piece taken out of the lineup goes back to.
  function lineup(table, list) {
    var tbody = table.tBodies[0];
    var status = document.getElementById("lineup-status");
    var token = table.querySelector("input[name=_csrf]").value;
    var queue = Promise.resolve();
    var dragged = null;
    var before = null;
    document.getElementById("lineup-hint").hidden = false;

    function rows() { return Array.prototype.slice.call(tbody.rows); }
    function ids() { return rows().map(function (row) { return row.dataset.id; }); }

    // Numbers, and the Up and Down buttons the first and the last cannot use, follow each move.
    function renumber() {
      var all = rows();
      all.forEach(function (row, i) {
        row.querySelector(".place-number").textContent = String(i + 1);
        var up = row.querySelector("button[formaction$='/up']");
        var down = row.querySelector("button[formaction$='/down']");
        if (up) { up.disabled = i === 0; }
        if (down) { down.disabled = i === all.length - 1; }
      });
    }

    // Changes go out one after the other, in the order made.
    function saveOrder(row) {
      var order = ids();
      var title = row.dataset.title;
      var place = order.indexOf(row.dataset.id) + 1;
      queue = queue.then(function () {
        return send(table.dataset.order, token, order).then(function () {
          say(status, "“" + title + "” is now number " + place + " of " + order.length + ". Saved.");
        });
      }).catch(function (error) {
        say(status, "Not saved: " + error.message, true);
      });
    }

    function move(row, by, focusOn) {
      var all = rows();
      var to = all.indexOf(row) + by;
      if (to < 0 || to >= all.length) {
        return;
      }
      tbody.insertBefore(row, by < 0 ? all[to] : all[to].nextSibling);
      renumber();
      flash(row);
      (focusOn && !focusOn.disabled ? focusOn : row.querySelector(".handle")).focus();
      saveOrder(row);
    }

    function flash(row) {
      row.classList.add("moved");
      setTimeout(function () { row.classList.remove("moved"); }, 800);
    }

    function remove(row) {
      var title = row.dataset.title;
      queue = queue.then(function () {
        return send(table.dataset.remove, token, [row.dataset.id]).then(function () {
          var next = row.nextElementSibling || row.previousElementSibling;
          row.remove();
          renumber();
          if (next) {
            next.querySelector(".handle").focus();
          } else {
            table.hidden = true;
            document.getElementById("lineup-heading").setAttribute("tabindex", "-1");
            document.getElementById("lineup-heading").focus();
          }
          var back = list && list.takeBack(row);
          say(status, "“" + title + "” is taken out of the lineup" + (back ? " and is back among the articles to add."
            : "; reload the page to see it among the articles to add."));
        });
      }).catch(function (error) {
        say(status, "Not removed: " + error.message, true);
      });
    }

    rows().forEach(function (row) {
      var cell = row.cells[0];
      var number = document.createElement("span");
      number.className = "place-number";
      number.textContent = cell.textContent;
      var handle = document.createElement("button");
      handle.type = "button";
      handle.className = "handle secondary";
      handle.textContent = "⠿";
      handle.setAttribute("aria-label", "Move “" + row.dataset.title + "”");
      handle.setAttribute("aria-describedby", "lineup-hint");
      cell.textContent = "";
      cell.appendChild(handle);
      cell.appendChild(number);
    });

    tbody.addEventListener("keydown", function (event) {
      var row = event.target.closest("tr");
      var onHandle = event.target.classList.contains("handle");
      if (!row || !(event.altKey || onHandle) || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) {
        return;
      }
      event.preventDefault();
      move(row, event.key === "ArrowUp" ? -1 : 1, event.target);
    });

    // The Up, Down and Remove buttons stay, and work in place.
    tbody.addEventListener("submit", function (event) {
      var button = event.submitter;
      var row = event.target.closest("tr");
      if (!button || !row) {
        return;
      }
      event.preventDefault();
      var step = button.getAttribute("formaction").replace(/.*\//, "");
      if (step === "remove") {
        remove(row);
      } else {
        move(row, step === "up" ? -1 : 1, button);
      }
    });

    // Dragging by the handle, with a mouse, a pen or a finger: the row follows the pointer, and the order is
    // sent once it is let go.
    tbody.addEventListener("pointerdown", function (event) {
      var handle = event.target.closest(".handle");
      if (!handle || event.button !== 0) {
        return;
      }
      dragged = handle.closest("tr");
      before = ids().join(",");
      handle.setPointerCapture(event.pointerId);
      dragged.classList.add("dragging");
    });
    tbody.addEventListener("pointermove", function (event) {
      if (!dragged) {
        return;
      }
      var under = document.elementFromPoint(event.clientX, event.clientY);
      var over = under && under.closest("tr");
      if (!over || over === dragged || over.parentNode !== tbody) {
        return;
      }
      var all = rows();
      tbody.insertBefore(dragged, all.indexOf(dragged) < all.indexOf(over) ? over.nextSibling : over);
      renumber();
    });
    function drop() {
      var row = dragged;
      if (!row) {
        return;
      }
      dragged = null;
      row.classList.remove("dragging");
      if (ids().join(",") !== before) {
        flash(row);
        saveOrder(row);
      }
    }
    tbody.addEventListener("pointerup", drop);
    tbody.addEventListener("pointercancel", drop);
  }

  function candidates(input) {
    var table = document.getElementById("candidates");
    var status = document.getElementById("candidate-status");
    if (!table) {
      return null;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var bar = status.parentNode;
    var all = document.createElement("button");
    all.type = "button";
    all.className = "secondary";
    all.textContent = "Select all shown";
    bar.insertBefore(all, bar.firstChild);
    var timer = null;

    function count() {
      var shown = rows.filter(function (row) { return !row.hidden; }).length;
      var ticked = rows.filter(function (row) { return row.querySelector("input[type=checkbox]").checked; }).length;
      say(status, (shown === rows.length ? rows.length + " waiting" : shown + " of " + rows.length + " shown") + ", " + ticked + " selected");
    }

    function filter() {
      var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      rows.forEach(function (row) {
        var text = (row.cells[1].textContent + " " + row.cells[2].textContent).toLowerCase();
        row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
      });
      clearTimeout(timer);
      timer = setTimeout(count, 300);
    }

    input.addEventListener("input", filter);
    table.addEventListener("change", count);
    all.addEventListener("click", function () {
      rows.forEach(function (row) {
        if (!row.hidden) {
          row.querySelector("input[type=checkbox]").checked = true;
        }
      });
      count();
    });

    // A piece taken out of the lineup comes first, as the most recently changed; a scheduled one is a draft again.
    function takeBack(from) {
      var id = from.dataset.id;
      var title = from.dataset.title;
      var row = document.createElement("tr");
      var pick = row.insertCell();
      pick.className = "pick";
      var box = document.createElement("input");
      box.type = "checkbox";
      box.name = "article";
      box.value = id;
      box.id = "pick-" + id;
      pick.appendChild(box);
      var name = row.insertCell();
      var label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = title;
      var open = document.createElement("a");
      open.href = "/admin/articles/" + id;
      open.className = "open-link";
      open.setAttribute("aria-label", "Open “" + title + "”");
      open.textContent = "open";
      name.append(label, " ", open);
      var state = from.cells[3].cloneNode(true);
      var badge = state.querySelector(".status");
      if (badge && badge.textContent === "scheduled") {
        badge.textContent = "draft";
        badge.className = "status status-draft";
      }
      row.append(from.cells[2].cloneNode(true), state);
      table.tBodies[0].insertBefore(row, table.tBodies[0].firstChild);
      rows.unshift(row);
      filter();
      return true;
    }

    return { takeBack: takeBack };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var search = document.getElementById("candidate-search");
    var list = search ? candidates(search) : null;
    var table = document.getElementById("lineup");
    if (table) {
      lineup(table, list);
    }
  });
})();
