//! Query parameters: filters (`filter[field]`, `filter[date_X_at][eq|gte|lte]`) and paging
//! with Telnyx's `meta`.

use reqwest::StatusCode;
use serde::Serialize;
use serde_json::{json, Value};

use super::{Refusal, Reply};
use telnyx_rooms::types::PaginationMeta;

/// Decoded query parameters.
pub(super) struct Query<'q>(pub(super) &'q [(String, String)]);

pub(super) struct PageOf<T> {
    pub(super) items: Vec<T>,
    meta: PaginationMeta,
}

impl<T: Serialize> PageOf<T> {
    pub(super) fn reply(&self, items: Vec<Value>) -> Reply {
        Reply::Json(StatusCode::OK, json!({"data": items, "meta": self.meta}))
    }
    pub(super) fn reply_serialize(&self) -> Reply {
        Reply::Json(
            StatusCode::OK,
            json!({"data": self.items, "meta": self.meta}),
        )
    }
}

impl Query<'_> {
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(super) fn flag(&self, name: &str) -> bool {
        self.get(name) == Some("true")
    }

    /// The items matching every `filter[...]` parameter. `filter[field]` compares a field's
    /// value; `filter[date_X_at][eq|gte|lte]` compares the date of the `X_at` field.
    pub(super) fn filtered<'t, T: Serialize>(&self, items: &'t [T]) -> Vec<&'t T> {
        let filters: Vec<(&str, &str)> = self
            .0
            .iter()
            .filter(|(k, _)| k.starts_with("filter["))
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if filters.is_empty() {
            return items.iter().collect();
        }
        items
            .iter()
            .filter(|item| {
                let v = serde_json::to_value(item).expect("serialisable");
                filters.iter().all(|(k, want)| matches(&v, k, want))
            })
            .collect()
    }

    pub(super) fn page<T: Serialize + Clone>(&self, items: &[T]) -> Result<PageOf<T>, Refusal> {
        // Ranges were checked against the spec already; defaults are Telnyx's.
        let size: usize = self
            .get("page[size]")
            .and_then(|s| s.parse().ok())
            .unwrap_or(20);
        let number: usize = self
            .get("page[number]")
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        let all = self.filtered(items);
        let total = all.len();
        let start = (number - 1).saturating_mul(size).min(total);
        let end = start.saturating_add(size).min(total);
        Ok(PageOf {
            items: all[start..end].iter().map(|&item| item.clone()).collect(),
            meta: PaginationMeta {
                page_number: Some(number as i64),
                page_size: Some(size as i64),
                total_pages: Some(total.div_ceil(size) as i64),
                total_results: Some(total as i64),
            },
        })
    }
}

fn matches(item: &Value, key: &str, want: &str) -> bool {
    let inner = &key["filter[".len()..];
    let parts: Vec<&str> = inner.trim_end_matches(']').split("][").collect();
    match parts.as_slice() {
        [field, op] if field.starts_with("date_") => {
            let name = &field["date_".len()..];
            let Some(date) = item[name].as_str().and_then(|s| s.get(..10)) else {
                return false;
            };
            match *op {
                "eq" => date == want,
                "gte" => date >= want,
                "lte" => date <= want,
                _ => true,
            }
        }
        [field] => match &item[*field] {
            Value::String(s) => s == want,
            Value::Null => false,
            other => serde_json::from_str::<Value>(want).ok().as_ref() == Some(other),
        },
        // Upstream's older eq/gte/lte form for numbers.
        [field, op] => {
            let (Some(have), Ok(want)) = (item[*field].as_f64(), want.parse::<f64>()) else {
                return false;
            };
            match *op {
                "eq" => have == want,
                "gte" => have >= want,
                "lte" => have <= want,
                _ => true,
            }
        }
        _ => true,
    }
}
