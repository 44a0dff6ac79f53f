//! What the captures in `testdata/asterisk22/` say: which actions answer with
//! an event list, and the events the documentation leaves out.

use std::collections::BTreeMap;
use std::path::Path;

/// One frame's headers, in order.
pub type Frame = Vec<(String, String)>;

/// Splits raw AMI bytes into frames (lines without a colon are skipped: the
/// banner, command output).
pub fn frames(bytes: &[u8]) -> Vec<Frame> {
    let text = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
    text.split("\n\n")
        .map(|block| {
            block
                .lines()
                .filter_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    Some((k.trim().to_owned(), v.trim().to_owned()))
                })
                .collect::<Frame>()
        })
        .filter(|f| !f.is_empty())
        .collect()
}

fn get<'a>(f: &'a Frame, key: &str) -> Option<&'a str> {
    f.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}

/// The captures, by file name (sorted).
pub struct Captures {
    /// `(file, frames)` of every `.raw` file.
    pub raw: Vec<(String, Vec<Frame>)>,
    /// `(file, frames)` of every `.sent` file.
    pub sent: BTreeMap<String, Vec<Frame>>,
}

/// Reads every `.raw` and `.sent` file of `dir`.
///
/// # Errors
/// An unreadable directory or file.
pub fn load(dir: &Path) -> Result<Captures, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut raw = Vec::new();
    let mut sent = BTreeMap::new();
    for n in names {
        let read = || std::fs::read(dir.join(&n)).map_err(|e| format!("{n}: {e}"));
        if let Some(stem) = n.strip_suffix(".raw") {
            raw.push((stem.to_owned(), frames(&read()?)));
        } else if let Some(stem) = n.strip_suffix(".sent") {
            sent.insert(stem.to_owned(), frames(&read()?));
        }
    }
    Ok(Captures { raw, sent })
}

/// A list answer seen in a capture.
pub struct ListSeen {
    /// The event with `EventList: Complete`.
    pub complete_event: String,
    /// The capture it was seen in.
    pub file: String,
}

impl Captures {
    /// Actions whose captured answer starts with `EventList: start`, with the
    /// event that ended the list (first capture in file order).
    pub fn list_actions(&self) -> BTreeMap<String, ListSeen> {
        let mut out = BTreeMap::new();
        for (file, frames) in &self.raw {
            let Some(action) = self
                .sent
                .get(file.as_str())
                .and_then(|s| s.first())
                .and_then(|f| get(f, "Action"))
            else {
                continue;
            };
            let starts = frames.iter().any(|f| {
                get(f, "Event").is_none()
                    && get(f, "EventList").is_some_and(|v| v.eq_ignore_ascii_case("start"))
            });
            let complete = frames.iter().find_map(|f| {
                let ev = get(f, "Event")?;
                get(f, "EventList")
                    .is_some_and(|v| v.eq_ignore_ascii_case("Complete"))
                    .then_some(ev)
            });
            if let (true, Some(ev)) = (starts, complete) {
                out.entry(action.to_owned()).or_insert_with(|| ListSeen {
                    complete_event: ev.to_owned(),
                    file: format!("{file}.raw"),
                });
            }
        }
        out
    }

    /// Every event name seen, with its headers in first-seen order (without
    /// `Event`) and the first file it was seen in.
    pub fn events(&self) -> BTreeMap<String, (Vec<String>, String)> {
        let mut out: BTreeMap<String, (Vec<String>, String)> = BTreeMap::new();
        for (file, frames) in &self.raw {
            for f in frames {
                let Some(ev) = get(f, "Event") else { continue };
                let entry = out
                    .entry(ev.to_owned())
                    .or_insert_with(|| (Vec::new(), format!("{file}.raw")));
                for (k, _) in f {
                    if !k.eq_ignore_ascii_case("Event")
                        && !entry.0.iter().any(|h| h.eq_ignore_ascii_case(k))
                    {
                        entry.0.push(k.clone());
                    }
                }
            }
        }
        out
    }
}
