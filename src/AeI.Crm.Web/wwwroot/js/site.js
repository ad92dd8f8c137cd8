// Autocomplete for inputs with data-lookup: fills the input's <datalist> from a JSON endpoint
// returning [{label}], e.g. /api/lookup/municipalities?q=Rh. No framework, works offline.
(function () {
  "use strict";
  document.querySelectorAll("input[data-lookup]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0;
    var lastQuery = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === lastQuery) { return; }
        lastQuery = q;
        fetch(input.dataset.lookup + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.replaceChildren.apply(list, items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              return option;
            }));
          })
          .catch(function () { /* offline or signed out: the field still accepts typed text */ });
      }, 150);
    });
  });
})();

// Destructive actions ask first: a form with data-confirm="question" submits only after OK.
(function () {
  "use strict";
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });
})();

// Character counters: an input or textarea with data-counter="id" and a maxlength shows "n / max" in that element.
(function () {
  "use strict";
  document.querySelectorAll("[data-counter]").forEach(function (field) {
    var out = document.getElementById(field.dataset.counter);
    if (!out) { return; }
    var update = function () { out.textContent = field.value.length + " / " + field.maxLength; };
    field.addEventListener("input", update);
    update();
  });
})();

// "Non contattare": a select with data-consent-warning="id" shows that element while the chosen option has data-no-consent.
function aeiConsentWarning(select) {
  "use strict";
  var box = document.getElementById(select.dataset.consentWarning);
  if (!box) { return; }
  var option = select.options[select.selectedIndex];
  box.hidden = !(option && option.dataset.noConsent === "true");
}
document.querySelectorAll("select[data-consent-warning]").forEach(function (select) {
  "use strict";
  select.addEventListener("change", function () { aeiConsentWarning(select); });
});

// A short message at the top of the page, as the server's TempData messages look.
function aeiAnnounce(text, kind) {
  "use strict";
  var main = document.getElementById("main");
  var box = document.createElement("div");
  box.className = "alert alert-" + (kind || "success");
  box.setAttribute("role", kind === "danger" ? "alert" : "status");
  box.dataset.testid = "announcement";
  box.textContent = text;
  main.insertBefore(box, main.firstChild);
  window.scrollTo({ top: 0 });
}

// A dialog's form saved with fetch: the server answers JSON, { ok, ... } or { ok: false, errors: { field: [messages] } }
// (422, or 409 for a concurrent change). Errors go beside their field (data-error-for), else in the form's general slot.
// Returns nothing; calls onSaved(result) when saved, onError(key) for each field in error.
function aeiSubmitJson(form, onSaved, onError) {
  "use strict";
  var general = function () { return form.querySelector("[data-error-for='']"); };
  form.querySelectorAll("[data-error-for]").forEach(function (e) { e.textContent = ""; });
  var save = form.querySelector("button[type='submit']");
  save.disabled = true;
  fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) {
      if (r.status === 422 || r.status === 409 || r.ok) { return r.json(); }
      throw new Error(String(r.status));
    })
    .then(function (result) {
      if (result.ok) { onSaved(result); return; }
      Object.keys(result.errors).forEach(function (key) {
        var target = form.querySelector("[data-error-for='" + key + "']");
        if (!target || target.closest("[hidden]")) { target = general(); }
        target.textContent = result.errors[key].join(" ");
        if (onError) { onError(key); }
      });
      var first = form.querySelector("[data-error-for]:not(:empty)");
      if (first) { first.scrollIntoView({ block: "nearest" }); }
    })
    .catch(function () {
      general().textContent = "Non è stato possibile salvare: controlla la connessione e riprova. Nulla è stato registrato.";
    })
    .finally(function () { save.disabled = false; });
}

