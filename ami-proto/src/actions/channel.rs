//! Channel actions: Originate, Hangup, Redirect, variables, status listings.

use std::time::Duration;

use crate::actions::string_action;
use crate::{Action, Completion, EncodeError, HeaderWriter};

/// Where an originated channel goes once answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OriginateTarget {
    /// A dialplan location.
    Extension {
        /// Dialplan context.
        context: String,
        /// Extension.
        exten: String,
        /// Priority (a number or a label).
        priority: String,
    },
    /// An application run on the channel.
    Application {
        /// Application name, e.g. `Playback`.
        application: String,
        /// Its arguments.
        data: Option<String>,
    },
}

/// `Originate`: places a call. With [`Originate::asynchronous`] the server
/// answers at once and reports the result in an `OriginateResponse` event.
/// Channel variables go out as repeated `Variable:` headers (never one long
/// line, which would hit the server's 1024-byte line limit).
///
/// ```
/// use std::time::Duration;
/// use ami_proto::{Action, Completion, actions::Originate, encode_action};
///
/// let o = Originate::extension("PJSIP/100", "default", "200", "1")
///     .timeout(Duration::from_secs(30))
///     .variable("CAMPAIGN", "42")
///     .asynchronous(true);
/// assert_eq!(o.completion(), Completion::AsyncOriginate);
/// let mut out = Vec::new();
/// encode_action(&o, Some("o1"), 128, &mut out).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.contains("Timeout: 30000\r\n") && text.contains("Variable: CAMPAIGN=42\r\n"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Originate {
    /// The channel to call, e.g. `PJSIP/100`.
    pub channel: String,
    /// Where the answered channel goes.
    pub target: OriginateTarget,
    /// How long to wait for an answer.
    pub timeout: Option<Duration>,
    /// Caller ID, e.g. `"Dialer" <100>`.
    pub caller_id: Option<String>,
    /// Channel variables, each sent as its own `Variable: name=value` line.
    pub variables: Vec<(String, String)>,
    /// Account code.
    pub account: Option<String>,
    /// `Async: true`.
    pub is_async: bool,
    /// Codecs, e.g. `ulaw,alaw`.
    pub codecs: Option<String>,
    /// Unique id for the originated channel.
    pub channel_id: Option<String>,
    /// Unique id for the second (local) channel.
    pub other_channel_id: Option<String>,
    /// `EarlyMedia: true`.
    pub early_media: bool,
}

impl Originate {
    /// Calls `channel` and sends it to `context,exten,priority`.
    pub fn extension(
        channel: impl Into<String>,
        context: impl Into<String>,
        exten: impl Into<String>,
        priority: impl Into<String>,
    ) -> Self {
        Self::with_target(
            channel.into(),
            OriginateTarget::Extension {
                context: context.into(),
                exten: exten.into(),
                priority: priority.into(),
            },
        )
    }

    /// Calls `channel` and runs `application(data)` on it.
    pub fn application(
        channel: impl Into<String>,
        application: impl Into<String>,
        data: Option<String>,
    ) -> Self {
        Self::with_target(
            channel.into(),
            OriginateTarget::Application {
                application: application.into(),
                data,
            },
        )
    }

    fn with_target(channel: String, target: OriginateTarget) -> Self {
        Self {
            channel,
            target,
            timeout: None,
            caller_id: None,
            variables: Vec::new(),
            account: None,
            is_async: false,
            codecs: None,
            channel_id: None,
            other_channel_id: None,
            early_media: false,
        }
    }

    /// Answer timeout.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Caller ID.
    #[must_use]
    pub fn caller_id(mut self, caller_id: impl Into<String>) -> Self {
        self.caller_id = Some(caller_id.into());
        self
    }

