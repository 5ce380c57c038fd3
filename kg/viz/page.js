// kg's page script: draws the graph held in #kg-data with vis-network. Every name is put
// into the page with textContent, so a name that looks like markup stays text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = 14, EDGE_FONT = 10;
  // Shapes that draw their label inside: the label is the node, so it is never hidden.
  var INSIDE = { box: true, ellipse: true, circle: true, database: true, text: true };
  var TIP_FACTS = 5;
  // Past this many links, link labels are not drawn (hovering a link shows it): at that
  // density they could only be placed by hiding node labels, which matter more.
  var EDGE_LABELS = data.edges.length <= 600;

  function line(parent, text, className, tag) {
    var element = document.createElement(tag || "div");
    element.textContent = text;
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }

  // -- tooltips and the details panel ------------------------------------------------

  function nodeTooltip(node) {
    var tip = document.createElement("div");
    line(tip, node.kg.label, "kg-tip-title");
    line(tip, node.kg.cls, "kg-tip-meta");
    if (node.kg.group) {
      line(tip, "click to draw them all", "kg-tip-meta");
      return tip;
    }
    if (node.kg.aliases.length) line(tip, "also: " + node.kg.aliases.join("; "));
    line(tip, node.kg.iri, "kg-tip-meta");
    return tip;
  }

  // A qualifier line is [label, text], or [words, null] for a flag, which reads alone.
  function qualifierText(pair) {
    return pair[1] === null ? pair[0] : pair[0] + ": " + pair[1];
  }

  function factText(fact) {
    var parts = fact.qualifiers.map(qualifierText);
    if (fact.source) parts.push("source: " + fact.source.title + (fact.source.issued ? " (" + fact.source.issued + ")" : ""));
    return parts.join("; ") || "(no qualifiers)";
  }

  function edgeSummary(parent, edge) {
    var kg = edge.kg;
    line(parent, names[edge.from] + " " + kg.label + " " + names[edge.to], "kg-tip-title");
    if (kg.count > 1) {
      line(parent, kg.count.toLocaleString("en") + " facts" + (kg.span ? ", " + kg.span[0] + " to " + kg.span[1] : ""));
      kg.totals.forEach(function (total) { line(parent, "total: " + total[1] + " " + total[0]); });
    }
  }

  function edgeTooltip(edge) {
    var tip = document.createElement("div");
    edgeSummary(tip, edge);
    var facts = edge.kg.facts;
    if (facts.length === 1) {
      facts[0].qualifiers.forEach(function (pair) { line(tip, qualifierText(pair)); });
      var source = facts[0].source;
      if (source) line(tip, "source: " + source.title + (source.issued ? " (" + source.issued + ")" : ""), "kg-tip-meta");
      return tip;
    }
    facts.slice(0, TIP_FACTS).forEach(function (fact) { line(tip, "• " + factText(fact)); });
    if (facts.length > TIP_FACTS) line(tip, "… and " + (facts.length - TIP_FACTS) + " more: click the link to list them all", "kg-tip-meta");
    if (edge.kg.summary) line(tip, "click the group to draw each", "kg-tip-meta");
    return tip;
  }

  var details = document.getElementById("kg-details");
  function showDetails(edge) {
    details.textContent = "";
    var close = line(details, "×", "kg-close", "button");
    close.addEventListener("click", function () { details.hidden = true; });
    edgeSummary(details, edge);
    var list = document.createElement("ol");
    edge.kg.facts.forEach(function (fact) { line(list, factText(fact), null, "li"); });
    details.appendChild(list);
    details.hidden = false;
  }

  // -- the network ---------------------------------------------------------------------

  var names = {};
  var byId = {};
  function prepareNode(node) {
    node.kg.label = node.label;
    if (INSIDE[node.shape]) node.font = { size: FONT };
    names[node.id] = node.label;
    byId[node.id] = node;
    node.title = nodeTooltip(node);
  }
  function prepareEdge(edge) {
    edge.kg.label = edge.kg.base || edge.label;
    edge.kg.fullLabel = edge.label;
    if (!EDGE_LABELS) edge.label = "\u200b";
    edge.title = edgeTooltip(edge);
  }
  data.nodes.forEach(prepareNode);
  data.edges.forEach(prepareEdge);

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var shownNodes = {}, shownEdges = {};
  var nodesView = new vis.DataView(nodes, { filter: function (node) { return shownNodes[node.id] !== false; } });
  var edgesView = new vis.DataView(edges, { filter: function (edge) { return shownEdges[edge.id] !== false; } });
  var container = document.getElementById("kg-graph");
  var started = performance.now();
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);

  // For tests and for whoever scripts the page: the network, its data and when it was drawn.
  var state = {
    network: network, nodes: nodes, edges: edges, drawnAt: null, find: find, filters: null,
    labelsAt: null, declutter: declutter, expand: expand, applyFilters: applyFilters,
  };
  window.kg = state;
  network.once("afterDrawing", function () {
    state.drawnAt = performance.now();
    state.drawMs = state.drawnAt - started;
  });
  if (data.nodes.length) network.fit({ animation: false });

  function hidePopup() {
    // vis-network keeps its tooltip up until the pointer leaves the element it belongs to,
    // even when the view moves away from under the pointer.
    var handler = network.interactionHandler;
    if (handler && handler.popup) {
      handler.popup.hide();
      handler.popupObj = undefined;
    }
  }

  // -- labels: by importance, never piled ---------------------------------------------
  //
  // The rule: labels keep their size on screen whatever the zoom (within 4x), and are
  // placed in order of importance -- selected, then highlighted, then larger nodes, then
  // edge labels (highlighted, then more facts first); a label is drawn only if its box
  // overlaps no node (other than its own; a selected or highlighted
  // node's label may) and no label already placed (a box-shaped
  // node's label is the node, so it is always drawn). Zooming in makes room, so more labels show; it is applied after each zoom.

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function labelBox(element) {
    var size = element.labelModule && element.labelModule.size;
    if (!size || !size.width) return null;
    return { left: size.left, top: size.top, right: size.left + size.width, bottom: size.top + size.height };
  }

  function importance(a, b) {
    return (b.rank - a.rank) || (b.value - a.value) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  }

  var hiddenNodes = {}, hiddenEdges = {}, fontFactor = null, grownBoxes = {};

  function shapeBox(body) {
    if (INSIDE[body.options.shape]) {
      var box = body.shape.boundingBox;
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }
    var size = body.options.size;
    return { left: body.x - size, top: body.y - size, right: body.x + size, bottom: body.y + size };
  }

  // A box-shaped node holds its label: the layout made room for it at FONT, which zoomed
  // out would be too small to read. Each such node (largest first) is drawn with its label
  // at its size on screen, as other labels are, when the box so grown covers no other node
  // or its label (nor another box at either size); else at FONT.
  function growBoxes(nodeIds, factor) {
    var boxIds = nodeIds.filter(function (id) { return INSIDE[byId[id].shape] && network.body.nodes[id]; });
    var shrink = Object.keys(grownBoxes).filter(function (id) { return byId[id]; });
    grownBoxes = {};
    if (shrink.length) {
      nodes.update(shrink.map(function (id) { return { id: id, font: { size: FONT } }; }));
      network.redraw();
    }
    if (!boxIds.length || factor <= 1) return;
    var small = {}, others = [];
    nodeIds.forEach(function (id) {
      var body = network.body.nodes[id];
      if (!body) return;
      if (INSIDE[byId[id].shape]) { small[id] = shapeBox(body); return; }
      others.push(shapeBox(body));
      var label = labelBox(body);
      if (label) others.push(label);
    });
    nodes.update(boxIds.map(function (id) { return { id: id, font: { size: FONT * factor } }; }));
    network.redraw();
    boxIds.sort(function (a, b) { return (byId[b].value || 0) - (byId[a].value || 0) || (a < b ? -1 : 1); });
    var accepted = [], keep = [];
    boxIds.forEach(function (id) {
      var box = shapeBox(network.body.nodes[id]);
      var clear = others.every(function (other) { return !overlaps(box, other); }) &&
        accepted.every(function (other) { return !overlaps(box, other); }) &&
        boxIds.every(function (other) { return other === id || !overlaps(box, small[other]); });
      if (clear) { accepted.push(box); grownBoxes[id] = true; } else { keep.push(id); }
    });
    if (keep.length) {
      nodes.update(keep.map(function (id) { return { id: id, font: { size: FONT } }; }));
      network.redraw();
    }
  }
  function declutter() {
    var factor = Math.min(Math.max(1 / network.getScale(), 0.25), 4);
    var selected = {};
    network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
    var nodeIds = nodesView.getIds(), edgeIds = EDGE_LABELS ? edgesView.getIds() : [];
    if (factor !== fontFactor) {
      // One option for all (a box-shaped node keeps its own font): cheaper than an update each.
      network.setOptions(EDGE_LABELS
        ? { nodes: { font: { size: FONT * factor } }, edges: { font: { size: EDGE_FONT * factor } } }
        : { nodes: { font: { size: FONT * factor } } });
      fontFactor = factor;
    }
    nodes.update(Object.keys(hiddenNodes).filter(function (id) { return byId[id]; }).map(function (id) {
      return { id: id, label: byId[id].kg.label };
    }));
    edges.update(Object.keys(hiddenEdges).filter(function (id) { return edges.get(id); }).map(function (id) {
      return { id: id, label: edges.get(id).kg.fullLabel };
    }));
    hiddenNodes = {}; hiddenEdges = {};
    network.redraw();  // synchronous: every label measured at its new size
    growBoxes(nodeIds, factor);
    var placed = [], candidates = [];
    nodeIds.forEach(function (id) {
      var body = network.body.nodes[id], node = byId[id];
      if (!body) return;
      if (INSIDE[node.shape]) {
        var box = body.shape.boundingBox;
        placed.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
        return;
      }
      // The shape itself (its label is below it): no other label may cover it.
      var size = body.options.size;
      placed.push({ left: body.x - size, top: body.y - size, right: body.x + size, bottom: body.y + size, owner: id });
      candidates.push({ kind: "node", id: id, rank: 4 * !!selected[id] + 2 * !!node.kg.highlight + 2, value: node.value || 0, label: node.label });
    });
    edgeIds.forEach(function (id) {
      var edge = edges.get(id);
      candidates.push({ kind: "edge", id: id, rank: edge.kg.highlight ? 1 : 0, value: edge.kg.count, label: edge.label });
    });
    candidates.sort(importance);
    var hideNodes = [], hideEdges = [];
    candidates.forEach(function (item) {
      var body = item.kind === "node" ? network.body.nodes[item.id] : network.body.edges[item.id];
      var box = body && labelBox(body);
      if (!box) return;
      for (var i = 0; i < placed.length; i++) {
        // A selected or highlighted node's label may cover another node, not a label.
        if (item.rank > 2 && placed[i].owner) continue;
        if (placed[i].owner !== item.id && overlaps(box, placed[i])) {
          // vis-network ignores an empty label on an edge; a zero-width space measures 0.
          (item.kind === "node" ? hideNodes : hideEdges).push({ id: item.id, label: item.kind === "node" ? "" : "\u200b" });
          return;
        }
      }
      placed.push(box);
    });
    hideNodes.forEach(function (item) { hiddenNodes[item.id] = true; });
    hideEdges.forEach(function (item) { hiddenEdges[item.id] = true; });
    nodes.update(hideNodes);
    edges.update(hideEdges);
    network.redraw();
    state.hiddenLabels = hideNodes.length + hideEdges.length;
    state.labelsAt = performance.now();
  }

  var zoomTimer = null;
  network.on("zoom", function () {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(declutter, 120);
  });
  network.on("selectNode", declutter);
  network.on("deselectNode", declutter);

  // -- groups: drawn member by member on click -------------------------------------------

  function placeAround(centre, members, leaving) {
    // Members on rings round the centre, about 60 px apart, skipping the places where a
    // drawn node (other than *leaving*, about to go) would be covered.
    var taken = network.body.nodeIndices.filter(function (id) { return id !== leaving; })
      .map(function (id) { return network.getBoundingBox(id); });
    function free(x, y, half) {
      return taken.every(function (box) {
        return x + half < box.left || x - half > box.right || y + half < box.top || y - half > box.bottom;
      });
    }
    var ring = 0, onRing = 0, onThisRing = 0, radius = 0, placed = 0;
    members.forEach(function (member) {
      var half = (member.size || 10) + 6, x, y;
      do {
        if (onRing >= onThisRing) {
          ring += 1; onRing = 0; radius = 120 + 70 * ring;
          onThisRing = Math.min(Math.floor(2 * Math.PI * radius / 60), members.length - placed);
        }
        var angle = 2 * Math.PI * onRing / onThisRing + ring * 0.3;
        x = centre.x + radius * Math.cos(angle);
        y = centre.y + radius * Math.sin(angle);
        onRing += 1;
      } while (!free(x, y, half));
      member.x = x;
      member.y = y;
      placed += 1;
      prepareNode(member);
    });
  }

  // A page written with an expandUrl (served by kg) fetches a node's neighbours on a
  // double click; the page's policy allows requests to its own origin only.
  function fetchNeighbours(id) {
    var node = byId[id];
    if (!data.expandUrl || !node || node.kg.group) return Promise.resolve(false);
    var shown = nodes.getIds();
    return fetch(data.expandUrl + encodeURIComponent(node.kg.iri), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("the server answered " + response.status);
        return response.json();
      })
      .then(function (found) {
        var fresh = found.nodes.filter(function (n) { return shown.indexOf(n.id) < 0; });
        placeAround(network.getPositions([id])[id], fresh);
        var have = {};
        edges.get().forEach(function (e) { have[e.from + " " + e.kg.relation + " " + e.to] = true; });
        var newEdges = found.edges.filter(function (e) { return !have[e.from + " " + e.kg.relation + " " + e.to] && !edges.get(e.id); });
        newEdges.forEach(prepareEdge);
        nodes.add(fresh);
        edges.add(newEdges);
        status.textContent = found.more ? found.more + " more neighbours of " + node.kg.label + " not drawn" : "";
        applyFilters();
        return true;
      })
      .catch(function (error) { status.textContent = "could not expand: " + error.message; return false; });
  }
  state.fetchNeighbours = fetchNeighbours;
  network.on("doubleClick", function (event) {
    if (event.nodes.length === 1) fetchNeighbours(event.nodes[0]);
  });

  function expand(groupId) {
    var group = byId[groupId];
    if (!group || !group.kg.group) return false;
    var centre = network.getPositions([groupId])[groupId] || { x: group.x, y: group.y };
    var members = group.kg.group.members;
    placeAround(centre, members, groupId);
    group.kg.group.edges.forEach(prepareEdge);
    var summaries = edges.getIds({ filter: function (edge) { return edge.from === groupId || edge.to === groupId; } });
    edges.remove(summaries);
    nodes.remove(groupId);
    delete byId[groupId];
    nodes.add(members);
    edges.add(group.kg.group.edges);
    applyFilters();
    return true;
  }

  network.on("click", function (event) {
    if (event.nodes.length === 1 && byId[event.nodes[0]] && byId[event.nodes[0]].kg.group) {
      hidePopup();
      expand(event.nodes[0]);
    } else if (event.nodes.length === 0 && event.edges.length === 1) {
      var edge = edges.get(event.edges[0]);
      if (edge && edge.kg.facts.length) showDetails(edge);
    }
  });

  // -- filters: class, relation, source, time; kept in the URL's hash -------------------

  var filters = { classesOff: {}, relationsOff: {}, source: "", from: null, to: null };
  state.filters = filters;
  var ticks = [];
  (function collectTicks() {
    var seen = {};
    function add(day) { if (!seen[day]) { seen[day] = true; ticks.push(day); } }
    data.edges.concat.apply(data.edges, data.nodes.map(function (n) { return n.kg.group ? n.kg.group.edges : []; }))
      .forEach(function (edge) {
        edge.kg.facts.forEach(function (fact) { if (fact.period) { add(fact.period[0]); add(fact.period[1]); } });
      });
    ticks.sort();
  })();

  function inWindow(period) {
    if (!period || filters.from === null) return true;
    return period[0] <= ticks[filters.to] && period[1] >= ticks[filters.from];
  }

  function factsShown(edge) {
    if (edge.kg.summary || !edge.kg.facts.length) {
      if (filters.source && edge.kg.sources.indexOf(filters.source) < 0) return 0;
      return inWindow(edge.kg.span) ? Math.max(edge.kg.count, 1) : 0;
    }
    return edge.kg.facts.filter(function (fact) {
      if (filters.source && !(fact.source && fact.source.iri === filters.source)) return false;
      return inWindow(fact.period);
    }).length;
  }

  function edgeFilterActive() {
    return Object.keys(filters.relationsOff).length > 0 || filters.source !== "" ||
      (filters.from !== null && (filters.from > 0 || filters.to < ticks.length - 1));
  }

  function applyFilters() {
    var all = nodes.get(), classOk = {};
    all.forEach(function (node) { classOk[node.id] = !filters.classesOff[node.kg.cls]; });
    var linked = {}, relabel = [];
    shownEdges = {};
    edges.get().forEach(function (edge) {
      var count = filters.relationsOff[edge.kg.relation] ? 0 : factsShown(edge);
      var ok = count > 0 && classOk[edge.from] && classOk[edge.to];
      shownEdges[edge.id] = ok;
      if (ok) { linked[edge.from] = true; linked[edge.to] = true; }
      var full = edge.kg.count > 1 && count !== edge.kg.count && !edge.kg.summary
        ? edge.kg.label + " ×" + count + " of " + edge.kg.count
        : (edge.kg.count > 1 ? edge.kg.label + " ×" + edge.kg.count.toLocaleString("en") : edge.kg.label);
      if (full !== edge.kg.fullLabel) {
        edge.kg.fullLabel = full;
        relabel.push({ id: edge.id, kg: edge.kg, label: EDGE_LABELS ? full : "\u200b" });
      }
    });
    edges.update(relabel);
    var strict = edgeFilterActive();
    shownNodes = {};
    all.forEach(function (node) {
      shownNodes[node.id] = classOk[node.id] && (!strict || !!linked[node.id] || node.kg.highlight);
    });
    nodesView.refresh();
    edgesView.refresh();
    writeHash();
    declutter();
  }

  // The legend: a click turns a class off or on.
  document.querySelectorAll(".kg-legend-item").forEach(function (item) {
    var label = data.legend[Number(item.getAttribute("data-index"))].label;
    item.addEventListener("click", function () {
      if (filters.classesOff[label]) delete filters.classesOff[label]; else filters.classesOff[label] = true;
      item.setAttribute("aria-pressed", filters.classesOff[label] ? "false" : "true");
      applyFilters();
    });
  });

  var relationBox = document.getElementById("kg-relations");
  data.relations.forEach(function (relation) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = relation.name;
    box.className = "kg-relation";
    box.addEventListener("change", function () {
      if (box.checked) delete filters.relationsOff[relation.name]; else filters.relationsOff[relation.name] = true;
      applyFilters();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + relation.label + " (" + relation.count.toLocaleString("en") + ")"));
    relationBox.appendChild(label);
  });

  var sourceSelect = document.getElementById("kg-source");
  data.sources.forEach(function (source) {
    var option = document.createElement("option");
    option.value = source.iri;
    option.textContent = (source.issued ? source.issued + " " : "") + source.title;
    sourceSelect.appendChild(option);
  });
  if (!data.sources.length) sourceSelect.parentNode.hidden = true;
  sourceSelect.addEventListener("change", function () { filters.source = sourceSelect.value; applyFilters(); });

  var timeFrom = document.getElementById("kg-time-from"), timeTo = document.getElementById("kg-time-to");
  var timeLabel = document.getElementById("kg-time-label");
  function showWindow() {
    timeLabel.textContent = ticks.length ? ticks[filters.from] + " to " + ticks[filters.to] : "";
  }
  if (ticks.length < 2) {
    document.getElementById("kg-time").hidden = true;
  } else {
    filters.from = 0; filters.to = ticks.length - 1;
    [timeFrom, timeTo].forEach(function (input) { input.min = 0; input.max = ticks.length - 1; input.step = 1; });
    timeFrom.value = 0; timeTo.value = ticks.length - 1;
    var onSlide = function () {
      var a = Number(timeFrom.value), b = Number(timeTo.value);
      filters.from = Math.min(a, b); filters.to = Math.max(a, b);
      showWindow();
      applyFilters();
    };
    timeFrom.addEventListener("input", onSlide);
    timeTo.addEventListener("input", onSlide);
    showWindow();
  }
  state.ticks = ticks;

  function writeHash() {
    var parts = [];
    var off = Object.keys(filters.classesOff), rels = Object.keys(filters.relationsOff);
    if (off.length) parts.push("classes-off=" + off.map(encodeURIComponent).join(","));
    if (rels.length) parts.push("relations-off=" + rels.map(encodeURIComponent).join(","));
    if (filters.source) parts.push("source=" + encodeURIComponent(filters.source));
    if (filters.from !== null && (filters.from > 0 || filters.to < ticks.length - 1)) {
      parts.push("from=" + ticks[filters.from], "to=" + ticks[filters.to]);
    }
    var hash = parts.join("&");
    if (hash !== location.hash.replace(/^#/, "")) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function readHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var at = part.indexOf("=");
      if (at < 0) return;
      var key = part.slice(0, at), values = part.slice(at + 1).split(",").map(decodeURIComponent);
      if (key === "classes-off") values.forEach(function (v) { filters.classesOff[v] = true; });
      if (key === "relations-off") values.forEach(function (v) { filters.relationsOff[v] = true; });
      if (key === "source") filters.source = values[0];
      if ((key === "from" || key === "to") && filters.from !== null) {
        var index = ticks.indexOf(values[0]);
        if (index >= 0) filters[key] = index;
      }
    });
    document.querySelectorAll(".kg-legend-item").forEach(function (item) {
      var label = data.legend[Number(item.getAttribute("data-index"))].label;
      item.setAttribute("aria-pressed", filters.classesOff[label] ? "false" : "true");
    });
    document.querySelectorAll(".kg-relation").forEach(function (box) { box.checked = !filters.relationsOff[box.value]; });
    sourceSelect.value = filters.source;
    if (filters.from !== null) { timeFrom.value = filters.from; timeTo.value = filters.to; showWindow(); }
  }

  // -- search ---------------------------------------------------------------------------

  // Search by label or alias: exact (ignoring case) first, then the first that contains it.
  var names_list = document.getElementById("kg-names");
  var seen = {};
  data.nodes.forEach(function (node) {
    if (node.kg.group) return;
    [node.kg.label].concat(node.kg.aliases).forEach(function (name) {
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
    var all = nodes.get();
    data.nodes.forEach(function (node) { if (node.kg.group) all = all.concat(node.kg.group.members); });
    for (var i = 0; i < all.length; i++) {
      var node = all[i];
      var names_ = [node.kg.label].concat(node.kg.aliases);
      for (var j = 0; j < names_.length; j++) {
        var name = names_[j].toLowerCase();
        if (name === wanted) return node.id;
        if (partial === null && name.indexOf(wanted) >= 0) partial = node.id;
      }
    }
    return partial;
  }

  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  function go() {
    hidePopup();
    var id = find(search.value);
    if (id === null) {
      status.textContent = search.value.trim() ? "not in this picture" : "";
      return;
    }
    if (!nodes.get(id)) {
      // A member of a group not yet drawn: draw the group first.
      var holder = nodes.get({ filter: function (n) { return n.kg.group && n.kg.group.members.some(function (m) { return m.id === id; }); } })[0];
      if (holder) expand(holder.id);
    }
    if (shownNodes[id] === false) {
      status.textContent = "hidden by the filters";
      return;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    declutter();
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") go(); });

  document.getElementById("kg-physics").addEventListener("change", function (event) {
    network.setOptions({ physics: { enabled: event.target.checked, stabilization: false } });
  });

  readHash();
  applyFilters();
})();