// Quick log: buttons with data-quick-log="{companyId}" open the dialog; it saves with fetch and stays on the page.
(function () {
  "use strict";
  var dialog = document.getElementById("quick-log");
  if (!dialog) { return; }
  var form = dialog.querySelector("form");
  var field = function (name) { return form.querySelector("[data-field='" + name + "']"); };
  var clearErrors = function () { form.querySelectorAll("[data-error-for]").forEach(function (e) { e.textContent = ""; }); };
  var opener = null;

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-quick-log]");
    if (!button) { return; }
    event.preventDefault();
    opener = button;
    var id = button.dataset.quickLog;
    fetch("/Activities/Quick?handler=Contacts&companyId=" + encodeURIComponent(id), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) {
        form.reset();
        clearErrors();
        field("company").value = id;
        field("return").value = location.pathname + location.search;
        dialog.querySelector("[data-field='company-name']").textContent = data.company;
        field("now").value = data.now.substring(0, 16);
        field("min-today").min = data.today;
        var select = field("contacts");
        select.replaceChildren(new Option("—", ""));
        data.contacts.forEach(function (c) {
          var option = new Option(c.name + (c.role ? " – " + c.role : "") + (c.noConsent ? " (non contattare)" : ""), String(c.id));
          if (c.noConsent) { option.dataset.noConsent = "true"; }
          select.add(option);
        });
        aeiConsentWarning(select);
        form.querySelectorAll("[data-counter]").forEach(function (f) { f.dispatchEvent(new Event("input")); });
        dialog.showModal();
        form.querySelector("input[name='Input.Type']:checked").focus();
      })
      .catch(function () { location.href = "/Activities/Quick?companyId=" + encodeURIComponent(id) + "&returnUrl=" + encodeURIComponent(location.pathname + location.search); });
  });

  dialog.querySelectorAll("[data-quick-log-close]").forEach(function (b) { b.addEventListener("click", function () { dialog.close(); }); });
  dialog.addEventListener("close", function () { if (opener) { opener.focus(); } });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    aeiSubmitJson(form, function (result) {
      dialog.close();
      aeiAnnounce(result.message);
    }, function (key) {
      if (key === "Input.ConfirmNoConsent") { document.getElementById("ql-consent").hidden = false; }
    });
  });
})();

