//! How results print: a table on a terminal, JSON otherwise, or what `-o` says. Data goes to
//! stdout; everything else to stderr.

use std::io::{IsTerminal, Write};

use futures::StreamExt;
use serde::Serialize;
use serde_json::Value;
use telnyx_rooms::pagination::ListRequest;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Columns that matter per resource, for people: short ids, readable times and sizes,
    /// fitted to the terminal.
    Table,
    /// The same columns, whole: full ids and exact values.
    Wide,
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
            Some("wide") => Format::Wide,
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
    /// Fields chosen with `--fields` or `--field`, if any.
    pub select: Option<Select>,
}

/// What of each item to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Select {
    /// `--fields id,unique_name`: these fields only, in the format asked for.
    Fields(Vec<String>),
    /// `--field token` (or `data.path`): the value alone, one a line, a string without quotes,
    /// so a script needs no `jq` to read it.
    Field(String),
}

impl Select {
    /// From `--fields` or `--field`.
    pub fn from(matches: &clap::ArgMatches) -> Option<Select> {
        if let Some(f) = matches.get_one::<String>("field") {
            return Some(Select::Field(f.clone()));
        }
        matches.get_one::<String>("fields").map(|f| {
            Select::Fields(
                f.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            )
        })
    }

    fn apply(&self, v: Value) -> Value {
        match self {
            Select::Fields(names) => Value::Object(
                names
                    .iter()
                    .map(|n| (n.clone(), v.get(n).cloned().unwrap_or(Value::Null)))
                    .collect(),
            ),
            Select::Field(path) => path
                .split('.')
                .try_fold(&v, |v, key| v.get(key))
                .cloned()
                .unwrap_or(Value::Null),
        }
    }
}

/// A value alone: a string without quotes, anything else as JSON.
fn bare(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
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

/// A value as a table shows it: whole (`wide`), or for people (short ids, times to the second,
/// sizes and durations in units).
fn cell(column: &str, v: &Value, wide: bool) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) if !wide && s.len() == 36 && uuid::Uuid::parse_str(s).is_ok() => {
            s[..8].to_string()
        }
        Value::String(s) if !wide => match chrono::DateTime::parse_from_rfc3339(s) {
            Ok(t) => t
                .with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M:%S")
                .to_string(),
            Err(_) => s.clone(),
        },
        Value::String(s) => s.clone(),
        Value::Number(n) if !wide && column == "size_mb" => n.as_f64().map_or(n.to_string(), size),
        Value::Number(n) if !wide && column == "duration_secs" => {
            n.as_i64().map_or(n.to_string(), duration)
        }
        Value::Array(a) => format!("[{}]", a.len()),
        Value::Object(_) => "{..}".into(),
        other => other.to_string(),
    }
}

/// `0.47999998927116394` MB as `491.5 KB`.
fn size(mb: f64) -> String {
    let bytes = mb * 1_048_576.0;
    match bytes {
        b if b >= 1_073_741_824.0 => format!("{:.1} GB", b / 1_073_741_824.0),
        b if b >= 1_048_576.0 => format!("{:.1} MB", b / 1_048_576.0),
        b if b >= 1024.0 => format!("{:.1} KB", b / 1024.0),
        b => format!("{b:.0} B"),
    }
}

/// `3725` seconds as `1h 2m 5s`.
fn duration(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, _) => format!("{m}m {s}s"),
        _ => format!("{h}h {m}m {s}s"),
    }
}

/// The terminal's width, for a table that fits it.
fn width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or(Some(80))
}

/// A column's heading: short, so that a row fits 80 columns (`wide` spells it out).
fn label(column: &str, wide: bool) -> String {
    let short = match column {
        "unique_name" => "NAME",
        "max_participants" => "MAX",
        "enable_recording" => "REC",
        "active_session_id" | "session_id" => "SESSION",
        "room_id" => "ROOM",
        "participant_id" => "PARTICIPANT",
        "created_at" => "CREATED",
        "ended_at" => "ENDED",
        "joined_at" => "JOINED",
        "left_at" => "LEFT",
        "duration_secs" => "DURATION",
        "size_mb" => "SIZE",
        _ => "",
    };
    if wide || short.is_empty() {
        column.to_uppercase()
    } else {
        short.to_string()
    }
}

/// A table of `items` with the columns of their resource (every scalar field otherwise).
fn table(items: &[Value], wide: bool) -> String {
    let record_type = items.first().and_then(|v| v["record_type"].as_str());
    table_of(items, columns(record_type), wide)
}

