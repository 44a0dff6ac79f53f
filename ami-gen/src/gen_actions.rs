//! `ami-proto/src/generated/actions.rs`.

use std::fmt::Write;

use crate::model::{Action, Completion, Model, Param};

fn since(v: &[String]) -> String {
    if v.is_empty() {
        "an undocumented version".to_owned()
    } else {
        v.join(", ")
    }
}

fn quote_list(v: &[String]) -> String {
    v.iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn field_type(p: &Param) -> String {
    p.enum_type.clone().unwrap_or_else(|| "String".to_owned())
}

fn param_doc(p: &Param) -> String {
    let mut d = format!("`{}:`", p.header);
    if p.required {
        d.push_str(" (required)");
    }
    d.push('.');
    if !p.values.is_empty() && p.enum_type.is_none() {
        let _ = write!(d, " Documented values: {}.", quote_list(&p.values));
    }
    d
}

fn emit_enum(out: &mut String, action: &str, p: &Param) {
    let Some(ty) = &p.enum_type else { return };
    let variants: Vec<String> = p.values.iter().map(|v| crate::names::variant(v)).collect();
    let _ = writeln!(
        out,
        "/// The values of [`{action}`]'s `{}:` parameter; [`{ty}::Other`] sends any other \
         (a newer server's).",
        p.header
    );
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub enum {ty} {{"
    );
    for (v, value) in variants.iter().zip(&p.values) {
        let _ = writeln!(out, "    /// `{value}`.\n    {v},");
    }
    let _ = writeln!(
        out,
        "    /// Any other value, sent as is.\n    Other(String),\n}}\n"
    );
    let _ = writeln!(out, "impl {ty} {{");
    let _ = writeln!(
        out,
        "    /// The value as sent.\n    pub fn as_str(&self) -> &str {{\n        match self {{"
    );
    for (v, value) in variants.iter().zip(&p.values) {
        let _ = writeln!(out, "            Self::{v} => \"{value}\",");
    }
    let _ = writeln!(
        out,
        "            Self::Other(s) => s,\n        }}\n    }}\n}}\n"
    );
    let _ = writeln!(out, "impl From<&str> for {ty} {{");
    let _ = writeln!(out, "    fn from(s: &str) -> Self {{\n        match s {{");
    for (v, value) in variants.iter().zip(&p.values) {
        let _ = writeln!(out, "            \"{value}\" => Self::{v},");
    }
    let _ = writeln!(
        out,
        "            other => Self::Other(other.to_owned()),\n        }}\n    }}\n}}\n"
    );
}

fn completion_doc(a: &Action) -> String {
    match &a.completion {
        Completion::Single => "Completes with its response.".to_owned(),
        Completion::List {
            complete_event,
            rule,
            evidence,
        } => format!(
            "Completes as an event list ended by `{complete_event}` (rule: {rule}, {evidence})."
        ),
        Completion::Conditional(why) => format!("Completes with its response; {why}."),
        Completion::Command => "Completes with the command output.".to_owned(),
        Completion::Originate => {
            "Completes with its response, or with `OriginateResponse` when async.".to_owned()
        }
    }
}

fn completion_expr(a: &Action) -> String {
    match &a.completion {
        Completion::List { complete_event, .. } => {
            format!("crate::Completion::list(\"{complete_event}\")")
        }
        _ => "crate::Completion::Response".to_owned(),
    }
}

fn emit_action(out: &mut String, a: &Action) {
    let name = &a.name;
    for p in &a.params {
        emit_enum(out, name, p);
    }
    if let Some(g) = &a.group {
        for p in &g.params {
            emit_enum(out, name, p);
        }
        let fmt = if g.dash { "`Name-000000`" } else { "`Name(0)`" };
        let _ = writeln!(
            out,
            "/// One numbered group of [`{name}`]'s parameters (sent as {fmt}, numbered from 0)."
        );
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, PartialEq, Eq, Default)]\npub struct {} {{",
            g.type_name
        );
        for p in &g.params {
            let _ = writeln!(
                out,
                "    /// {}\n    pub {}: Option<{}>,",
                param_doc(p),
                p.field,
                field_type(p)
            );
        }
        let _ = writeln!(out, "}}\n\nimpl {} {{", g.type_name);
        let _ = writeln!(
            out,
            "    /// An empty group.\n    pub fn new() -> Self {{\n        Self::default()\n    }}"
        );
        for p in &g.params {
            emit_setter(out, p);
        }
        let _ = writeln!(out, "}}\n");
    }
    let required: Vec<&Param> = a.params.iter().filter(|p| p.required).collect();
    let _ = writeln!(
        out,
        "/// `{name}`: from `{}`, since Asterisk {}.",
        a.modules.join("`, `"),
        since(&a.since)
    );
    let _ = writeln!(out, "///\n/// {}", completion_doc(a));
    let empty = a.params.is_empty() && !a.variables && a.group.is_none();
    if empty {
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]\npub struct {name};\n\nimpl {name} {{\n    /// The `Action:` value.\n    pub const NAME: &'static str = \"{name}\";\n\n    /// The action (it has no parameters).\n    pub fn new() -> Self {{\n        Self\n    }}\n}}\n"
        );
    } else {
        let default = if required.is_empty() { ", Default" } else { "" };
        let _ = writeln!(
            out,
            "#[derive(Debug, Clone, PartialEq, Eq{default})]\npub struct {name} {{"
        );
        for p in &a.params {
            let ty = field_type(p);
            let ty = if p.required {
                ty
            } else {
                format!("Option<{ty}>")
            };
            let _ = writeln!(out, "    /// {}\n    pub {}: {ty},", param_doc(p), p.field);
        }
        if a.variables {
            let _ = writeln!(
                out,
                "    /// Channel variables, each sent as its own `Variable: name=value` line.\n    pub variables: Vec<(String, String)>,"
            );
        }
        if let Some(g) = &a.group {
            let _ = writeln!(
                out,
                "    /// Numbered parameter groups, in order.\n    pub items: Vec<{}>,",
                g.type_name
            );
        }
        let _ = writeln!(out, "}}\n\nimpl {name} {{");
        let _ = writeln!(
            out,
            "    /// The `Action:` value.\n    pub const NAME: &'static str = \"{name}\";\n"
        );
        // Constructor.
        let args: Vec<String> = required
            .iter()
            .map(|p| match &p.enum_type {
                Some(t) => format!("{}: {t}", p.field),
                None => format!("{}: impl Into<String>", p.field),
            })
            .collect();
        let _ = writeln!(out, "    /// The action with its required parameters.");
        if required.len() > 7 {
            let _ = writeln!(out, "    #[allow(clippy::too_many_arguments)]");
        }
        let _ = writeln!(
            out,
            "    pub fn new({}) -> Self {{\n        Self {{",
            args.join(", ")
        );
        for p in &a.params {
            let v = match (p.required, &p.enum_type) {
                (true, Some(_)) => p.field.clone(),
                (true, None) => format!("{}.into()", p.field),
                (false, _) => "None".to_owned(),
            };
            if v == p.field {
                let _ = writeln!(out, "            {},", p.field);
            } else {
                let _ = writeln!(out, "            {}: {v},", p.field);
            }
        }
        if a.variables {
            let _ = writeln!(out, "            variables: Vec::new(),");
        }
        if a.group.is_some() {
            let _ = writeln!(out, "            items: Vec::new(),");
        }
        let _ = writeln!(out, "        }}\n    }}");
        for p in a.params.iter().filter(|p| !p.required) {
            emit_setter(out, p);
        }
        if a.variables {
            let _ = writeln!(
                out,
                "\n    /// Adds a channel variable.\n    #[must_use]\n    pub fn variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {{\n        self.variables.push((name.into(), value.into()));\n        self\n    }}"
            );
            let _ = writeln!(
                out,
                "\n    /// Adds channel variables.\n    #[must_use]\n    pub fn variables<I, K, V>(mut self, vars: I) -> Self\n    where\n        I: IntoIterator<Item = (K, V)>,\n        K: Into<String>,\n        V: Into<String>,\n    {{\n        self.variables.extend(vars.into_iter().map(|(k, v)| (k.into(), v.into())));\n        self\n    }}"
            );
        }
        if let Some(g) = &a.group {
            let _ = writeln!(
                out,
                "\n    /// Adds a numbered group.\n    #[must_use]\n    pub fn item(mut self, item: {0}) -> Self {{\n        self.items.push(item);\n        self\n    }}\n\n    /// Adds numbered groups.\n    #[must_use]\n    pub fn items(mut self, items: impl IntoIterator<Item = {0}>) -> Self {{\n        self.items.extend(items);\n        self\n    }}",
                g.type_name
            );
        }
        let _ = writeln!(out, "}}\n");
    }
    // Action impl.
    let _ = writeln!(
        out,
        "impl crate::Action for {name} {{\n    fn name(&self) -> &str {{\n        Self::NAME\n    }}\n"
    );
    let w = if empty { "_w" } else { "w" };
    let _ = writeln!(
        out,
        "    fn write_headers(&self, {w}: &mut crate::HeaderWriter<'_>) -> Result<(), crate::EncodeError> {{"
    );
    for p in &a.params {
        let h = &p.header;
        let f = &p.field;
        match (p.required, p.enum_type.is_some()) {
            (true, false) => {
                let _ = writeln!(out, "        w.header(\"{h}\", &self.{f})?;");
            }
            (true, true) => {
                let _ = writeln!(out, "        w.header(\"{h}\", self.{f}.as_str())?;");
            }
            (false, false) => {
                let _ = writeln!(out, "        w.opt_header(\"{h}\", self.{f}.as_deref())?;");
            }
            (false, true) => {
                let _ = writeln!(
                    out,
                    "        w.opt_header(\"{h}\", self.{f}.as_ref().map(|v| v.as_str()))?;"
                );
            }
        }
    }
    if a.variables {
        let _ = writeln!(
            out,
            "        crate::actions::write_variables(w, &self.variables)?;"
        );
    }
    if let Some(g) = &a.group {
        let _ = writeln!(
            out,
            "        for (i, item) in self.items.iter().enumerate() {{"
        );
        for p in &g.params {
            let name_fmt = if g.dash {
                format!("format!(\"{}-{{i:06}}\")", p.header)
            } else {
                format!("format!(\"{}({{i}})\")", p.header)
            };
            let val = if p.enum_type.is_some() {
                format!("item.{}.as_ref().map(|v| v.as_str())", p.field)
            } else {
                format!("item.{}.as_deref()", p.field)
            };
            let _ = writeln!(out, "            w.opt_header(&{name_fmt}, {val})?;");
        }
        let _ = writeln!(out, "        }}");
    }
    let _ = writeln!(out, "        Ok(())\n    }}\n");
    let _ = writeln!(
        out,
        "    fn completion(&self) -> crate::Completion {{\n        {}\n    }}\n}}\n",
        completion_expr(a)
    );
}

fn emit_setter(out: &mut String, p: &Param) {
    let f = &p.field;
    let _ = writeln!(out, "\n    /// Sets {}", param_doc(p));
    let _ = writeln!(out, "    #[must_use]");
    match &p.enum_type {
        Some(t) => {
            let _ = writeln!(
                out,
                "    pub fn {f}(mut self, value: {t}) -> Self {{\n        self.{f} = Some(value);\n        self\n    }}"
            );
        }
        None => {
            let _ = writeln!(
                out,
                "    pub fn {f}(mut self, value: impl Into<String>) -> Self {{\n        self.{f} = Some(value.into());\n        self\n    }}"
            );
        }
    }
}

fn example(a: &Action) -> String {
    if let Some(e) = a.hand_written {
        return e.to_owned();
    }
    let args: Vec<String> = a
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| match &p.enum_type {
            Some(t) => format!("{t}::{}", crate::names::variant(&p.values[0])),
            None => "\"x\"".to_owned(),
        })
        .collect();
    format!("{}::new({})", a.name, args.join(", "))
}