    /// Adds a channel variable.
    #[must_use]
    pub fn variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.push((name.into(), value.into()));
        self
    }

    /// Account code.
    #[must_use]
    pub fn account(mut self, account: impl Into<String>) -> Self {
        self.account = Some(account.into());
        self
    }

    /// `Async: true` (completes on the `OriginateResponse` event).
    #[must_use]
    pub fn asynchronous(mut self, on: bool) -> Self {
        self.is_async = on;
        self
    }

    /// Codecs.
    #[must_use]
    pub fn codecs(mut self, codecs: impl Into<String>) -> Self {
        self.codecs = Some(codecs.into());
        self
    }

    /// Unique ids for the originated channel and its local peer.
    #[must_use]
    pub fn channel_ids(mut self, channel_id: impl Into<String>, other: Option<String>) -> Self {
        self.channel_id = Some(channel_id.into());
        self.other_channel_id = other;
        self
    }

    /// `EarlyMedia: true`.
    #[must_use]
    pub fn early_media(mut self, on: bool) -> Self {
        self.early_media = on;
        self
    }
}

impl Action for Originate {
    fn name(&self) -> &str {
        "Originate"
    }

    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
        w.header("Channel", &self.channel)?;
        match &self.target {
            OriginateTarget::Extension {
                context,
                exten,
                priority,
            } => {
                w.header("Context", context)?
                    .header("Exten", exten)?
                    .header("Priority", priority)?;
            }
            OriginateTarget::Application { application, data } => {
                w.header("Application", application)?
                    .opt_header("Data", data.as_deref())?;
            }
        }
        if let Some(t) = self.timeout {
            w.header("Timeout", &t.as_millis().to_string())?;
        }
        w.opt_header("CallerID", self.caller_id.as_deref())?
            .opt_header("Account", self.account.as_deref())?
            .opt_header("Codecs", self.codecs.as_deref())?
            .opt_header("ChannelId", self.channel_id.as_deref())?
            .opt_header("OtherChannelId", self.other_channel_id.as_deref())?;
        if self.early_media {
            w.header("EarlyMedia", "true")?;
        }
        if self.is_async {
            w.header("Async", "true")?;
        }
        let mut line = String::new();
        for (name, value) in &self.variables {
            if name.is_empty() || name.contains('=') {
                return Err(EncodeError::InvalidVariable { name: name.clone() });
            }
            line.clear();
            line.push_str(name);
            line.push('=');
            line.push_str(value);
            w.header("Variable", &line)?;
        }
        Ok(())
    }

    fn completion(&self) -> Completion {
        if self.is_async {
            Completion::AsyncOriginate
        } else {
            Completion::Response
        }
    }
}

string_action! {
    /// `Hangup`. A channel written `/regex/` hangs up every match and answers
    /// with an event list, which [`Completion::Response`] follows.
    Hangup => "Hangup", Completion::Response;
    required {
        /// Channel name or `/regex/`.
        channel: "Channel",
    }
    optional {
        /// Hangup cause code.
        cause: "Cause",
    }
}

string_action! {
    /// `Redirect`: sends a channel (and optionally a second one) elsewhere.
    Redirect => "Redirect", Completion::Response;
    required {
        /// Channel to move.
        channel: "Channel",
        /// Dialplan context.
        context: "Context",
        /// Extension.
        exten: "Exten",
        /// Priority.
        priority: "Priority",
    }
    optional {
        /// Second channel to move.
        extra_channel: "ExtraChannel",
        /// Its context.
        extra_context: "ExtraContext",
        /// Its extension.
        extra_exten: "ExtraExten",
        /// Its priority.
        extra_priority: "ExtraPriority",
    }
}

string_action! {
    /// `Setvar`: sets a channel variable, or a global one without a channel.
    Setvar => "Setvar", Completion::Response;
    required {
        /// Variable name.
        variable: "Variable",
        /// Its value.
        value: "Value",
    }
    optional {
        /// The channel (global variable when `None`).
        channel: "Channel",
    }
}

string_action! {
    /// `Getvar`: reads a channel variable, or a global one without a channel.
    Getvar => "Getvar", Completion::Response;
    required {
        /// Variable name or function.
        variable: "Variable",
    }
    optional {
        /// The channel (global variable when `None`).
        channel: "Channel",
    }
}

string_action! {
    /// `Status`: one `Status` event per channel.
    Status => "Status", Completion::list("StatusComplete");
    required {}
    optional {
        /// Only this channel.
        channel: "Channel",
        /// Comma-separated variables to include.
        variables: "Variables",
    }
}

string_action! {
    /// `CoreShowChannels`: one `CoreShowChannel` event per channel.
    CoreShowChannels => "CoreShowChannels", Completion::list("CoreShowChannelsComplete");
}
