// Drives the two pages in a real Chromium (playwright-core), keyboard only on /operator.
// Usage: node pages.cjs BASE_URL OPERATOR_TOKEN; prints one JSON line with the receipts seen.
"use strict";
const path = require("path");
const { chromium } = require(path.join(process.env.VOXPOP_PLAYWRIGHT_DIR, "playwright-core"));
const fs = require("fs");
const os = require("os");

const [base, token] = process.argv.slice(2);

(async () => {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "voxpop-chromium-"));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.VOXPOP_CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const out = {};
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    // Operator console, keyboard only: the question has the focus on load.
    await page.goto(base + "/operator");
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === "text");
    await page.keyboard.type("Когда в посёлке проведут газ?");
    await page.keyboard.press("Tab");
    await page.keyboard.type("курс");
    await page.waitForSelector("#region-list li[aria-selected=true]");
    out.suggestion = await page.textContent("#region-list li[aria-selected=true]");
    await page.keyboard.press("Enter");
    out.afterPickFocus = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CALL-0001");
    await page.keyboard.press("Control+Enter");
    // No token yet: the console asks for it and puts the cursor there.
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === "token");
    await page.keyboard.type(token);
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#receipt");
    out.operatorReceipt = await page.textContent("#receipt");
    out.afterSendFocus = await page.evaluate(() => document.activeElement.id);
    out.textCleared = await page.evaluate(() => document.getElementById("text").value === "");

    // The same call sent again (operator pressed twice): same receipt, nothing new.
    await page.keyboard.type("Когда в посёлке проведут газ?");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Курская область");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CALL-0001");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction((r) => document.getElementById("result").textContent.includes("ранее"), out.operatorReceipt);
    out.operatorRepeat = await page.textContent("#receipt");

    // Citizens' form.
    await page.goto(base + "/ask");
    await page.fill("#text", "Будет ли индексация пенсий работающим пенсионерам?");
    await page.fill("#region", "Москва");
    await page.fill("#contact", "anna@example.org");
    await page.click("#send");
    await page.waitForSelector("#receipt");
    out.askReceipt = await page.textContent("#receipt");
    out.errors = errors;
  } finally {
    await context.close();
    fs.rmSync(userDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
