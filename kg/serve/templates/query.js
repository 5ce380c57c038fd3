// The query page's editor: the textarea stays the form's field; a <pre> behind it, kept
// at the same place and scroll, shows the same text coloured by token, and a list under
// it offers kg's prefixes, the ontology's terms and SPARQL's keywords for what was typed.
// Without this script the textarea works as a plain one.
(function () {
  "use strict";
  var area = document.getElementById("query-text");
  var mirror = document.getElementById("query-highlight");
  var list = document.getElementById("query-completions");
  var data = document.getElementById("query-vocabulary");
  if (!area || !mirror || !list || !data) return;
  var vocabulary = JSON.parse(data.textContent);
  var KEYWORDS = ("SELECT CONSTRUCT DESCRIBE ASK WHERE PREFIX BASE DISTINCT REDUCED FROM NAMED GRAPH " +
    "OPTIONAL UNION MINUS FILTER BIND VALUES SERVICE SILENT ORDER BY ASC DESC GROUP HAVING LIMIT OFFSET " +
    "AS NOT EXISTS IN COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG LANGMATCHES DATATYPE " +
    "BOUND IRI URI BNODE ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX CONTAINS STRSTARTS STRENDS LCASE " +
    "UCASE STRLEN SUBSTR REPLACE CONCAT COALESCE IF YEAR MONTH DAY NOW TRUE FALSE UNDEF").split(" ");
  var isKeyword = {};
  KEYWORDS.forEach(function (word) { isKeyword[word] = true; });
  // One alternative per kind of token, tried in this order at each position: a comment or
  // a string may hold anything, and a prefixed name must win over the word it starts with.
  var TOKEN = new RegExp([
    "(#[^\\n]*)",
    "(<[^<>\"{}|^`\\\\\\s]*>)",
    "(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')(@[A-Za-z]+(?:-[A-Za-z0-9]+)*)?",
    "([?$][A-Za-z0-9_\\u00C0-\\uFFFF]+)",
    "((?:[A-Za-z][\\w-]*)?:[\\w-]*)",
    "(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)",
    "([A-Za-z_]\\w*)",
  ].join("|"), "g");
  // Group 4 is a literal's language tag, part of the literal.
  var KINDS = [null, "comment", "iri", "literal", null, "var", "pname", "number", "word"];

  function tokens(text) {
    var out = [], at = 0, match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      if (match[0] === "") { TOKEN.lastIndex += 1; continue; }
      if (match.index > at) out.push([null, text.slice(at, match.index)]);
      var kind = null;
      for (var i = 1; i < KINDS.length; i++) if (match[i] !== undefined && KINDS[i]) { kind = KINDS[i]; break; }
      if (kind === "word") kind = isKeyword[match[0].toUpperCase()] || match[0] === "a" ? "keyword" : null;
      out.push([kind, match[0]]);
      at = TOKEN.lastIndex;
    }
    if (at < text.length) out.push([null, text.slice(at)]);
    return out;
  }

  function paint() {
    var fragment = document.createDocumentFragment();
    tokens(area.value).forEach(function (token) {
      if (token[0] === null) { fragment.appendChild(document.createTextNode(token[1])); return; }
      var span = document.createElement("span");
      span.className = "tok-" + token[0];
      span.textContent = token[1];
      fragment.appendChild(span);
    });
    // A last empty line would have no height in the <pre>: keep one space on it.
    fragment.appendChild(document.createTextNode(area.value.endsWith("\n") ? " " : ""));
    mirror.textContent = "";
    mirror.appendChild(fragment);
    follow();
  }

  function follow() {
    mirror.scrollTop = area.scrollTop;
    mirror.scrollLeft = area.scrollLeft;
  }

  function startsWith(word, typed) {
    return word.toLowerCase().indexOf(typed.toLowerCase()) === 0;
  }

  // What the text before the caret asks for: [start of the typed fragment, completions],
  // each completion [text shown, text inserted]; null when nothing fits.
  function wanted() {
    var caret = area.selectionStart;
    if (caret !== area.selectionEnd) return null;
    var before = area.value.slice(0, caret), match, typed, items;
    var last = tokens(before).pop();
    if (last && last[0] === "comment") return null;
    if (/PREFIX\s+[\w-]*:\s*(<[^>\s]*)?$/i.test(before)) return null;
    if ((match = /PREFIX\s+([A-Za-z][\w-]*)?$/i.exec(before))) {
      typed = match[1] || "";
      items = Object.keys(vocabulary.prefixes).filter(function (name) { return startsWith(name, typed); })
        .map(function (name) { var text = name + ": <" + vocabulary.prefixes[name] + ">"; return [text, text]; });
      return [caret - typed.length, items];
    }
    if ((match = /(?:^|[^\w:?$<"'-])([A-Za-z][\w-]*):([\w-]*)$/.exec(before))) {
      typed = match[2];
      items = (vocabulary.terms[match[1]] || []).filter(function (local) { return startsWith(local, typed) && local !== typed; })
        .map(function (local) { return [match[1] + ":" + local, local]; });
      return [caret - typed.length, items];
    }
    if ((match = /(?:^|[^\w:?$<"'-])([A-Za-z][\w-]*)$/.exec(before)) && match[1].length >= 2) {
      typed = match[1];
      items = KEYWORDS.filter(function (word) { return startsWith(word, typed) && word !== typed.toUpperCase(); })
        .map(function (word) { return [word, word]; })
        .concat(Object.keys(vocabulary.prefixes).filter(function (name) { return startsWith(name, typed); })
          .map(function (name) { return [name + ":", name + ":"]; }));
      return [caret - typed.length, items];
    }
    return null;
  }

  var offered = null, active = 0;

  function close() {
    offered = null;
    list.hidden = true;
    list.textContent = "";
  }

  function offer() {
    var found = wanted();
    if (!found || found[1].length === 0) { close(); return; }
    offered = [found[0], found[1].slice(0, 12)];
    active = 0;
    list.textContent = "";
    offered[1].forEach(function (item, i) {
      var option = document.createElement("li");
      option.setAttribute("role", "option");
      option.textContent = item[0];
      option.addEventListener("mousedown", function (event) { event.preventDefault(); accept(i); });
      list.appendChild(option);
    });
    list.hidden = false;
    mark();
  }

  function mark() {
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute("aria-selected", i === active ? "true" : "false");
    });
  }

  function accept(i) {
    var start = offered[0], text = offered[1][i][1];
    area.setRangeText(text, start, area.selectionStart, "end");
    close();
    paint();
    area.focus();
    // A completed prefix name goes straight on to its terms.
    if (/:$/.test(text)) offer();
  }

  area.addEventListener("input", function () { paint(); offer(); });
  area.addEventListener("scroll", follow);
  area.addEventListener("blur", close);
  area.addEventListener("keydown", function (event) {
    if (event.key === " " && event.ctrlKey) { event.preventDefault(); offer(); return; }
    if (!offered) return;
    var count = offered[1].length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : count - 1)) % count;
      mark();
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      accept(active);
    } else if (event.key === "Escape") {
      close();
    }
  });
  new ResizeObserver(follow).observe(area);
  area.parentNode.classList.add("highlighted");
  paint();
})();
