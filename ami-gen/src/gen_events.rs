//! `ami-proto/src/generated/events.rs`.

use std::fmt::Write;

use crate::model::{Event, Kind, Model, Source};
use crate::names::snake;

fn origin_doc(e: &Event) -> String {
    match &e.source {
        Source::Spec {
            instances,
            undocumented,
            aliases,
        } => {
            let mut parts = Vec::new();
            for (class, module, since) in instances {
                let since = if since.is_empty() {
                    "an undocumented version".to_owned()
                } else {
                    since.join(", ")
                };
                parts.push(format!(
                    "class `{class}`, from `{module}`, since Asterisk {since}"
                ));
            }
            parts.dedup();
            let mut d = parts.join("; ");
            if *undocumented {
                d.push_str(" (not in Asterisk's documentation: headers from a capture)");
            }
            if !aliases.is_empty() {
                let _ = write!(d, " (documented as `{}`)", aliases.join("`, `"));
            }
            d
        }
        Source::Capture(file) => {
            format!("not in Asterisk's documentation; headers as seen in the capture `{file}`")
        }
    }
}

fn emit_event(out: &mut String, e: &Event) {
    let ty = &e.type_name;
    let _ = writeln!(out, "/// `Event: {}`: {}.", e.name, origin_doc(e));
    let _ = writeln!(
        out,
        "///\n/// A view borrowing the [`Message`]; every header stays reachable through [`{ty}::as_message`]."
    );
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy)]\npub struct {ty}<'a> {{\n    msg: &'a Message,\n}}\n"
    );
    let _ = writeln!(out, "impl<'a> {ty}<'a> {{");
    let _ = writeln!(
        out,
        "    /// The `Event:` value.\n    pub const NAME: &'static str = \"{}\";\n",
        e.name
    );
    let _ = writeln!(
        out,
        "    /// The view, when `msg` is this event (name compared ignoring ASCII case).\n    pub fn from_message(msg: &'a Message) -> Option<Self> {{\n        msg.is_event_named(Self::NAME).then_some(Self {{ msg }})\n    }}\n"
    );
    let _ = writeln!(
        out,
        "    /// The whole message.\n    pub fn as_message(&self) -> &'a Message {{\n        self.msg\n    }}"
    );
    for p in &e.channels {
        let m = snake(&format!("{p}Channel"));
        let _ = writeln!(
            out,
            "\n    /// The channel snapshot `{p}Channel`, `{p}ChannelState`, ... `{p}Linkedid`.\n    pub fn {m}(&self) -> ChannelSnapshot<'a> {{\n        ChannelSnapshot::new(self.msg, \"{p}\")\n    }}"
        );
    }
    for p in &e.bridges {
        let m = snake(&format!("{p}Bridge"));
        let _ = writeln!(
            out,
            "\n    /// The bridge snapshot `{p}BridgeUniqueid`, `{p}BridgeType`, ... `{p}BridgeVideoSource`.\n    pub fn {m}(&self) -> BridgeSnapshot<'a> {{\n        BridgeSnapshot::new(self.msg, \"{p}\")\n    }}"
        );
    }
    for h in &e.headers {
        let values = if h.values.is_empty() {
            String::new()
        } else {
            format!(
                " Documented values: {}.",
                h.values
                    .iter()
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let (ret, call, what) = match h.kind {
            Kind::Text => ("Option<Value<'a>>", "text", ""),
            Kind::Int => (
                "Option<Result<i64, FieldError>>",
                "integer",
                ", an integer (`None` when absent or empty)",
            ),
            Kind::Float => (
                "Option<Result<f64, FieldError>>",
                "decimal",
                ", a decimal (`None` when absent or empty)",
            ),
        };
        let _ = writeln!(
            out,
            "\n    /// `{}`{what}.{values}\n    pub fn {}(&self) -> {ret} {{\n        {call}(self.msg, \"{}\")\n    }}",
            h.name, h.method, h.name
        );
    }
    // validate()
    let _ = writeln!(
        out,
        "\n    /// Parses every numeric header (snapshots included).\n    ///\n    /// # Errors\n    /// The first header that does not parse.\n    pub fn validate(&self) -> Result<(), FieldError> {{"
    );
    for p in &e.channels {
        let m = snake(&format!("{p}Channel"));
        let _ = writeln!(out, "        self.{m}().validate()?;");
    }
    for p in &e.bridges {
        let m = snake(&format!("{p}Bridge"));
        let _ = writeln!(out, "        self.{m}().validate()?;");
    }
    for h in e.headers.iter().filter(|h| h.kind != Kind::Text) {
        let _ = writeln!(out, "        self.{}().transpose()?;", h.method);
    }
    let _ = writeln!(out, "        Ok(())\n    }}");
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(
        out,
        "impl EventView for {ty}<'_> {{\n    const NAME: &'static str = \"{}\";\n    type View<'a> = {ty}<'a>;\n\n    fn view(msg: &Message) -> Option<{ty}<'_>> {{\n        {ty}::from_message(msg)\n    }}\n}}\n",
        e.name
    );
}

/// The module's text (not yet formatted).
pub(crate) fn generate(m: &Model) -> String {
    let mut out = String::new();
    let documented = m
        .events
        .iter()
        .filter(|e| matches!(e.source, Source::Spec { .. }))
        .count();
    let _ = writeln!(
        out,
        "//! Typed event views generated from the Asterisk {} interface facts and the\n\
         //! captures by `ami-gen` (`cargo run -p ami-gen`); do not edit. {} views: {} from\n\
         //! the spec, {} seen only in the captures.\n",
        m.asterisk,
        m.events.len(),
        documented,
        m.events.len() - documented
    );
    let _ = writeln!(
        out,
        "use crate::Message;\nuse crate::events::{{BridgeSnapshot, ChannelSnapshot, EventView, FieldError, Value, decimal, integer, text}};\n"
    );
    for e in &m.events {
        emit_event(&mut out, e);
    }
    // The enum.
    let _ = writeln!(
        out,
        "/// Any typed event: one variant per view. `#[non_exhaustive]`: newer servers add events."
    );
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy)]\n#[non_exhaustive]\npub enum TypedEvent<'a> {{"
    );
    for e in &m.events {
        let _ = writeln!(
            out,
            "    /// `{}`.\n    {}({}<'a>),",
            e.name, e.type_name, e.type_name
        );
    }
    let _ = writeln!(out, "}}\n");
    let max = m.events.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "/// The longest typed event name.\nconst MAX_NAME: usize = {max};\n"
    );
    let _ = writeln!(out, "impl<'a> TypedEvent<'a> {{");
    let _ = writeln!(
        out,
        "    /// The typed view of `msg`, when it is an event with one (name compared ignoring ASCII case).\n    pub fn from_message(msg: &'a Message) -> Option<Self> {{\n        if !msg.is_event() {{\n            return None;\n        }}\n        let name = msg.event()?;\n        if name.len() > MAX_NAME {{\n            return None;\n        }}\n        let mut buf = [0u8; MAX_NAME];\n        let lower = &mut buf[..name.len()];\n        lower.copy_from_slice(name);\n        lower.make_ascii_lowercase();\n        Some(match &*lower {{"
    );
    for e in &m.events {
        let _ = writeln!(
            out,
            "            b\"{}\" => Self::{}({} {{ msg }}),",
            e.name.to_ascii_lowercase(),
            e.type_name,
            e.type_name
        );
    }
    let _ = writeln!(out, "            _ => return None,\n        }})\n    }}\n");
    let _ = writeln!(
        out,
        "    /// The event's name as typed (`Event:` may differ in case).\n    pub fn name(&self) -> &'static str {{\n        match self {{"
    );
    for e in &m.events {
        let _ = writeln!(
            out,
            "            Self::{}(_) => {}::NAME,",
            e.type_name, e.type_name
        );
    }
    let _ = writeln!(out, "        }}\n    }}\n");
    let _ = writeln!(
        out,
        "    /// Parses every numeric header of the view.\n    ///\n    /// # Errors\n    /// The first header that does not parse.\n    pub fn validate(&self) -> Result<(), FieldError> {{\n        match self {{"
    );
    for e in &m.events {
        let _ = writeln!(out, "            Self::{}(v) => v.validate(),", e.type_name);
    }
    let _ = writeln!(out, "        }}\n    }}\n");
    let _ = writeln!(
        out,
        "    /// The whole message.\n    pub fn as_message(&self) -> &'a Message {{\n        match self {{"
    );
    for e in &m.events {
        let _ = writeln!(out, "            Self::{}(v) => v.msg,", e.type_name);
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");
    // The table.
    let _ = writeln!(
        out,
        "/// Every typed event: `(name, documented)`; `documented` is false for events seen only in the captures."
    );
    let _ = writeln!(out, "pub static TYPED_EVENTS: &[(&str, bool)] = &[");
    for e in &m.events {
        let _ = writeln!(
            out,
            "    (\"{}\", {}),",
            e.name,
            matches!(e.source, Source::Spec { .. })
        );
    }
    let _ = writeln!(out, "];");
    out
}
