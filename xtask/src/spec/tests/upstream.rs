//! The real upstream documents in `../shared/upstream/` (CI always has them; the tests fail if
//! they are missing): `spec/` and its upstream slice are up to date, both documents give the same
//! wire format, failed updates write nothing, and the URL step works.

use super::super::*;
use super::{ops, small_upstream};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

fn upstream(name: &str) -> String {
    let path = crate::project_root().join("../shared/upstream").join(name);
    assert!(
        path.exists(),
        "{} is missing: the integration tests need the upstream documents in ../shared/upstream/",
        path.display()
    );
    path.display().to_string()
}

fn real_spec(name: &str) -> Value {
    let root = crate::project_root();
    let overlay: Value =
        serde_yaml::from_str(&std::fs::read_to_string(root.join(OVERLAY_FILE)).unwrap()).unwrap();
    let up = parse_document(&std::fs::read_to_string(upstream(name)).unwrap()).unwrap();
    transform(&up, &overlay).unwrap()
}

/// `spec/` is exactly what update-spec makes from the 2026 document (the check mode CI runs).
#[test]
fn spec_is_up_to_date_with_the_2026_document() {
    let root = crate::project_root();
    update_spec(&root, &upstream("telnyx-openapi-2026-07-16.yml"), true).unwrap();
}

/// Made again from `codegen/spec/upstream.yaml` alone (what the build does when the overlay
/// changes), the spec is the same: the slice loses nothing the spec is made from.
#[test]
fn the_upstream_slice_makes_the_same_spec() {
    let root = crate::project_root();
    derive(&root, true, UPSTREAM_FILE).unwrap();
}

/// What goes on the wire: per operation, the parameters (name, place, type, format, bounds) and
/// the body's fields (type, format, bounds), resolved through `$ref`.
fn wire_signature(spec: &Value) -> BTreeMap<String, Value> {
    fn shape(spec: &Value, s: &Value) -> Value {
        let s = match s.get("$ref").and_then(Value::as_str) {
            Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap(),
            None => s,
        };
        let mut out = Map::new();
        for k in ["type", "minimum", "maximum", "enum"] {
            if let Some(v) = s.get(k) {
                out.insert(k.into(), v.clone());
            }
        }
        // Formats that change the encoding or the generated type; others (`jwt`,
        // `json-pointer`) are annotations only.
        const WIRE_FORMATS: [&str; 8] = [
            "uuid",
            "date",
            "date-time",
            "uri",
            "int32",
            "int64",
            "float",
            "double",
        ];
        if let Some(f) = s
            .get("format")
            .and_then(Value::as_str)
            .filter(|f| WIRE_FORMATS.contains(f))
        {
            out.insert("format".into(), json!(f));
        }
        for k in ["properties", "additionalProperties", "items"] {
            match s.get(k) {
                Some(Value::Object(m)) if k == "properties" => {
                    out.insert(
                        k.into(),
                        m.iter()
                            .map(|(f, fs)| (f.clone(), shape(spec, fs)))
                            .collect(),
                    );
                }
                Some(v @ Value::Object(_)) => {
                    out.insert(k.into(), shape(spec, v));
                }
                _ => {}
            }
        }
        if let Some(Value::Array(alts)) = s.get("oneOf") {
            out.insert(
                "oneOf".into(),
                alts.iter().map(|a| shape(spec, a)).collect(),
            );
        }
        Value::Object(out)
    }
    let mut sig = BTreeMap::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let params: Vec<Value> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| json!([p["in"], p["name"], shape(spec, &p["schema"])]))
                .collect();
            let body = shape(
                spec,
                &op["requestBody"]["content"]["application/json"]["schema"],
            );
            sig.insert(
                format!("{} {path} {}", method.to_uppercase(), op["operationId"]),
                json!({"params": params, "body": body}),
            );
        }
    }
    sig
}

