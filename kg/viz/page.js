// kg's page script: draws the graph held in #kg-data with vis-network. Every name is put
// into the page with textContent, so a name that looks like markup stays text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function line(parent, text, className) {
    var element = document.createElement("div");
    element.textContent = text;
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }

  function nodeTooltip(node) {
    var tip = document.createElement("div");
    line(tip, node.label, "kg-tip-title");
    line(tip, node.kg.cls, "kg-tip-meta");
    if (node.kg.aliases.length) line(tip, "also: " + node.kg.aliases.join("; "));
    line(tip, node.kg.iri, "kg-tip-meta");
    return tip;
  }

  function edgeTooltip(edge, names) {
    var tip = document.createElement("div");
    line(tip, names[edge.from] + " " + edge.label + " " + names[edge.to], "kg-tip-title");
    edge.kg.qualifiers.forEach(function (pair) { line(tip, pair[0] + ": " + pair[1]); });
    if (edge.kg.source) {
      var source = edge.kg.source;
      line(tip, "source: " + source.title + (source.issued ? " (" + source.issued + ")" : ""), "kg-tip-meta");
    }
    return tip;
  }

  var names = {};
  data.nodes.forEach(function (node) {
    names[node.id] = node.label;
    node.title = nodeTooltip(node);
  });
  data.edges.forEach(function (edge) { edge.title = edgeTooltip(edge, names); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-graph");
  var started = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  // For tests and for whoever scripts the page: the network, its data and when it was drawn.
  var state = { network: network, nodes: nodes, edges: edges, drawnAt: null, find: find };
  window.kg = state;
  network.once("afterDrawing", function () {
    state.drawnAt = performance.now();
    state.drawMs = state.drawnAt - started;
  });
  if (data.nodes.length) network.fit({ animation: false });

  // Search by label or alias: exact (ignoring case) first, then the first that contains it.
  var names_list = document.getElementById("kg-names");
  var seen = {};
  data.nodes.forEach(function (node) {
    [node.label].concat(node.kg.aliases).forEach(function (name) {
      if (seen[name]) return;
      seen[name] = true;
      var option = document.createElement("option");
      option.value = name;
      names_list.appendChild(option);
    });
  });

  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    var partial = null;
    for (var i = 0; i < data.nodes.length; i++) {
      var node = data.nodes[i];
      var all = [node.label].concat(node.kg.aliases);
      for (var j = 0; j < all.length; j++) {
        var name = all[j].toLowerCase();
        if (name === wanted) return node.id;
        if (partial === null && name.indexOf(wanted) >= 0) partial = node.id;
      }
    }
    return partial;
  }

  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  function go() {
    var id = find(search.value);
    if (id === null) {
      status.textContent = search.value.trim() ? "not in this picture" : "";
      return;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") go(); });

  document.getElementById("kg-physics").addEventListener("change", function (event) {
    network.setOptions({ physics: { enabled: event.target.checked, stabilization: false } });
  });
})();
