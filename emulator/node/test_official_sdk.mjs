// Telnyx's official Node SDK (`telnyx` on npm) against the emulator, as a Node team's CI runs
// it (see ci.sh): `node test_official_sdk.mjs READY_FILE`. Creates and lists rooms, joins a
// simulated participant through the control API, receives the room's webhooks on a local
// receiver and verifies each with the SDK's own `webhooks.unwrap`; a tampered body is refused.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import Telnyx from 'telnyx';

const [listening, keyLine] = readFileSync(process.argv[2], 'utf8').trim().split('\n');
const base = listening.replace(/^listening /, '');
const publicKey = keyLine.replace(/^webhook-public-key /, '');

const received = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.end();
  });
});
await new Promise((ok) => receiver.listen(0, '127.0.0.1', ok));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;

const client = new Telnyx({ apiKey: 'KEY0NODE', baseURL: base, publicKey });
const room = (await client.rooms.create({ unique_name: 'from-node', webhook_event_url: hookUrl })).data;
assert.equal(room.unique_name, 'from-node');
const names = [];
for await (const r of client.rooms.list()) names.push(r.unique_name);
assert.ok(names.includes('from-node'), names);

const joined = await fetch(`${base}/_emulator/rooms/${room.id}/join`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ context: 'Alice' }),
});
assert.equal(joined.status, 201);

const deadline = Date.now() + 10_000;
while (received.length < 2) {
  assert.ok(Date.now() < deadline, `only ${received.length} webhooks arrived`);
  await new Promise((ok) => setTimeout(ok, 20));
}
const types = [];
for (const { headers, body } of received.slice(0, 2)) {
  await client.webhooks.unwrap(body, { headers }); // throws unless the signature holds
  types.push(JSON.parse(body).data.event_type);
}
assert.deepEqual(types, ['video.room.session.started', 'video.room.participant.joined']);
const { headers, body } = received[1];
await assert.rejects(client.webhooks.unwrap(body.replace('Alice', 'Mallory'), { headers }));
receiver.close();
console.log(JSON.stringify({ room: room.id, rooms_listed: names.length, webhooks: types }));