/// The 2024 and 2026 documents give the same wire format, but for the changes Telnyx made
/// between them, each listed here.
#[test]
fn both_upstream_documents_give_the_same_wire_format() {
    let a = wire_signature(&real_spec("telnyx-openapi-2024-02-01.yml"));
    let b = wire_signature(&real_spec("telnyx-openapi-2026-07-16.yml"));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "same 25 operations"
    );
    assert_eq!(a.len(), 25);
    let mut differing = Vec::new();
    for (k, va) in &a {
        if va != &b[k] {
            differing.push(k.as_str());
        }
    }
    // Known upstream change: recordings' `filter[duration_secs]` was an eq/gte/lte object in
    // 2024 and is a plain integer in 2026.
    assert_eq!(
        differing,
        [
            "DELETE /room_recordings \"delete_room_recordings\"",
            "GET /room_recordings \"list_room_recordings\""
        ]
    );
    for k in &differing {
        let names = |s: &Value| -> Vec<String> {
            s["params"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p[1].as_str().unwrap().to_string())
                .collect()
        };
        let (na, nb) = (names(&a[*k]), names(&b[*k]));
        let only_a: Vec<_> = na.iter().filter(|n| !nb.contains(n)).collect();
        let only_b: Vec<_> = nb.iter().filter(|n| !na.contains(n)).collect();
        assert_eq!(
            only_a,
            [
                "filter[duration_secs][eq]",
                "filter[duration_secs][gte]",
                "filter[duration_secs][lte]"
            ]
        );
        assert_eq!(only_b, ["filter[duration_secs]"]);
    }
}

/// A failed update (bad input, or an overlay entry that no longer fits) writes nothing.
#[test]
fn errors_leave_spec_untouched() {
    let dir = std::env::temp_dir().join(format!("xtask-untouched-{}", std::process::id()));
    std::fs::create_dir_all(dir.join(SPEC_FILE).parent().unwrap()).unwrap();
    let spec_path = dir.join(SPEC_FILE);
    std::fs::write(&spec_path, "sentinel\n").unwrap();
    let upstream = dir.join("up.json");
    let overlay = dir.join(OVERLAY_FILE);

    // Not OpenAPI.
    std::fs::write(&overlay, "operations: {}\n").unwrap();
    std::fs::write(&upstream, "{\"hello\": 1}").unwrap();
    let e = update_spec(&dir, upstream.to_str().unwrap(), false).unwrap_err();
    assert!(e.contains("no `openapi` version field"), "{e}");

    // An overlay fix whose target is gone.
    let mut o = ops();
    o["fixes"] = json!([{"reason": "r", "target": "/components/schemas/Room/properties/gone", "remove": true}]);
    std::fs::write(&overlay, serde_yaml::to_string(&o).unwrap()).unwrap();
    std::fs::write(&upstream, small_upstream().to_string()).unwrap();
    let e = update_spec(&dir, upstream.to_str().unwrap(), false).unwrap_err();
    assert!(
        e.contains("/components/schemas/Room/properties/gone"),
        "{e}"
    );

    // Unreadable input.
    assert!(update_spec(&dir, "/nonexistent/spec3.yml", false).is_err());
    assert_eq!(std::fs::read_to_string(&spec_path).unwrap(), "sentinel\n");

    // And a good one writes.
    std::fs::write(&overlay, serde_yaml::to_string(&ops()).unwrap()).unwrap();
    update_spec(&dir, upstream.to_str().unwrap(), false).unwrap();
    assert!(std::fs::read_to_string(&spec_path)
        .unwrap()
        .starts_with("# Telnyx Video Rooms API"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The one network step: `--from` with a URL downloads the document (here from a loopback
/// server standing in for the published one), and a failed download is a clear error.
#[test]
fn reads_the_upstream_document_from_a_url() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let body = small_upstream().to_string();
    let served = body.clone();
    let server = std::thread::spawn(move || {
        for _ in 0..2 {
            let (mut stream, _) = listener.accept().unwrap();
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap();
            let request = String::from_utf8_lossy(&buf[..n]).to_string();
            let reply = if request.starts_with("GET /openapi/spec3.yml ") {
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{served}",
                    served.len()
                )
            } else {
                "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                    .to_string()
            };
            stream.write_all(reply.as_bytes()).unwrap();
        }
    });
    let text = read_input(&format!("http://{addr}/openapi/spec3.yml")).unwrap();
    assert_eq!(text, body);
    let e = read_input(&format!("http://{addr}/missing.yml")).unwrap_err();
    assert!(e.contains("download of") && e.contains("failed"), "{e}");
    server.join().unwrap();
}
