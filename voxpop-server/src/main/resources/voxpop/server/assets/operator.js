"use strict";
// The call-centre console: every action from the keyboard. Ctrl+Enter sends from any field; the
// region is picked by type-ahead over the 89 subjects; after a receipt the form is cleared and the
// cursor goes back to the question.
(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("appeal"), text = $("text"), region = $("region"), list = $("region-list");
  const result = $("result"), tokenBox = $("token-box"), tokenInput = $("token");
  let regions = [], shown = [], active = -1, sending = false;

  let token = sessionStorage.getItem("voxpop.operatorToken") || "";
  if (!token) { tokenBox.hidden = false; }

  // Typing may start before the list arrives: filter again once it is here.
  fetch("/api/v1/regions").then((r) => r.json()).then((rs) => {
    regions = rs;
    if (document.activeElement === region) { filter(); }
  });

  const norm = (s) => s.toLowerCase().replace(/ё/g, "е").trim();

  function filter() {
    const q = norm(region.value);
    shown = q === "" ? [] : regions.filter((r) =>
      norm(r.name).includes(q) || r.code === q || norm(r.name_en).includes(q)).slice(0, 8);
    active = shown.length ? 0 : -1;
    render();
  }

  function render() {
    list.innerHTML = "";
    shown.forEach((r, i) => {
      const li = document.createElement("li");
      li.id = "region-opt-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      li.textContent = r.name;
      li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(i); });
      list.appendChild(li);
    });
    const open = shown.length > 0;
    list.hidden = !open;
    region.setAttribute("aria-expanded", open ? "true" : "false");
    if (active >= 0) { region.setAttribute("aria-activedescendant", "region-opt-" + active); }
    else { region.removeAttribute("aria-activedescendant"); }
  }

  function pick(i) {
    region.value = shown[i].name;
    shown = []; active = -1; render();
  }

  region.addEventListener("input", filter);
  region.addEventListener("blur", () => { shown = []; active = -1; render(); });
  region.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && shown.length) { active = (active + 1) % shown.length; render(); e.preventDefault(); }
    else if (e.key === "ArrowUp" && shown.length) { active = (active - 1 + shown.length) % shown.length; render(); e.preventDefault(); }
    else if ((e.key === "Enter" || e.key === "Tab") && active >= 0 && active < shown.length && !e.ctrlKey) { pick(active); if (e.key === "Enter") { e.preventDefault(); $("age").focus(); } }
    else if (e.key === "Escape") { shown = []; active = -1; render(); }
  });

  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); }
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); send(); });

  function show(cls, msg, receipt) {
    result.className = cls;
    result.textContent = msg;
    if (receipt) {
      const span = document.createElement("span");
      span.className = "receipt"; span.id = "receipt"; span.textContent = receipt;
      result.appendChild(span);
    }
  }

  const FIELD_IDS = { text: "text", region: "region", age_group: "age", gender: "gender", call_id: "call" };

  async function send() {
    if (sending) { return; }
    if (!token) {
      token = tokenInput.value.trim();
      if (!token) { show("bad", "Введите ключ оператора"); tokenInput.focus(); return; }
    }
    sending = true; $("send").disabled = true;
    const body = { text: text.value, region: region.value, age_group: $("age").value,
      gender: $("gender").value, call_id: $("call").value.trim() };
    try {
      const r = await fetch("/api/v1/operator/appeals", { method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
        body: JSON.stringify(body) });
      const j = await r.json();
      if (r.ok) {
        sessionStorage.setItem("voxpop.operatorToken", token); tokenBox.hidden = true;
        show("ok", (j.duplicate ? "Уже принято ранее: " : "Принято: "), j.receipt);
        form.reset(); text.focus();
      } else {
        if (r.status === 401) { token = ""; sessionStorage.removeItem("voxpop.operatorToken"); tokenBox.hidden = false; }
        show("bad", "Ошибка: " + j.message);
        const f = FIELD_IDS[j.field] || (r.status === 401 ? "token" : null);
        if (f) { $(f).focus(); }
      }
    } catch (err) {
      show("bad", "Нет связи с сервером — повторите отправку (повтор не создаст дубль)");
    } finally {
      sending = false; $("send").disabled = false;
    }
  }
})();
