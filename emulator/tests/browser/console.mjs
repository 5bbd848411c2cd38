// Drives the emulator's console in headless Chromium as a person would (keyboard and clicks),
// for emulator/tests/console.rs. Usage: node console.mjs CONSOLE_URL RECEIVER_URL SCREENSHOT_DIR
// with BROWSER_TOOLS (tools/browser, where tools/setup installed puppeteer-core) and CHROMIUM
// (the distribution's binary) in the environment. Prints one JSON line of what it saw.
import { createRequire } from "node:module";

const require = createRequire(`${process.env.BROWSER_TOOLS}/package.json`);
const puppeteer = require("puppeteer-core");
const [consoleUrl, receiver, shots] = process.argv.slice(2);
const api = consoleUrl.replace(/\/_emulator\/console$/, "");
const wait = { timeout: 15000 };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const seen = {};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(consoleUrl, { waitUntil: "load" });

  // Empty: it says so. The public key is there to copy.
  await page.waitForFunction(() => !document.getElementById("rooms-empty").hidden, wait);
  seen.empty_rooms = await page.$eval("#rooms-empty", (e) => e.textContent.trim());
  seen.public_key = await page.$eval("#public-key", (e) => e.value);
  await page.screenshot({ path: `${shots}/console-empty.png` });

  // A room created through the API appears.
  const created = await fetch(`${api}/rooms`, {
    method: "POST",
    headers: { authorization: "Bearer KEYbrowser", "content-type": "application/json" },
    body: JSON.stringify({ unique_name: "standup", webhook_event_url: receiver }),
  }).then((r) => r.json());
  const room = created.data.id;
  seen.room_id = room;
  const card = `[data-room-id="${room}"]`;
  await page.waitForSelector(card, wait);

  // Join Alice with the keyboard: focus the field by its label, type, Enter.
  await page.focus(`#join-${room}`);
  await page.keyboard.type("Alice");
  await page.keyboard.press("Enter");
  await page.waitForFunction((c) => document.querySelector(`${c} .participants`).textContent.includes("Alice"), wait, card);

  // Its deliveries show with the receiver's status.
  await page.waitForFunction(() => [...document.querySelectorAll("tr[data-seq]")]
    .filter((r) => r.dataset.status === "200").length >= 2, wait);
  const rows = await page.$$eval("tr[data-seq]", (rs) => rs.map((r) => ({
    seq: Number(r.dataset.seq), event: r.children[1].textContent, event_id: r.dataset.eventId,
    attempt: Number(r.dataset.attempt), status: r.dataset.status,
  })));
  const joined = rows.find((r) => r.event === "video.room.participant.joined");
  seen.joined = joined;

  // Its details: the signature headers and the receiver's answer.
  const joinedSelector = `tr[data-seq="${joined.seq}"]`;
  await page.click(`${joinedSelector} button.details`);
  seen.details = await page.$eval(`${joinedSelector} + tr.detail`, (d) => d.textContent);

  // Replay it: a new attempt of the same event.
  await page.click(`${joinedSelector} button.replay`);
  await page.waitForFunction((id) => [...document.querySelectorAll("tr[data-seq]")]
    .some((r) => r.dataset.eventId === id && r.dataset.attempt === "2" && r.dataset.status === "200"), wait, joined.event_id);
  seen.replayed = true;

  // Chaos from the page: every event delivered twice from now on.
  await page.focus("#chaos-duplicate");
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyA");
  await page.keyboard.up("Control");
  await page.keyboard.type("1");
  await page.click("#chaos button[type=submit]");
  await page.waitForFunction(() => document.getElementById("chaos-now").textContent.includes("duplicate 1,"), wait);
  seen.chaos = await page.$eval("#chaos-now", (e) => e.textContent);

  // Bob joins from the page; then Alice is removed.
  await page.type(`#join-${room}`, "Bob");
  await page.click(`${card} .join button[type=submit]`);
  await page.waitForFunction((c) => document.querySelector(`${c} .participants`).textContent.includes("Bob"), wait, card);
  await page.click(`${card} button[aria-label="Remove Alice"]`);
  await page.waitForFunction((c) => !document.querySelector(`${c} .participants`).textContent.includes("Alice"), wait, card);
  await page.waitForFunction(() => [...document.querySelectorAll("tr[data-seq]")]
    .filter((r) => r.children[1].textContent === "video.room.participant.left").length >= 2, wait);
  // The filter: only Alice's leaving, by its event type.
  await page.type("#deliveries-filter", "participant.left");
  await page.waitForFunction(() => document.getElementById("deliveries-shown").textContent.includes("shown"), wait);
  seen.filtered = await page.$$eval("tr[data-seq]", (rs) => rs.filter((r) => !r.hidden).map((r) => r.children[1].textContent));
  seen.filter_says = await page.$eval("#deliveries-shown", (e) => e.textContent);
  await page.focus("#deliveries-filter");
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyA");
  await page.keyboard.up("Control");
  await page.keyboard.press("Backspace");
  await page.waitForFunction(() => document.getElementById("deliveries-shown").textContent === "", wait);
  await page.click("h1"); // focus off the field, for the picture
  await page.screenshot({ path: `${shots}/console.png`, fullPage: true });

  // The emulator out of reach: the page says so, and says when it is back.
  await page.setOfflineMode(true);
  await page.waitForFunction(() => document.getElementById("status").classList.contains("failing"), wait);
  seen.failing = await page.$eval("#status", (e) => e.textContent);
  await page.setOfflineMode(false);
  await page.waitForFunction(() => document.getElementById("status").textContent === "Connected", wait);
  seen.status = await page.$eval("#status", (e) => e.textContent);
  seen.errors = errors;
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