// Global search in the header: results as you type, arrows to move, Enter to open, "/" or Ctrl+K to focus, Esc to close.
(function () {
  "use strict";
  var input = document.getElementById("global-search");
  if (!input) { return; }
  var list = document.getElementById("global-search-results");
  var items = [];
  var active = -1;
  var timer = 0;
  var seq = 0;

  var close = function () { list.classList.remove("show"); input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; };
  var mark = function (i) {
    items.forEach(function (el, n) { el.classList.toggle("active", n === i); el.setAttribute("aria-selected", n === i ? "true" : "false"); });
    active = i;
    if (i >= 0) { input.setAttribute("aria-activedescendant", items[i].id); items[i].scrollIntoView({ block: "nearest" }); }
  };
  var render = function (hits, q) {
    list.replaceChildren();
    items = [];
    if (hits.length === 0) {
      var none = document.createElement("div");
      none.className = "dropdown-item-text text-body-secondary small";
      none.textContent = "Nessun risultato per «" + q + "»";
      list.appendChild(none);
    }
    var kind = "";
    hits.forEach(function (h, n) {
      if (h.kind !== kind) {
        kind = h.kind;
        var head = document.createElement("h6");
        head.className = "dropdown-header";
        head.textContent = h.kindLabel;
        list.appendChild(head);
      }
      var a = document.createElement("a");
      a.className = "dropdown-item";
      a.href = h.url;
      a.id = "gs-" + n;
      a.setAttribute("role", "option");
      a.dataset.kind = h.kind;
      var label = document.createElement("div");
      label.textContent = h.label;
      a.appendChild(label);
      if (h.detail) {
        var detail = document.createElement("div");
        detail.className = "small text-body-secondary text-truncate";
        detail.textContent = h.detail;
        a.appendChild(detail);
      }
      if (h.kind === "company" && h.companyId && document.getElementById("quick-log")) {
        // Log a contact straight from the result: no page to load.
        var row = document.createElement("div");
        row.className = "d-flex align-items-center";
        a.classList.add("flex-grow-1");
        row.appendChild(a);
        var log = document.createElement("button");
        log.type = "button";
        log.className = "btn btn-sm btn-outline-primary me-2";
        log.dataset.quickLog = String(h.companyId);
        log.dataset.testid = "search-quick-log";
        log.title = "Registra un contatto con " + h.label;
        log.setAttribute("aria-label", log.title);
        log.tabIndex = -1;
        var icon = document.createElement("i");
        icon.className = "bi bi-telephone-plus";
        log.appendChild(icon);
        row.appendChild(log);
        list.appendChild(row);
      } else {
        list.appendChild(a);
      }
      items.push(a);
    });
    var all = document.createElement("a");
    all.className = "dropdown-item small text-primary border-top";
    all.href = "/Search?q=" + encodeURIComponent(q);
    all.id = "gs-all";
    all.setAttribute("role", "option");
    all.textContent = "Tutti i risultati per «" + q + "»";
    list.appendChild(all);
    items.push(all);
    list.classList.add("show");
    input.setAttribute("aria-expanded", "true");
    mark(-1);
  };

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      var mine = ++seq;
      fetch("/Search?handler=Suggest&q=" + encodeURIComponent(q), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (hits) { if (mine === seq) { render(hits, q); } })
        .catch(function () { /* offline: Enter still opens the results page */ });
    }, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && items.length) { event.preventDefault(); mark((active + 1) % items.length); }
    else if (event.key === "ArrowUp" && items.length) { event.preventDefault(); mark(active <= 0 ? items.length - 1 : active - 1); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); location.href = items[active].href; }
    else if (event.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 200); });
  // A press on a result keeps the focus in the box, so the list stays open until the click lands.
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  list.addEventListener("click", function (event) { if (event.target.closest("[data-quick-log]")) { close(); } });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if ((event.key === "/" && !typing) || (event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();

// A long select gets a filter box: input[data-filter-for="selectId"] (hidden until script runs) keeps
// the options whose text contains every typed word, case and accents aside, and shows them as a list.
(function () {
  "use strict";
  var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  document.querySelectorAll("input[data-filter-for]").forEach(function (input) {
    var select = document.getElementById(input.dataset.filterFor);
    if (!select) { return; }
    input.hidden = false;
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      var first = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var keep = option.value === "" || words.every(function (w) { return fold(option.text).indexOf(w) >= 0; });
        option.hidden = !keep;
        option.disabled = !keep;
        if (keep && option.value !== "") { shown++; first = first || option; }
      });
      select.size = words.length ? Math.min(Math.max(shown + 1, 2), 8) : 0;
      if (shown === 1 && first) { select.value = first.value; }
    });
  });
})();

