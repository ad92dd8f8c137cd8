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
