(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function vn(iso) { var p = iso.split("-"); return Number(p[2]) + "/" + Number(p[1]) + "/" + p[0]; }
  // Today's date from the reader's computer; "#today=YYYY-MM-DD" overrides it (previews, tests).
  var m = /today=(\d{4}-\d{2}-\d{2})/.exec(window.location.hash);
  var d = new Date();
  var today = m ? m[1] : d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  var cells = document.querySelectorAll("[data-due]");
  for (var i = 0; i < cells.length; i++) {
    var items = cells[i].getAttribute("data-due").split(" ").filter(Boolean);
    var out = cells[i].querySelector(".due-text");
    if (!out || !items.length) { continue; }
    var next = null;
    for (var j = 0; j < items.length && !next; j++) {
      var parts = items[j].split("|");
      if (parts[0] >= today) { next = parts; }
    }
    out.textContent = next ? vn(next[0]) + " · " + next[1] : "Đã qua mọi mốc";
  }
  function show(button, ok) {
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    button.textContent = ok ? "Đã sao chép ✓" : "Hãy bôi đen địa chỉ và sao chép";
    window.setTimeout(function () { button.textContent = label; }, 2500);
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  function copy(button) {
    var text = button.getAttribute("data-copy");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { show(button, true); },
        function () { show(button, fallbackCopy(text)); });
    } else {
      show(button, fallbackCopy(text));
    }
  }
  // Buttons only copy; a link with data-copy (Google's "From URL" page) copies and opens.
  var buttons = document.querySelectorAll("[data-copy]");
  for (var k = 0; k < buttons.length; k++) {
    buttons[k].addEventListener("click", function (ev) { copy(ev.currentTarget); });
  }
  // Agency search: every word of the query in the name, without accents ("so tai chinh"
  // finds "Sở Tài chính"). Without JavaScript the box stays hidden and the list complete.
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  var box = document.getElementById("tim");
  var input = document.getElementById("tim-co-quan");
  if (box && input) {
    var rows = document.querySelectorAll("tr[data-name]");
    var names = [];
    for (var r = 0; r < rows.length; r++) { names.push(plain(rows[r].getAttribute("data-name"))); }
    var count = document.getElementById("tim-ket-qua");
    var none = document.getElementById("tim-khong-co");
    var filter = function () {
      var words = plain(input.value).split(" ").filter(Boolean);
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var ok = words.every(function (w) { return names[i].indexOf(w) >= 0; });
        rows[i].hidden = !ok;
        shown += ok ? 1 : 0;
      }
      count.textContent = words.length ? "Hiện " + shown + " trong " + rows.length + " cơ quan" : "";
      none.hidden = shown > 0;
    };
    input.addEventListener("input", filter);
    box.hidden = false;
    if (input.value) { filter(); }  // a value the browser restored
  }
  document.documentElement.setAttribute("data-today", today);
})();