// Pipeline board: drag a card to a column (or press its "Sposta" button), confirm in the dialog;
// the server applies the same rules as the placement's form and the card moves without a reload.
(function () {
  "use strict";
  var board = document.querySelector("[data-board]");
  var dialog = document.getElementById("board-move");
  if (!board || !dialog) { return; }
  var form = dialog.querySelector("form");
  var stageSelect = form.querySelector("[data-field='stage']");
  var status = document.getElementById("board-status");
  var order = { Proposed: 1, CvSent: 2, Interview: 3, Internship: 4, Hired: 5, NotSelected: 6, Withdrawn: 7 };
  var current = null;
  var dragged = null;

  var clearErrors = function () { form.querySelectorAll("[data-error-for]").forEach(function (e) { e.textContent = ""; }); };
  var showFor = function (stage) {
    form.querySelectorAll("[data-when]").forEach(function (el) { el.hidden = el.dataset.when.split(" ").indexOf(stage) < 0; });
  };
  var allowed = function (from, to) { return to !== from && (to === "NotSelected" || to === "Withdrawn" || order[to] > order[from]); };
  var next = function (from) { return Object.keys(order).filter(function (s) { return order[s] === order[from] + 1; })[0] || "Hired"; };
  var say = function (text) { status.textContent = text; };

  var open = function (card, stage) {
    current = card;
    clearErrors();
    form.reset();
    form.querySelector("[data-field='id']").value = card.dataset.card;
    form.querySelector("[data-field='version']").value = card.dataset.version;
    dialog.querySelector("[data-field='name']").textContent = card.dataset.name;
    Array.prototype.forEach.call(stageSelect.options, function (o) { o.hidden = o.disabled = !allowed(card.dataset.stage, o.value); });
    stageSelect.value = stage;
    showFor(stage);
    dialog.showModal();
    form.querySelector("button[type='submit']").focus();
  };

  stageSelect.addEventListener("change", function () { showFor(stageSelect.value); });
  dialog.querySelector("[data-board-close]").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () { if (current) { var b = current.querySelector("[data-board-move]"); if (b && document.contains(b)) { b.focus(); } } });

  board.addEventListener("click", function (event) {
    var button = event.target.closest("[data-board-move]");
    if (!button) { return; }
    var card = button.closest("[data-card]");
    open(card, next(card.dataset.stage));
  });

  board.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest("[data-card][draggable='true']");
    if (!card) { return; }
    dragged = card;
    card.classList.add("board-dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.card);
  });
  board.addEventListener("dragend", function () {
    if (dragged) { dragged.classList.remove("board-dragging"); }
    board.querySelectorAll(".board-drop-ok").forEach(function (z) { z.classList.remove("board-drop-ok"); });
  });
  board.addEventListener("dragover", function (event) {
    var zone = event.target.closest("[data-drop-stage]");
    if (!zone || !dragged || !allowed(dragged.dataset.stage, zone.dataset.dropStage)) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    zone.classList.add("board-drop-ok");
  });
  board.addEventListener("dragleave", function (event) {
    var zone = event.target.closest("[data-drop-stage]");
    if (zone && !zone.contains(event.relatedTarget)) { zone.classList.remove("board-drop-ok"); }
  });
  board.addEventListener("drop", function (event) {
    var zone = event.target.closest("[data-drop-stage]");
    if (!zone || !dragged) { return; }
    event.preventDefault();
    zone.classList.remove("board-drop-ok");
    open(dragged, zone.dataset.dropStage);
  });

  var recount = function () {
    board.querySelectorAll("section[data-drop-stage]").forEach(function (col) {
      var badge = col.querySelector("[data-column-count]");
      if (badge) { badge.textContent = col.querySelectorAll("[data-card]").length; }
    });
    var total = document.querySelector("[data-testid='board-count']");
    if (total) { total.textContent = board.querySelectorAll("[data-card]").length; }
  };

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    aeiSubmitJson(form, function (result) {
      dialog.close();
      var card = current;
      card.dataset.version = result.version;
      card.dataset.stage = result.stage;
      if (result.open) {
        card.classList.remove("board-card-idle");
        var idle = card.querySelector("[data-testid='idle']");
        if (idle) { idle.remove(); }
        board.querySelector("section[data-drop-stage='" + result.stage + "'] [data-cards]").appendChild(card);
      } else {
        card.remove();
      }
      recount();
      say(card.dataset.name + ": " + result.message);
      aeiAnnounce(card.dataset.name + ": " + result.message);
      var button = card.querySelector("[data-board-move]");
      if (result.open && button) { button.focus(); }
    });
  });
})();

// Person form: "Aggiungi un'esperienza" copies the row template with the next index; "Togli" empties a row and hides it (an empty row is not saved).
(function () {
  "use strict";
  var add = document.querySelector("[data-add-experience]");
  var rows = document.querySelector("[data-experience-rows]");
  var template = document.getElementById("experience-row-template");
  if (!add || !rows || !template) { return; }
  add.addEventListener("click", function () {
    var index = rows.querySelectorAll("[data-experience-row]").length;
    var html = template.innerHTML.replace(/__i__/g, String(index));
    rows.insertAdjacentHTML("beforeend", html);
    var added = rows.lastElementChild;
    added.querySelector("input").focus();
  });
  rows.addEventListener("click", function (event) {
    var remove = event.target.closest("[data-remove-experience]");
    if (!remove) { return; }
    var row = remove.closest("[data-experience-row]");
    row.querySelectorAll("input").forEach(function (input) { if (input.type === "checkbox") { input.checked = false; } else { input.value = ""; } });
    row.hidden = true;
    add.focus();
  });
})();

// A "Stampa" button (data-print) prints the page with the print stylesheet.
document.querySelectorAll("[data-print]").forEach(function (button) {
  "use strict";
  button.addEventListener("click", function () { window.print(); });
});
