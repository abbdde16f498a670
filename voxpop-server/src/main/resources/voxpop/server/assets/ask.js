"use strict";
// The citizens' form. Each submission carries its own Idempotency-Key, so a double click or a
// retry after a lost answer stores the question once and shows the same receipt.
(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("ask"), result = $("result");
  let key = newKey(), sending = false;

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    const b = new Uint8Array(16); crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  }

  fetch("/api/v1/regions").then((r) => r.json()).then((rs) => {
    const dl = $("regions");
    rs.forEach((r) => { const o = document.createElement("option"); o.value = r.name; dl.appendChild(o); });
  });

  function show(cls, msg, receipt) {
    result.className = cls; result.textContent = msg;
    if (receipt) {
      const span = document.createElement("span");
      span.className = "receipt"; span.id = "receipt"; span.textContent = receipt;
      result.appendChild(span);
    }
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (sending) { return; }
    if ($("text").value.trim() === "") { show("bad", "Напишите вопрос"); $("text").focus(); return; }
    sending = true; $("send").disabled = true;
    try {
      const r = await fetch("/api/v1/ask", { method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": key },
        body: JSON.stringify({ text: $("text").value, region: $("region").value, contact: $("contact").value }) });
      const j = await r.json();
      if (r.ok) {
        show("ok", "Вопрос принят. Номер обращения: ", j.receipt);
        form.reset(); key = newKey();
      } else if (r.status === 429) {
        show("bad", "Слишком много вопросов подряд. Попробуйте через " + (j.retry_after || 60) + " с.");
      } else {
        show("bad", "Не удалось отправить: " + j.message);
        if (j.field && $(j.field)) { $(j.field).focus(); }
      }
    } catch (err) {
      show("bad", "Нет связи — нажмите «Отправить» ещё раз (вопрос не задвоится)");
    } finally {
      sending = false; $("send").disabled = false;
    }
  });
})();