/// A table of `items` with these columns (every scalar field of the first when `None`).
fn table_of(items: &[Value], cols: Option<&[&str]>, wide: bool) -> String {
    let cols: Vec<String> = match cols {
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
    if !wide {
        t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
        if let Some(w) = width() {
            t.set_width(w);
        }
    }
    t.set_header(cols.iter().map(|c| label(c, wide)));
    for item in items {
        t.add_row(cols.iter().map(|c| cell(c, &item[c.as_str()], wide)));
    }
    t.to_string()
}

/// One item as a two-column table of its fields (ids in full: it is one item).
fn fields(item: &Value) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::NOTHING);
    for (k, v) in item.as_object().into_iter().flatten() {
        let shown = match v {
            Value::String(s) if uuid::Uuid::parse_str(s).is_ok() => s.clone(),
            v => cell(k, v, false),
        };
        t.add_row([k.clone(), shown]);
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
        let v = match &self.select {
            Some(Select::Field(_)) => {
                return self.print(&bare(&self.select.as_ref().expect("chosen").apply(v)))
            }
            Some(s) => s.apply(v),
            None => v,
        };
        match self.format {
            Format::Table => self.print(&fields(&v)),
            Format::Wide => self.print(&fields(&v)),
            Format::Json => self.print(&serde_json::to_string_pretty(&v)?),
            Format::Jsonl => self.print(&v.to_string()),
            Format::Yaml => self.print(serde_yaml::to_string(&v)?.trim_end()),
        }
    }

    /// Items already read (not an API list): a table of `cols`, or every field in the
    /// machine formats.
    pub fn many(&self, items: Vec<Value>, cols: &[&str]) -> anyhow::Result<()> {
        let items: Vec<Value> = match &self.select {
            Some(s @ Select::Field(_)) => {
                for v in items {
                    self.print(&bare(&s.apply(v)))?;
                }
                return Ok(());
            }
            Some(s) => items.into_iter().map(|v| s.apply(v)).collect(),
            None => items,
        };
        let cols = if self.select.is_some() {
            None
        } else {
            Some(cols)
        };
        match self.format {
            Format::Table | Format::Wide if items.is_empty() => {
                eprintln!("nothing to list");
                Ok(())
            }
            Format::Table => self.print(&table_of(&items, cols, false)),
            Format::Wide => self.print(&table_of(&items, cols, true)),
            Format::Json => self.print(&serde_json::to_string_pretty(&items)?),
            Format::Jsonl => {
                for v in &items {
                    self.print(&v.to_string())?;
                }
                Ok(())
            }
            Format::Yaml => self.print(serde_yaml::to_string(&items)?.trim_end()),
        }
    }

    /// An operation that answers nothing (a delete): nothing on stdout, and on stderr what
    /// was done.
    pub fn nothing(&self, op: telnyx_rooms::Operation) -> anyhow::Result<()> {
        eprintln!("done: {}", op.id().replace('_', " "));
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
        // `--field` prints bare values, one a line, in any format.
        let array = self.format == Format::Json && !matches!(self.select, Some(Select::Field(_)));
        if array {
            write!(out, "[")?;
        }
        while let Some(item) = items.next().await {
            let item = match item {
                Ok(item) => item,
                Err(e) => {
                    // Output stays valid for machines: the array started is ended (the
                    // error goes to stderr); a table or YAML prints nothing.
                    if array {
                        writeln!(out, "{}]", if first { "" } else { "\n" })?;
                        out.flush()?;
                    }
                    return Err(e.into());
                }
            };
            let v = serde_json::to_value(item)?;
            let v = match &self.select {
                Some(s @ Select::Field(_)) => {
                    writeln!(out, "{}", bare(&s.apply(v)))?;
                    first = false;
                    continue;
                }
                Some(s) => s.apply(v),
                None => v,
            };
            match self.format {
                Format::Jsonl => {
                    writeln!(out, "{v}")?;
                    out.flush()?;
                }
                Format::Json => {
                    let sep = if first { "\n  " } else { ",\n  " };
                    write!(out, "{sep}{v}")?;
                }
                Format::Table | Format::Wide | Format::Yaml => kept.push(v),
            }
            first = false;
        }
        match self.format {
            Format::Json if !array => {}
            Format::Json => writeln!(out, "{}]", if first { "" } else { "\n" })?,
            Format::Table | Format::Wide if kept.is_empty() => {
                // No blank line on stdout: say so on stderr.
                eprintln!("nothing to list");
            }
            Format::Table => writeln!(out, "{}", table(&kept, false))?,
            Format::Wide => writeln!(out, "{}", table(&kept, true))?,
            Format::Yaml => writeln!(out, "{}", serde_yaml::to_string(&kept)?.trim_end())?,
            Format::Jsonl => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_for_people() {
        assert_eq!(size(0.47999998927116394), "491.5 KB");
        assert_eq!(size(900.0), "900.0 MB");
        assert_eq!(size(2048.0), "2.0 GB");
        assert_eq!(duration(3725), "1h 2m 5s");
        assert_eq!(duration(100), "1m 40s");
        assert_eq!(duration(7), "7s");
        let t = Value::from("2021-04-16T09:46:20.954863Z");
        assert_eq!(cell("created_at", &t, false), "2021-04-16 09:46:20");
        assert_eq!(cell("created_at", &t, true), "2021-04-16T09:46:20.954863Z");
        let id = Value::from("0ccc7b54-4df3-4bca-a65a-3da1ecc777f0");
        assert_eq!(cell("id", &id, false), "0ccc7b54");
        assert_eq!(cell("size_mb", &Value::from(0.48), false), "491.5 KB");
        assert_eq!(cell("size_mb", &Value::from(0.48), true), "0.48");
    }
}
