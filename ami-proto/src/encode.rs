//! Encoding: [`HeaderWriter`] appends `Key: Value` lines to a caller's buffer,
//! refusing what would break framing or what Asterisk would refuse.

use crate::action::Action;
use crate::error::EncodeError;

/// Longest line Asterisk reads, CRLF included; longer lines are answered with
/// `Failed to parse message: line too long`.
pub const MAX_LINE_LEN: usize = 1024;
/// Most lines Asterisk reads in one action (`AST_MAX_MANHEADERS`); more are
/// answered with `Too many lines in message`.
pub const MAX_LINES: usize = 128;
/// Default `max_action_id_length` (the seed's default).
pub const DEFAULT_MAX_ACTION_ID_LENGTH: usize = 128;

/// Writes header lines into a buffer, checking each one.
///
/// A writer made with [`HeaderWriter::client`] enforces Asterisk's input
/// limits (what a client sends); one made with [`HeaderWriter::server`]
/// only refuses CR/LF (what a simulated server sends).
#[derive(Debug)]
pub struct HeaderWriter<'a> {
    out: &'a mut Vec<u8>,
    lines: usize,
    limits: bool,
    action: &'a str,
}

impl<'a> HeaderWriter<'a> {
    /// A writer for client actions, with the server's line limits.
    pub fn client(out: &'a mut Vec<u8>, action: &'a str) -> Self {
        Self {
            out,
            lines: 0,
            limits: true,
            action,
        }
    }

    /// A writer for server frames (responses, events): no line limits.
    pub fn server(out: &'a mut Vec<u8>) -> Self {
        Self {
            out,
            lines: 0,
            limits: false,
            action: "",
        }
    }

    /// Appends `name: value\r\n`.
    ///
    /// # Errors
    /// [`EncodeError::InvalidHeaderName`], [`EncodeError::HeaderInjection`],
    /// and for client writers [`EncodeError::LineTooLong`] and
    /// [`EncodeError::TooManyLines`]. Nothing is written on error.
    pub fn header(&mut self, name: &str, value: &str) -> Result<&mut Self, EncodeError> {
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_graphic() && b != b':') {
            return Err(EncodeError::InvalidHeaderName {
                name: name.to_owned(),
            });
        }
        if value.bytes().any(|b| b == b'\r' || b == b'\n') {
            return Err(EncodeError::HeaderInjection {
                header: name.to_owned(),
            });
        }
        let len = name.len() + 2 + value.len() + 2;
        if self.limits {
            if len > MAX_LINE_LEN {
                return Err(EncodeError::LineTooLong {
                    header: name.to_owned(),
                    len,
                    limit: MAX_LINE_LEN,
                });
            }
            if self.lines == MAX_LINES {
                return Err(EncodeError::TooManyLines {
                    action: self.action.to_owned(),
                    limit: MAX_LINES,
                });
            }
        }
        self.out.reserve(len);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b": ");
        self.out.extend_from_slice(value.as_bytes());
        self.out.extend_from_slice(b"\r\n");
        self.lines += 1;
        Ok(self)
    }

    /// Appends the header when `value` is `Some`.
    ///
    /// # Errors
    /// As [`HeaderWriter::header`].
    pub fn opt_header(
        &mut self,
        name: &str,
        value: Option<&str>,
    ) -> Result<&mut Self, EncodeError> {
        match value {
            Some(v) => self.header(name, v),
            None => Ok(self),
        }
    }

    /// Lines written so far.
    pub fn lines(&self) -> usize {
        self.lines
    }
}

/// Appends one frame built by `write` plus its terminating empty line.
/// On error the buffer is left exactly as it was.
///
/// # Errors
/// Whatever `write` returns.
///
/// ```
/// use ami_proto::encode_frame;
///
/// let mut out = Vec::new();
/// encode_frame(&mut out, |w| {
///     w.header("Response", "Success")?.header("Ping", "Pong")?;
///     Ok(())
/// })
/// .unwrap();
/// assert_eq!(out, b"Response: Success\r\nPing: Pong\r\n\r\n");
/// ```
pub fn encode_frame<F>(out: &mut Vec<u8>, write: F) -> Result<usize, EncodeError>
where
    F: FnOnce(&mut HeaderWriter<'_>) -> Result<(), EncodeError>,
{
    let start = out.len();
    let res = write(&mut HeaderWriter::server(out));
    finish(out, start, res)
}

fn finish(
    out: &mut Vec<u8>,
    start: usize,
    res: Result<(), EncodeError>,
) -> Result<usize, EncodeError> {
    match res {
        Ok(()) => {
            out.extend_from_slice(b"\r\n");
            Ok(out.len() - start)
        }
        Err(e) => {
            out.truncate(start);
            Err(e)
        }
    }
}

/// Checks an `ActionID` before it is sent: 1 to `max_len` bytes of visible
/// ASCII (the server trims blanks, so an id with spaces would not echo back
/// the same).
///
/// # Errors
/// [`EncodeError::ActionIdTooLong`] or [`EncodeError::InvalidActionId`].
pub fn validate_action_id(id: &str, max_len: usize) -> Result<(), EncodeError> {
    if id.len() > max_len {
        return Err(EncodeError::ActionIdTooLong {
            len: id.len(),
            limit: max_len,
        });
    }
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(EncodeError::InvalidActionId { id: id.to_owned() });
    }
    Ok(())
}

/// Appends `action` as one frame: `Action:`, then `ActionID:` when given, then
/// the action's headers and the empty line. Returns the bytes written.
/// On error nothing is written.
///
/// # Errors
/// Any [`EncodeError`]: CR/LF in a field, an invalid or too long ActionID, a
/// line or line count the server would refuse.
///
/// ```
/// use ami_proto::{encode_action, actions::Ping};
///
/// let mut out = Vec::new();
/// encode_action(&Ping, Some("p-1"), 128, &mut out).unwrap();
/// assert_eq!(out, b"Action: Ping\r\nActionID: p-1\r\n\r\n");
/// ```
pub fn encode_action<A: Action + ?Sized>(
    action: &A,
    action_id: Option<&str>,
    max_action_id_length: usize,
    out: &mut Vec<u8>,
) -> Result<usize, EncodeError> {
    if let Some(id) = action_id {
        validate_action_id(id, max_action_id_length)?;
    }
    let start = out.len();
    let name = action.name();
    let mut w = HeaderWriter::client(out, name);
    let res = (|| {
        w.header("Action", name)?;
        w.opt_header("ActionID", action_id)?;
        action.write_headers(&mut w)
    })();
    finish(out, start, res)
}
