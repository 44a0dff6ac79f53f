//! Rust names from AMI names.

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum",
    "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
    "move", "mut", "priv", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
    "true", "try", "type", "unsafe", "use", "where", "while", "yield",
];

/// `CallerIDNum` -> `caller_id_num`, `Cause-txt` -> `cause_txt`,
/// `DAHDIChannel` -> `dahdi_channel`, `100rel` -> `h_100rel`,
/// `type` -> `type_`.
pub fn snake(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = part.chars().collect();
        let mut cur = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                None => false,
                Some(p) => {
                    (c.is_ascii_uppercase() && (p.is_ascii_lowercase() || p.is_ascii_digit()))
                        || (c.is_ascii_uppercase()
                            && p.is_ascii_uppercase()
                            && next.is_some_and(|n| n.is_ascii_lowercase())
                            // "IDnum", "IDton": keep the ID acronym whole.
                            && !(p == 'I' && c == 'D'))
                        || (p == 'D'
                            && i >= 2
                            && chars[i - 2] == 'I'
                            && c.is_ascii_lowercase()
                            && (i < 3 || !chars[i - 3].is_ascii_uppercase()))
                }
            };
            if boundary && !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            cur.push(c.to_ascii_lowercase());
        }
        if !cur.is_empty() {
            words.push(cur);
        }
    }
    let mut s = words.join("_");
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert_str(0, "h_");
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// A type name from an AMI name: `AOC-D` -> `AOCD`, `PJSIPShowAors` kept.
pub fn type_name(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(if upper { c.to_ascii_uppercase() } else { c });
            upper = false;
        } else {
            upper = true;
        }
    }
    out
}

/// An enum variant from a documented value: `reverse` -> `Reverse`.
pub fn variant(value: &str) -> String {
    type_name(value)
}

/// True when every value can be an enum variant.
pub fn enumerable(values: &[String]) -> bool {
    !values.is_empty()
        && values.iter().all(|v| {
            v.starts_with(|c: char| c.is_ascii_alphabetic())
                && v.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_cases() {
        for (a, b) in [
            ("CallerIDNum", "caller_id_num"),
            ("Cause-txt", "cause_txt"),
            ("DAHDIChannel", "dahdi_channel"),
            ("100rel", "h_100rel"),
            ("Type", "type_"),
            ("Channel1", "channel1"),
            ("BridgeUniqueid", "bridge_uniqueid"),
            ("CallerIDnum", "caller_id_num"),
            ("MCallerIDton", "m_caller_id_ton"),
            ("ReportXSourceSSRC", "report_x_source_ssrc"),
            ("Content-Type", "content_type"),
            ("UniqueID", "unique_id"),
            ("Qualify2xxOnly", "qualify2xx_only"),
            ("PT", "pt"),
            ("AOCBillingId", "aoc_billing_id"),
        ] {
            assert_eq!(snake(a), b, "{a}");
        }
    }
}
