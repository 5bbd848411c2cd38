"""Drives the standalone telnyx-rooms-emulator through a whole session with plain HTTP, as a
test in any language would: create a room whose webhooks go to HOOK_URL, mint a join token,
join with it, mute, leave, compose the session, wait for the composition, delete the room.

usage: python3 emulator_session.py BASE_URL HOOK_URL
Prints one JSON line with the ids it made; exits non-zero on any unexpected answer."""

import json
import sys
import time
import urllib.error
import urllib.request

BASE, HOOK = sys.argv[1], sys.argv[2]


def call(method, path, body=None, expect=200, auth=True):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if auth:
        req.add_header("Authorization", "Bearer KEY0SCRIPT")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            status, text = resp.status, resp.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if status != expect:
        sys.exit(f"{method} {path}: expected {expect}, got {status}: {text}")
    return json.loads(text) if text else None


room = call("POST", "/rooms", {"unique_name": "from-python", "enable_recording": True,
                               "webhook_event_url": HOOK}, expect=201)["data"]
token = call("POST", f"/rooms/{room['id']}/actions/generate_join_client_token",
             {"token_ttl_secs": 60}, expect=201)["data"]["token"]
call("POST", f"/_emulator/rooms/{room['id']}/join", {"context": "Alice", "token": "forged"},
     expect=422, auth=False)
alice = call("POST", f"/_emulator/rooms/{room['id']}/join", {"context": "Alice", "token": token},
             expect=201, auth=False)["data"]
session = alice["session_id"]
assert call("GET", f"/rooms/{room['id']}")["data"]["active_session_id"] == session
call("POST", f"/room_sessions/{session}/actions/mute", {"participants": [alice["id"]]})
left = call("POST", f"/_emulator/participants/{alice['id']}/leave", {}, auth=False)["data"]
assert left["left_at"], left
assert call("GET", f"/room_sessions/{session}")["data"]["active"] is False
composition = call("POST", "/room_compositions", {"session_id": session, "webhook_event_url": HOOK},
                   expect=202)["data"]
deadline = time.time() + 10
while call("GET", f"/room_compositions/{composition['id']}")["data"]["status"] != "completed":
    if time.time() > deadline:
        sys.exit("the composition did not complete")
    time.sleep(0.05)
call("DELETE", f"/rooms/{room['id']}", expect=204)
log = call("GET", "/_emulator/webhooks", auth=False)["data"]
print(json.dumps({"room": room["id"], "session": session, "participant": alice["id"],
                  "composition": composition["id"], "deliveries": len(log)}))
