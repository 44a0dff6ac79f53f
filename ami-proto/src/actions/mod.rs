//! Typed actions. Each is a plain struct with public fields, a constructor
//! taking the required fields and builder methods for the optional ones.
//!
//! Every action Asterisk 22.10.1 documents has a type here: 25 written by
//! hand (they carry behaviour: MD5 login, async originate, command output)
//! and the rest generated from the interface facts by `ami-gen`
//! ([`SPEC_ACTIONS`] lists them all, with the rule that decided how each
//! completes).
//!
//! ```
//! use ami_proto::{Action, Completion, actions::QueueStatus};
//!
//! let a = QueueStatus::new().queue("support");
//! assert_eq!(a.name(), "QueueStatus");
//! assert_eq!(a.completion(), Completion::list("QueueStatusComplete"));
//! ```

mod channel;
mod core;
mod pjsip;
mod queue;
mod session;
mod spec;

pub use channel::{
    CoreShowChannels, Getvar, Hangup, Originate, OriginateTarget, Redirect, Setvar, Status,
};
pub use core::{Command, CoreSettings, CoreStatus, ListCommands, Ping, UserEvent};
pub use pjsip::{PJSIPShowEndpoint, PJSIPShowEndpoints};
pub use queue::{QueueAdd, QueuePause, QueueRemove, QueueStatus, QueueSummary};
pub use session::{Challenge, Events, Filter, Login, Logoff, md5_key};
pub use spec::{ActionSpec, ListRule, SpecCompletion};

pub use crate::generated::actions::*;

/// Writes `Variable: name=value` lines, one per variable (never one long
/// line, which would hit the server's 1024-byte line limit).
pub(crate) fn write_variables(
    w: &mut crate::HeaderWriter<'_>,
    variables: &[(String, String)],
) -> Result<(), crate::EncodeError> {
    let mut line = String::new();
    for (name, value) in variables {
        if name.is_empty() || name.contains('=') {
            return Err(crate::EncodeError::InvalidVariable { name: name.clone() });
        }
        line.clear();
        line.push_str(name);
        line.push('=');
        line.push_str(value);
        w.header("Variable", &line)?;
    }
    Ok(())
}

/// Defines an action struct whose fields are strings sent as headers:
/// required ones in the constructor, optional ones as builder methods; or a
/// unit struct for an action without fields.
macro_rules! string_action {
    (
        $(#[$meta:meta])*
        $ty:ident => $name:literal, $completion:expr;
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct $ty;

        impl $crate::Action for $ty {
            fn name(&self) -> &str {
                $name
            }

            fn write_headers(&self, _: &mut $crate::HeaderWriter<'_>) -> Result<(), $crate::EncodeError> {
                Ok(())
            }

            fn completion(&self) -> $crate::Completion {
                $completion
            }
        }
    };
    (
        $(#[$meta:meta])*
        $ty:ident => $name:literal, $completion:expr;
        required { $($(#[$rm:meta])* $req:ident : $rh:literal),* $(,)? }
        optional { $($(#[$om:meta])* $opt:ident : $oh:literal),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        pub struct $ty {
            $($(#[$rm])* pub $req: String,)*
            $($(#[$om])* pub $opt: Option<String>,)*
        }

        impl $ty {
            /// The action with its required fields.
            #[allow(clippy::new_without_default)]
            pub fn new($($req: impl Into<String>),*) -> Self {
                Self { $($req: $req.into(),)* $($opt: None,)* }
            }

            $(
                $(#[$om])*
                #[must_use]
                pub fn $opt(mut self, value: impl Into<String>) -> Self {
                    self.$opt = Some(value.into());
                    self
                }
            )*
        }

        impl $crate::Action for $ty {
            fn name(&self) -> &str {
                $name
            }

            fn write_headers(
                &self,
                #[allow(unused_variables)] w: &mut $crate::HeaderWriter<'_>,
            ) -> Result<(), $crate::EncodeError> {
                $(w.header($rh, &self.$req)?;)*
                $(w.opt_header($oh, self.$opt.as_deref())?;)*
                Ok(())
            }

            fn completion(&self) -> $crate::Completion {
                $completion
            }
        }
    };
}

pub(crate) use string_action;
