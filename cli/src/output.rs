//! How results print: a table on a terminal, JSON otherwise, or what `-o` says. Data goes to
//! stdout; everything else to stderr.

use std::io::{IsTerminal, Write};

use futures::StreamExt;
use serde::Serialize;
use serde_json::Value;
use telnyx_rooms::ListRequest;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Columns that matter per resource.
    Table,
    /// One JSON document: an object, or an array for lists.
    Json,
    /// One JSON object per line, printed as pages arrive.
    Jsonl,
    /// YAML.
    Yaml,
}

impl Format {
    /// `-o` given, or a table on a terminal and JSON otherwise.
    pub fn choose(given: Option<&str>) -> Format {
        match given {
            Some("table") => Format::Table,
            Some("json") => Format::Json,
            Some("jsonl") => Format::Jsonl,
            Some("yaml") => Format::Yaml,
            _ if std::io::stdout().is_terminal() => Format::Table,
            _ => Format::Json,
        }
    }
}

/// Prints answers in one format.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
}

/// The columns a table shows, by the item's `record_type`.
fn columns(record_type: Option<&str>) -> Option<&'static [&'static str]> {
    Some(match record_type? {
        "room" => &[
            "id",
            "unique_name",
            "max_participants",
            "enable_recording",
            "active_session_id",
            "created_at",
        ],
        "room_session" => &["id", "room_id", "active", "created_at", "ended_at"],
        "room_participant" => &["id", "context", "session_id", "joined_at", "left_at"],
        "room_recording" => &[
            "id",
            "session_id",
            "participant_id",
            "type",
            "status",
            "duration_secs",
            "size_mb",
        ],
        "composition" | "room_composition" => &[
            "id",
            "session_id",
            "status",
            "format",
            "duration_secs",
            "size_mb",
        ],
        _ => return None,
    })
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.len()),
        Value::Object(_) => "{..}".into(),
        other => other.to_string(),
    }
}

/// A table of `items` with the columns of their resource (every scalar field otherwise).
fn table(items: &[Value]) -> String {
    let record_type = items.first().and_then(|v| v["record_type"].as_str());
    let cols: Vec<String> = match columns(record_type) {
        Some(c) => c.iter().map(|c| c.to_string()).collect(),
        None => items
            .first()
            .and_then(Value::as_object)
            .map(|o| {
                o.iter()
                    .filter(|(_, v)| !v.is_array() && !v.is_object())
                    .map(|(k, _)| k.clone())
                    .collect()
            })
            .unwrap_or_default(),
    };
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::NOTHING);
    t.set_header(cols.iter().map(|c| c.to_uppercase()));
    for item in items {
        t.add_row(cols.iter().map(|c| cell(&item[c.as_str()])));
    }
    t.to_string()
}

/// One item as a two-column table of its fields.
fn fields(item: &Value) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::NOTHING);
    for (k, v) in item.as_object().into_iter().flatten() {
        t.add_row([k.clone(), cell(v)]);
    }
    t.to_string()
}

impl Output {
    fn print(&self, text: &str) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        Ok(())
    }

    /// One item.
    pub fn one<T: Serialize>(&self, item: &T) -> anyhow::Result<()> {
        let v = serde_json::to_value(item)?;
        match self.format {
            Format::Table => self.print(&fields(&v)),
            Format::Json => self.print(&serde_json::to_string_pretty(&v)?),
            Format::Jsonl => self.print(&v.to_string()),
            Format::Yaml => self.print(serde_yaml::to_string(&v)?.trim_end()),
        }
    }

    /// An operation that answers nothing (a delete): nothing on stdout.
    pub fn nothing(&self) -> anyhow::Result<()> {
        if std::io::stderr().is_terminal() {
            eprintln!("done");
        }
        Ok(())
    }

    /// Every item of every page (4 pages in flight), or up to `--limit` (then one page at a
    /// time, so that no page past the limit is requested); `--page-size` sets the page size.
    pub async fn list<B>(&self, request: B, matches: &clap::ArgMatches) -> anyhow::Result<()>
    where
        B: ListRequest,
        B::Item: Serialize,
    {
        let limit = matches
            .try_get_one::<usize>("limit")
            .ok()
            .flatten()
            .copied();
        let prefetch = if limit.is_some() { 1 } else { 4 };
        let limit = limit.unwrap_or(usize::MAX);
        let mut items = Box::pin(request.stream().prefetch(prefetch).take(limit));
        let mut kept = Vec::new();
        let mut out = std::io::stdout().lock();
        let mut first = true;
        if self.format == Format::Json {
            write!(out, "[")?;
        }
        while let Some(item) = items.next().await {
            let item = match item {
                Ok(item) => item,
                Err(e) => {
                    // Output stays valid for machines: the array started is ended (the
                    // error goes to stderr); a table or YAML prints nothing.
                    if self.format == Format::Json {
                        writeln!(out, "{}]", if first { "" } else { "\n" })?;
                        out.flush()?;
                    }
                    return Err(e.into());
                }
            };
            let v = serde_json::to_value(item)?;
            match self.format {
                Format::Jsonl => {
                    writeln!(out, "{v}")?;
                    out.flush()?;
                }
                Format::Json => {
                    let sep = if first { "\n  " } else { ",\n  " };
                    write!(out, "{sep}{v}")?;
                }
                Format::Table | Format::Yaml => kept.push(v),
            }
            first = false;
        }
        match self.format {
            Format::Json => writeln!(out, "{}]", if first { "" } else { "\n" })?,
            Format::Table => writeln!(out, "{}", table(&kept))?,
            Format::Yaml => writeln!(out, "{}", serde_yaml::to_string(&kept)?.trim_end())?,
            Format::Jsonl => {}
        }
        Ok(())
    }
}
