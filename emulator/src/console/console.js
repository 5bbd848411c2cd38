// The emulator's console: rooms, their active sessions and participants, every webhook delivery
// (with its signature headers, the receiver's answer, replay), the delivery chaos and the
// webhook public key. Plain DOM, no build step; it polls the API and the control API.
"use strict";

const base = location.pathname.replace(/\/_emulator\/console$/, "");
const API_KEY = "KEYconsole"; // the emulator takes any bearer key
const $ = (id) => document.getElementById(id);
let lastSeq = 0;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : String(c ?? ""));
  return node;
}

async function call(method, path, body) {
  const headers = { authorization: `Bearer ${API_KEY}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const r = await fetch(base + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const json = text ? JSON.parse(text) : {};
  if (!r.ok) {
    const e = (json.errors || [])[0] || {};
    throw new Error(`${method} ${path}: ${r.status} ${e.title || ""} ${e.detail || ""}`.trim());
  }
  return json;
}

function say(text, failing = false) {
  const s = $("status");
  s.textContent = text;
  s.classList.toggle("failing", failing);
}

// Runs an action from a button or form, saying what happened or what failed.
async function act(what, f) {
  try {
    await f();
    say(`${what}: done`);
    await refresh();
  } catch (e) {
    say(`${what} failed: ${e.message}`, true);
  }
}

function roomCard(room) {
  const context = el("input", { name: "context", id: `join-${room.id}`, required: "" });
  const join = el("form", {
    class: "join",
    onsubmit: (ev) => {
      ev.preventDefault();
      const who = context.value.trim();
      act(`Join ${who}`, async () => {
        await call("POST", `/_emulator/rooms/${room.id}/join`, { context: who });
        context.value = "";
      });
    },
  },
  el("label", { for: `join-${room.id}` }, "Name"), context,
  el("button", { type: "submit" }, "Join a participant"));
  const title = el("h3", { id: `room-${room.id}` });
  return el("article", { class: "room", "data-room-id": room.id, "aria-labelledby": `room-${room.id}` },
    title, el("p", { class: "meta" }), el("ul", { class: "participants", "aria-label": "Participants" }), join);
}

// Keyed by participant: an item (and its button, which may have the focus) stays while its
// participant does.
function renderParticipants(list, present) {
  const ids = new Set(present.map((p) => p.id));
  for (const li of [...list.children]) {
    if (!ids.has(li.dataset.participantId)) li.remove();
  }
  for (const p of present) {
    if (list.querySelector(`[data-participant-id="${p.id}"]`)) continue;
    const who = p.context || p.id;
    list.append(el("li", { "data-participant-id": p.id }, `${who} `,
      el("button", {
        type: "button", class: "leave", "aria-label": `Remove ${who}`,
        onclick: () => act(`Remove ${who}`, () => call("POST", `/_emulator/participants/${p.id}/leave`)),
      }, "Remove")));
  }
  if (present.length === 0 && list.children.length === 0) {
    list.append(el("li", { class: "empty", "data-participant-id": "" }, "Nobody is in this room."));
  }
}

function renderRooms(rooms, sessions) {
  const holder = $("rooms");
  $("rooms-empty").hidden = rooms.length > 0;
  const seen = new Set();
  for (const room of rooms) {
    seen.add(room.id);
    let card = holder.querySelector(`[data-room-id="${room.id}"]`);
    if (!card) {
      card = roomCard(room);
      holder.append(card);
    }
    card.querySelector("h3").textContent = room.unique_name || room.id;
    const active = sessions.find((s) => s.room_id === room.id && s.active);
    card.querySelector(".meta").textContent =
      `${room.id} · max ${room.max_participants ?? "-"} · ` +
      (active ? `session ${active.id.slice(0, 8)} active` : "no active session");
    const present = active ? (active.participants || []).filter((p) => !p.left_at) : [];
    renderParticipants(card.querySelector(".participants"), present);
  }
  for (const card of [...holder.children]) if (!seen.has(card.dataset.roomId)) card.remove();
}

function deliveryRows(d) {
  const answer = d.status != null ? String(d.status) : d.error;
  const ok = d.status != null && d.status >= 200 && d.status < 300;
  const detail = el("tr", { class: "detail", hidden: "" }, el("td", { colspan: "9" },
    el("p", {}, "telnyx-signature-ed25519: ", el("code", {}, d.request ? d.request.signature : "(not sent)")),
    el("p", {}, "telnyx-timestamp: ", el("code", {}, d.request ? d.request.timestamp : "(not sent)")),
    el("p", {}, "Request body:"), el("pre", {}, d.request ? d.request.body : "(not sent)"),
    el("p", {}, "Receiver's answer:"), el("pre", {}, d.response_body ?? "(none)")));
  const toggle = el("button", {
    type: "button", class: "details", "aria-expanded": "false",
    onclick: () => {
      detail.hidden = !detail.hidden;
      toggle.setAttribute("aria-expanded", String(!detail.hidden));
    },
  }, "Details");
  const replay = el("button", {
    type: "button", class: "replay", "aria-label": `Replay delivery ${d.seq}`,
    onclick: () => act(`Replay of delivery ${d.seq}`, () => call("POST", `/_emulator/webhooks/${d.seq}/replay`)),
  }, "Replay");
  if (!d.request) replay.disabled = true;
  const row = el("tr", {
    "data-seq": d.seq, "data-event-id": d.event_id, "data-attempt": d.attempt, "data-status": answer,
  },
  el("td", {}, d.seq), el("td", {}, d.event_type), el("td", { class: "mono" }, d.event_id),
  el("td", {}, d.attempt), el("td", { class: "mono" }, d.url),
  el("td", { class: ok ? "ok" : "fail" }, answer),
  el("td", {}, d.duration_ms != null ? `${d.duration_ms} ms` : "-"),
  el("td", {}, new Date(d.at).toLocaleTimeString()),
  el("td", {}, toggle, " ", replay));
  return [row, detail];
}

// Shows the rows whose event, id, status or receiver contain the filter's text.
function applyFilter() {
  const words = $("deliveries-filter").value.trim().toLowerCase();
  let shown = 0;
  let total = 0;
  for (const row of $("deliveries").tBodies[0].querySelectorAll("tr[data-seq]")) {
    total += 1;
    const hit = !words || row.textContent.toLowerCase().includes(words);
    row.hidden = !hit;
    const detail = row.nextElementSibling;
    if (!hit && detail && !detail.hidden) {
      detail.hidden = true;
      row.querySelector("button.details").setAttribute("aria-expanded", "false");
    }
    if (hit) shown += 1;
  }
  $("deliveries-shown").textContent = words ? `${shown} of ${total} shown` : "";
}

async function refreshDeliveries() {
  for (;;) {
    const page = await call("GET", `/_emulator/webhooks?after=${lastSeq}`);
    const body = $("deliveries").tBodies[0];
    for (const d of page.data) {
      if (body.querySelector(`tr[data-seq="${d.seq}"]`)) continue;
      body.prepend(...deliveryRows(d));
    }
    lastSeq = page.meta.last_seq;
    if (!page.meta.more) break;
  }
  const any = $("deliveries").tBodies[0].rows.length > 0;
  $("deliveries").hidden = !any;
  $("deliveries-empty").hidden = any;
  applyFilter();
}

async function refreshInfo() {
  const info = (await call("GET", "/_emulator/info")).data;
  $("public-key").value = info.webhook_public_key;
  const c = info.chaos;
  $("chaos-now").textContent =
    `In force: duplicate ${c.duplicate}, reorder ${c.reorder}, drop ${c.drop}, seed ${c.seed}`;
  return c;
}

// One refresh at a time: an action's refresh and the poll's share it.
let refreshing = null;
function refresh() {
  if (!refreshing) refreshing = refreshOnce().finally(() => { refreshing = null; });
  return refreshing;
}

async function refreshOnce() {
  const rooms = (await call("GET", "/rooms?page[size]=250")).data;
  const sessions = (await call("GET", "/room_sessions?include_participants=true&page[size]=250")).data;
  renderRooms(rooms, sessions);
  await refreshDeliveries();
}

let failing = false;
async function poll() {
  try {
    await refresh();
    if (failing || $("status").textContent === "Connecting…") say("Connected");
    failing = false;
  } catch (e) {
    failing = true;
    say(`The emulator did not answer: ${e.message}`, true);
  }
  setTimeout(poll, 500);
}

$("deliveries-filter").addEventListener("input", applyFilter);

$("copy-key").addEventListener("click", async () => {
  const key = $("public-key").value;
  try {
    await navigator.clipboard.writeText(key);
    say("Public key copied");
  } catch {
    $("public-key").select();
    say("Select the key and copy it (the clipboard is not available here)");
  }
});

$("chaos").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const chaos = {
    duplicate: Number(f.get("duplicate")), reorder: Number(f.get("reorder")),
    drop: Number(f.get("drop")), seed: Number(f.get("seed")),
  };
  act("Chaos", async () => {
    await call("POST", "/_emulator/webhooks/chaos", chaos);
    await refreshInfo();
  });
});

refreshInfo().then((c) => {
  $("chaos-duplicate").value = c.duplicate;
  $("chaos-reorder").value = c.reorder;
  $("chaos-drop").value = c.drop;
  $("chaos-seed").value = c.seed;
}).catch((e) => say(`The emulator did not answer: ${e.message}`, true));
poll();
