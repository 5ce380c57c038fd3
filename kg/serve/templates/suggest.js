// Suggestions for the name boxes: names the graph knows that contain what was typed.
(function () {
  "use strict";
  var list = document.getElementById("suggestions");
  if (!list) return;
  var timer = null;
  function fill(text) {
    fetch("/api/suggest?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) {
        list.textContent = "";
        items.forEach(function (item) {
          var option = document.createElement("option");
          option.value = item.label;
          list.appendChild(option);
        });
      })
      .catch(function () {});
  }
  document.querySelectorAll("input[list=suggestions]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length >= 2) timer = setTimeout(function () { fill(text); }, 150);
    });
  });
})();
