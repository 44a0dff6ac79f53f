//! Session actions: login (plain and MD5 challenge), logoff, event masks,
//! filters.

use std::fmt;

use md5::{Digest, Md5};

use crate::actions::string_action;
use crate::redact::MASK;
use crate::{Action, Completion, EncodeError, HeaderWriter};

/// The MD5 login key: lowercase hex of `md5(challenge + secret)`.
///
/// ```
/// // Challenge and key captured from a real Asterisk 22 (secret `amp111`).
/// assert_eq!(ami_proto::actions::md5_key("644548177", "amp111"), "37380a7f08cb920032de8f804e8b06d7");
/// ```
pub fn md5_key(challenge: &str, secret: &str) -> String {
    let mut h = Md5::new();
    h.update(challenge.as_bytes());
    h.update(secret.as_bytes());
    let digest = h.finalize();
    let mut hex = String::with_capacity(32);
    for b in digest {
        hex.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    hex
}

#[derive(Clone, PartialEq, Eq)]
enum Credential {
    Plain(String),
    Md5Key(String),
}

/// `Login`, plain (`Secret:`) or after a challenge (`AuthType: MD5`, `Key:`).
/// `Debug` never shows the secret or the key.
#[derive(Clone, PartialEq, Eq)]
pub struct Login {
    /// The manager user.
    pub username: String,
    credential: Credential,
    /// The `Events:` mask (`on`, `off`, a number or classes); server default
    /// when `None`.
    pub events: Option<String>,
}

impl Login {
    /// A plain-text login.
    pub fn plain(username: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            credential: Credential::Plain(secret.into()),
            events: None,
        }
    }

    /// An MD5 login answering `challenge` (from the `Challenge` response).
    pub fn md5(username: impl Into<String>, challenge: &str, secret: &str) -> Self {
        Self {
            username: username.into(),
            credential: Credential::Md5Key(md5_key(challenge, secret)),
            events: None,
        }
    }

    /// Sets the `Events:` mask sent with the login.
    #[must_use]
    pub fn events(mut self, mask: impl Into<String>) -> Self {
        self.events = Some(mask.into());
        self
    }
}

impl fmt::Debug for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match self.credential {
            Credential::Plain(_) => "plain",
            Credential::Md5Key(_) => "md5",
        };
        f.debug_struct("Login")
            .field("username", &self.username)
            .field("auth", &auth)
            .field("secret", &MASK)
            .field("events", &self.events)
            .finish()
    }
}

impl Action for Login {
    fn name(&self) -> &str {
        "Login"
    }

    fn write_headers(&self, w: &mut HeaderWriter<'_>) -> Result<(), EncodeError> {
        match &self.credential {
            Credential::Plain(secret) => {
                w.header("Username", &self.username)?
                    .header("Secret", secret)?;
            }
            Credential::Md5Key(key) => {
                w.header("AuthType", "MD5")?
                    .header("Username", &self.username)?
                    .header("Key", key)?;
            }
        }
        w.opt_header("Events", self.events.as_deref())?;
        Ok(())
    }
}

string_action! {
    /// `Challenge` with `AuthType: MD5`: the first step of an MD5 login.
    Challenge => "Challenge", Completion::Response;
    required {
        /// Always `MD5` in practice ([`Challenge::md5`]).
        auth_type: "AuthType",
    }
    optional {}
}

impl Challenge {
    /// `Challenge` with `AuthType: MD5`.
    pub fn md5() -> Self {
        Self::new("MD5")
    }
}

string_action! {
    /// `Logoff`: answered `Response: Goodbye`, then the server closes.
    Logoff => "Logoff", Completion::Response;
}

string_action! {
    /// `Events`: changes the session's event mask (`on`, `off`, a number or
    /// a list of classes such as `system,call`).
    Events => "Events", Completion::Response;
    required {
        /// The mask.
        event_mask: "EventMask",
    }
    optional {}
}

string_action! {
    /// `Filter`: adds a session event filter (`Operation: Add`).
    Filter => "Filter", Completion::Response;
    required {
        /// The filter expression, e.g. `Event: Hangup` or `!Event: VarSet`.
        filter: "Filter",
    }
    optional {
        /// `Add` (the server's default).
        operation: "Operation",
    }
}