fn spec_completion(a: &Action) -> String {
    match &a.completion {
        Completion::List {
            complete_event,
            rule,
            ..
        } => format!(
            "SpecCompletion::List {{ complete_event: \"{complete_event}\", rule: ListRule::{rule} }}"
        ),
        Completion::Conditional(_) => "SpecCompletion::ResponseOrList".to_owned(),
        Completion::Command => "SpecCompletion::Command".to_owned(),
        Completion::Originate => "SpecCompletion::Originate".to_owned(),
        Completion::Single => "SpecCompletion::Response".to_owned(),
    }
}

/// The module's text (not yet formatted).
pub(crate) fn generate(m: &Model) -> String {
    let mut out = String::new();
    let generated = m
        .actions
        .iter()
        .filter(|a| a.hand_written.is_none())
        .count();
    let _ = writeln!(
        out,
        "//! Typed actions generated from the Asterisk {} interface facts by `ami-gen`\n\
         //! (`cargo run -p ami-gen`); do not edit. {} actions are generated here, {} are\n\
         //! hand-written beside this module.\n",
        m.asterisk,
        generated,
        m.actions.len() - generated
    );
    let _ = writeln!(
        out,
        "use crate::Action;\nuse crate::actions::{{ActionSpec, ListRule, SpecCompletion}};"
    );
    let hand: Vec<&str> = m
        .actions
        .iter()
        .filter(|a| a.hand_written.is_some())
        .map(|a| a.name.as_str())
        .collect();
    let _ = writeln!(out, "use crate::actions::{{{}}};\n", hand.join(", "));
    for a in m.actions.iter().filter(|a| a.hand_written.is_none()) {
        emit_action(&mut out, a);
    }
    let _ = writeln!(
        out,
        "/// Every action Asterisk {} documents ({} names), generated or hand-written, in name order.",
        m.asterisk,
        m.actions.len()
    );
    let _ = writeln!(out, "pub static SPEC_ACTIONS: &[ActionSpec] = &[");
    for a in &m.actions {
        let _ = writeln!(
            out,
            "    ActionSpec {{ name: \"{}\", modules: &[{}], since: &[{}], completion: {}, hand_written: {}, example: || Box::new({}) as Box<dyn Action> }},",
            a.name,
            a.modules
                .iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", "),
            a.since
                .iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", "),
            spec_completion(a),
            a.hand_written.is_some(),
            example(a)
        );
    }
    let _ = writeln!(out, "];");
    out
}
