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
  var buttons = document.querySelectorAll("button[data-copy]");
  for (var k = 0; k < buttons.length; k++) {
    buttons[k].addEventListener("click", function (ev) { copy(ev.currentTarget); });
  }
  document.documentElement.setAttribute("data-today", today);
})();
