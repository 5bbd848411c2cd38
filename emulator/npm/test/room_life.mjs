// A room's life with Telnyx's official Node SDK against the emulator installed from npm, as a
// Node team's tests would use it (see ci.sh): the package's helper starts it in the background
// and stops it; every webhook is verified with the SDK's own `webhooks.unwrap`.
import http from 'node:http';
import assert from 'node:assert/strict';
import Telnyx from 'telnyx';
import emulatorPackage from 'telnyx-rooms-emulator';

const emulator = await emulatorPackage.start();
const received = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.end('ok');
  });
});
await new Promise((ok) => receiver.listen(0, '127.0.0.1', ok));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;
const client = new Telnyx({ apiKey: 'KEY0NPM', baseURL: emulator.baseUrl, publicKey: emulator.publicKey });
const control = (path, body) => fetch(`${emulator.baseUrl}/_emulator/${path}`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}),
}).then((r) => r.json());

const room = (await client.rooms.create({ unique_name: 'npm-standup', max_participants: 4, webhook_event_url: hookUrl })).data;
const token = (await client.rooms.actions.generateJoinClientToken(room.id, { token_ttl_secs: 600 })).data;
assert.ok(token.token && token.refresh_token, 'a join token and a refresh token');
const alice = (await control(`rooms/${room.id}/join`, { context: 'Alice', token: token.token })).data;
assert.equal(alice.context, 'Alice');
const fetched = (await client.rooms.retrieve(room.id, { include_sessions: true })).data;
assert.equal(fetched.active_session_id, alice.session_id);
await control(`participants/${alice.id}/leave`);
await client.rooms.delete(room.id);

const want = ['video.room.session.started', 'video.room.participant.joined',
  'video.room.participant.left', 'video.room.session.ended'];
const deadline = Date.now() + 10_000;
while (received.length < want.length) {
  assert.ok(Date.now() < deadline, `only ${received.length} webhooks arrived`);
  await new Promise((ok) => setTimeout(ok, 20));
}
const types = [];
for (const { headers, body } of received) {
  await client.webhooks.unwrap(body, { headers }); // throws unless the signature holds
  types.push(JSON.parse(body).data.event_type);
}
assert.deepEqual(types, want);
const { headers, body } = received[1];
await assert.rejects(client.webhooks.unwrap(body.replace('Alice', 'Mallory'), { headers }));
receiver.close();
const console_ = await fetch(emulator.consoleUrl);
assert.equal(console_.status, 200);
const code = await emulator.stop();
assert.equal(code, 0, 'stopped by SIGTERM with exit 0');
console.log(JSON.stringify({ room: room.id, webhooks: types, exit: code }));
