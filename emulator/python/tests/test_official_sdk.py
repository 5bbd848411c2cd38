"""Telnyx's official Python SDK (`telnyx` on PyPI) against the emulator installed from its wheel.

Run by `emulator/python/ci.sh` (which installs both into a fresh virtual environment and starts
the server in the background): `python test_official_sdk.py READY_FILE`. Creates and lists rooms
with the SDK, joins a simulated participant through the emulator's control API, receives the
room's webhooks on a local receiver and verifies each with the SDK's own `webhooks.unwrap` and
the key the emulator printed; a tampered body is refused. Prints a JSON summary.
"""

import json
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import telnyx


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        ready = f.read().splitlines()
    base = ready[0].removeprefix("listening ")
    public_key = ready[1].removeprefix("webhook-public-key ")

    received = []
    arrived = threading.Condition()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers["content-length"])).decode("utf-8")
            with arrived:
                received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                arrived.notify_all()
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook_url = f"http://127.0.0.1:{server.server_address[1]}/hooks"

    client = telnyx.Telnyx(api_key="KEY0PYTHON", base_url=base, public_key=public_key)
    room = client.rooms.create(
        unique_name="from-python", max_participants=5, webhook_event_url=hook_url
    ).data
    assert room.unique_name == "from-python", room
    names = [r.unique_name for r in client.rooms.list()]
    assert "from-python" in names, names

    join = urllib.request.Request(
        f"{base}/_emulator/rooms/{room.id}/join",
        data=json.dumps({"context": "Alice"}).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(join) as r:
        participant = json.load(r)["data"]

    with arrived:
        assert arrived.wait_for(lambda: len(received) >= 2, timeout=10), received
    types = []
    for headers, body in received[:2]:
        client.webhooks.unwrap(body, headers=headers)  # raises unless the signature holds
        types.append(json.loads(body)["data"]["event_type"])
    assert types == ["video.room.session.started", "video.room.participant.joined"], types

    headers, body = received[1]
    try:
        client.webhooks.unwrap(body.replace("Alice", "Mallory"), headers=headers)
        raise AssertionError("a tampered webhook was accepted")
    except ValueError as refused:
        tampered = str(refused)

    server.shutdown()
    print(json.dumps({
        "room": room.id,
        "rooms_listed": len(names),
        "participant": participant["id"],
        "webhooks": types,
        "tampered": tampered,
    }))


if __name__ == "__main__":
    main()
