//! Which participants an action applies to: the spec's `Participants` schema (`"all"` or a
//! list of ids), as one type.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// Which participants of a session an action (kick, mute, unmute) applies to: every one of
/// them (`"all"` on the wire, with `exclude` to leave some out), or only these.
///
/// ```
/// use telnyx_rooms::Participants;
/// # let id = uuid::Uuid::nil();
/// assert_eq!(serde_json::to_string(&Participants::All).unwrap(), r#""all""#);
/// assert_eq!(Participants::from(vec![id]), Participants::Only(vec![id]));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Participants {
    /// Every participant of the session.
    All,
    /// Only the participants with these ids.
    Only(Vec<Uuid>),
}

impl From<Vec<Uuid>> for Participants {
    fn from(ids: Vec<Uuid>) -> Self {
        Participants::Only(ids)
    }
}

impl Serialize for Participants {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Participants::All => s.serialize_str("all"),
            Participants::Only(ids) => ids.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Participants {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Word(String),
            Ids(Vec<Uuid>),
        }
        match Wire::deserialize(d)? {
            Wire::Word(w) if w == "all" => Ok(Participants::All),
            Wire::Word(w) => Err(serde::de::Error::custom(format!(
                "expected \"all\" or a list of participant ids, got \"{w}\""
            ))),
            Wire::Ids(ids) => Ok(Participants::Only(ids)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_forms() {
        let id: Uuid = "7b61621f-62e0-4aad-ab11-9fd19e272e73".parse().unwrap();
        for (value, json) in [
            (Participants::All, r#""all""#.to_string()),
            (Participants::Only(vec![id]), format!(r#"["{id}"]"#)),
        ] {
            assert_eq!(serde_json::to_string(&value).unwrap(), json);
            assert_eq!(serde_json::from_str::<Participants>(&json).unwrap(), value);
        }
        assert!(serde_json::from_str::<Participants>(r#""some""#).is_err());
    }
}
