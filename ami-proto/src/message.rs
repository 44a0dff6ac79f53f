//! [`Message`]: one decoded AMI frame, zero-copy.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;

use crate::redact::Redactor;

/// Bytes of one entry of a message's shared line index: the native-endian
/// `u32` offset of a header line's `\n` in the frame.
pub(crate) const LINE_LEN: usize = 4;
/// Most header lines a message holds inline (when none is longer than 255
/// bytes); a frame with more shares an index split off the decoder's. Real
/// events carry 5 to 37 headers.
pub(crate) const INLINE_LINES: usize = 40;
/// Marks an absent cached header position.
pub(crate) const NONE: u32 = u32::MAX;

/// Where a frame's header lines are. They are consecutive from the frame's
/// start: line `i` starts one byte after the `\n` that ends line `i - 1`.
#[derive(Clone)]
pub(crate) enum LineIndex {
    /// The lengths (`\n` excluded) of up to [`INLINE_LINES`] lines of at
    /// most 255 bytes, held in the message itself: no shared handle to count
    /// references on, and a small `Message`.
    Inline { len: u8, lens: [u8; INLINE_LINES] },
    /// The offset of each line's `\n`: native-endian `u32`s, [`LINE_LEN`]
    /// bytes each.
    Shared(Bytes),
}

impl LineIndex {
    pub(crate) const EMPTY: Self = Self::Inline {
        len: 0,
        lens: [0; INLINE_LINES],
    };

    fn len(&self) -> usize {
        match self {
            Self::Inline { len, .. } => usize::from(*len),
            Self::Shared(index) => index.len() / LINE_LEN,
        }
    }

    /// Start and end (the offset of its `\n`) of line `i`.
    fn span(&self, i: usize) -> Option<(usize, usize)> {
        match self {
            Self::Inline { len, lens } => {
                let lens = &lens[..usize::from(*len)];
                let n = usize::from(*lens.get(i)?);
                // Line `i` starts after the `i` lines (and `\n`s) before it.
                let start = i + lens[..i].iter().map(|&l| usize::from(l)).sum::<usize>();
                Some((start, start + n))
            }
            Self::Shared(index) => {
                let end = shared_entry(index, i)?;
                let start = match i {
                    0 => 0,
                    _ => shared_entry(index, i - 1)? + 1,
                };
                Some((start, end))
            }
        }
    }

    fn iter(&self) -> LineSpans<'_> {
        let ends = match self {
            Self::Inline { len, lens } => Lens::Inline(lens[..usize::from(*len)].iter()),
            Self::Shared(index) => Lens::Shared(index.chunks_exact(LINE_LEN)),
        };
        LineSpans { ends, start: 0 }
    }
}

/// Entry `i` of a shared index.
fn shared_entry(index: &[u8], i: usize) -> Option<usize> {
    let rec = index.get(i * LINE_LEN..(i + 1) * LINE_LEN)?;
    let mut w = [0u8; LINE_LEN];
    w.copy_from_slice(rec);
    Some(u32::from_ne_bytes(w) as usize)
}

enum Lens<'a> {
    Inline(std::slice::Iter<'a, u8>),
    Shared(std::slice::ChunksExact<'a, u8>),
}

/// Start and end of each line of a [`LineIndex`], in order.
struct LineSpans<'a> {
    ends: Lens<'a>,
    start: usize,
}

impl Iterator for LineSpans<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let end = match &mut self.ends {
            Lens::Inline(lens) => self.start + usize::from(*lens.next()?),
            Lens::Shared(recs) => {
                let mut w = [0u8; LINE_LEN];
                w.copy_from_slice(recs.next()?);
                u32::from_ne_bytes(w) as usize
            }
        };
        let start = std::mem::replace(&mut self.start, end + 1);
        Some((start, end))
    }
}

/// `line` (its `\n` excluded) without its `\r`, if it ends in one.
pub(crate) fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Splits a header line (line end excluded) at its first colon: the key, and
/// the value after the single space that follows the colon. A line without
/// a colon has an empty key and the whole line as its value.
pub(crate) fn split_header(line: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memchr(b':', line) {
        Some(c) => (&line[..c], value_after(line, c)),
        None => (&line[..0], line),
    }
}

/// The value of a header line whose colon is at `colon`: every byte after the
/// one space that follows the colon (Asterisk writes `Key: Value`; further
/// blanks belong to the value).
pub(crate) fn value_after(line: &[u8], colon: usize) -> &[u8] {
    let v = &line[colon + 1..];
    v.strip_prefix(b" ").unwrap_or(v)
}

/// The value of `line` (line end excluded) if its key is `key` (ASCII
/// case-insensitive).
#[inline]
fn key_value<'a>(line: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let k = key.len();
    if line.get(k) == Some(&b':') && line[..k].eq_ignore_ascii_case(key) {
        // The colon after the match is the line's first unless the key
        // holds one (then it names no header).
        return (!key.contains(&b':')).then(|| value_after(line, k));
    }
    if k == 0 {
        // The empty key names the lines without a colon.
        return (!line.contains(&b':')).then_some(line);
    }
    None
}

/// What a frame is, decided when it is decoded.
///
/// `Event:` is checked before `Response:`: the `OriginateResponse` event
/// carries a `Response:` header of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageKind {
    /// The `Asterisk Call Manager/X.Y.Z` line sent once after connect.
    Banner,
    /// A frame with an `Event:` header.
    Event,
    /// A frame with a `Response:` header and no `Event:` header.
    Response,
    /// A frame with an `Action:` header and neither of the above: what a
    /// client sends (read by the simulator).
    Action,
    /// A frame with none of these: garbage, or something this codec does not know.
    /// Its lines stay readable through [`Message::iter`].
    Unknown,
}

/// Positions of the headers every consumer asks for, cached at decode time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wellknown {
    pub(crate) event: u32,
    pub(crate) response: u32,
    pub(crate) action_id: u32,
    pub(crate) event_list: u32,
    pub(crate) action: u32,
}

impl Wellknown {
    pub(crate) const EMPTY: Self = Self {
        event: NONE,
        response: NONE,
        action_id: NONE,
        event_list: NONE,
        action: NONE,
    };
}

/// [`Wellknown`] as a message keeps it: one byte per position.
#[derive(Debug, Clone, Copy)]
struct Cached {
    event: u8,
    response: u8,
    action_id: u8,
    event_list: u8,
    action: u8,
}

/// A cached header that is absent.
const ABSENT: u8 = u8::MAX;
/// A cached header past the positions a byte holds: looked up by key.
const FAR: u8 = u8::MAX - 1;

impl Cached {
    fn new(k: Wellknown) -> Self {
        let pos = |p: u32| match p {
            NONE => ABSENT,
            p => u8::try_from(p).map_or(FAR, |p| p.min(FAR)),
        };
        Self {
            event: pos(k.event),
            response: pos(k.response),
            action_id: pos(k.action_id),
            event_list: pos(k.event_list),
            action: pos(k.action),
        }
    }
}

/// One AMI frame: a frozen [`Bytes`] holding the raw frame plus where its
/// header lines are (their lengths, kept in the message for a frame of up to
/// 40 lines of at most 255 bytes). A line is split at its first colon when it
/// is read. Values are slices into the frame; nothing is copied or validated
/// as UTF-8 when decoding (Asterisk may send Latin-1 caller names), and the
/// `*_str` helpers convert lossily on demand.
///
/// Keys are matched ASCII-case-insensitively and the first match wins for
/// single-valued reads; repeated keys (`Variable`, `ChanVariable`, `Output`)
/// are kept in order. A line without a colon is kept as a header with an
/// empty key and the whole line as its value.
///
/// Cloning is cheap: one reference-count increment (two for a frame of more
/// than 40 headers or with a header line over 255 bytes, whose header index
/// is shared).
///
/// ```
/// use ami_proto::{Decoder, MessageKind};
///
/// let mut dec = Decoder::new();
/// dec.extend_from_slice(b"Event: Hangup\r\nChannel: PJSIP/100-0001\r\ncause-txt: Normal\r\n\r\n");
/// let msg = dec.next().unwrap().unwrap();
/// assert_eq!(msg.kind(), MessageKind::Event);
/// assert_eq!(msg.event_name().as_deref(), Some("Hangup"));
/// assert_eq!(msg.get("CAUSE-TXT"), Some(&b"Normal"[..]));
/// ```
#[derive(Clone)]
pub struct Message {
    data: Bytes,
    index: LineIndex,
    kind: MessageKind,
    known: Cached,
    /// Raw text of a legacy `Response: Follows` body, `--END COMMAND--`
    /// excluded. (As an `Option`, its tag is the niche that `Option<Message>`
    /// and `decode`'s result use: callers then move a message in aligned
    /// pieces. Two `u32`s with a sentinel made moves measurably slower.)
    body: Option<(u32, u32)>,
}

/// One header of a [`Message`], borrowed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    /// The key as received (its case kept). Empty for a line without a colon.
    pub key: &'a [u8],
    /// The value, leading blanks skipped, line end removed.
    pub value: &'a [u8],
}

impl<'a> Header<'a> {
    /// The key, converted lossily to UTF-8.
    pub fn key_str(&self) -> Cow<'a, str> {
        String::from_utf8_lossy(self.key)
    }

    /// The value, converted lossily to UTF-8.
    pub fn value_str(&self) -> Cow<'a, str> {
        String::from_utf8_lossy(self.value)
    }
}

impl Message {
    pub(crate) fn from_parts(
        data: Bytes,
        index: LineIndex,
        kind: MessageKind,
        known: Wellknown,
        body: Option<(u32, u32)>,
    ) -> Self {
        if let LineIndex::Shared(index) = &index {
            debug_assert_eq!(index.len() % LINE_LEN, 0);
        }
        Self {
            data,
            index,
            kind,
            known: Cached::new(known),
            body,
        }
    }

    /// What this frame is.
    pub fn kind(&self) -> MessageKind {
        self.kind
    }

    /// True for a frame with an `Event:` header.
    pub fn is_event(&self) -> bool {
        self.kind == MessageKind::Event
    }

    /// True for a frame with a `Response:` header and no `Event:` header.
    pub fn is_response(&self) -> bool {
        self.kind == MessageKind::Response
    }

    /// The raw bytes of the whole frame, terminating empty line included.
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    /// The raw frame as a [`Bytes`] handle (no copy).
    pub fn bytes(&self) -> &Bytes {
        &self.data
    }

    /// Number of header lines, lines without a colon included.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True when the frame has no header lines (the banner).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Header line `i`, its line end excluded.
    fn line(&self, i: usize) -> Option<&[u8]> {
        let (start, end) = self.index.span(i)?;
        self.data.get(start..end).map(strip_cr)
    }

    /// Every header line in order, line ends excluded.
    fn lines(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.index
            .iter()
            .map(|(start, end)| strip_cr(self.data.get(start..end).unwrap_or_default()))
    }

    /// The header at position `i`, in received order.
    pub fn header(&self, i: usize) -> Option<Header<'_>> {
        let (key, value) = split_header(self.line(i)?);
        Some(Header { key, value })
    }

    /// The value of the cached header `key` at `pos`.
    fn cached(&self, pos: u8, key: &str) -> Option<&[u8]> {
        match pos {
            ABSENT => None,
            FAR => self.get(key),
            pos => {
                let line = self.line(usize::from(pos))?;
                let k = key.len();
                (line.get(k) == Some(&b':')).then(|| value_after(line, k))
            }
        }
    }

    /// Every header, in received order.
    pub fn iter(&self) -> Headers<'_> {
        Headers { msg: self, next: 0 }
    }

    /// The value of the first header named `key` (ASCII case-insensitive).
    pub fn get(&self, key: &str) -> Option<&[u8]> {
        let key = key.as_bytes();
        self.lines().find_map(|line| key_value(line, key))
    }

    /// The value of the first header named `key`, converted lossily to UTF-8.
    pub fn get_str(&self, key: &str) -> Option<Cow<'_, str>> {
        self.get(key).map(String::from_utf8_lossy)
    }

    /// Every value of the headers named `key`, in received order.
    pub fn get_all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        let key = key.as_bytes();
        self.lines().filter_map(move |line| key_value(line, key))
    }

    /// The `Event:` value, raw.
    pub fn event(&self) -> Option<&[u8]> {
        self.cached(self.known.event, "Event")
    }

    /// The `Event:` value, converted lossily to UTF-8.
    pub fn event_name(&self) -> Option<Cow<'_, str>> {
        self.event().map(String::from_utf8_lossy)
    }

    /// True when this is an event named `name` (ASCII case-insensitive).
    pub fn is_event_named(&self, name: &str) -> bool {
        self.kind == MessageKind::Event
            && self
                .event()
                .is_some_and(|e| e.eq_ignore_ascii_case(name.as_bytes()))
    }

    /// True when the first header named `key` has the value `value`, both
    /// compared ASCII case-insensitively (`msg.header_eq("Response",
    /// "success")`).
    ///
    /// ```
    /// use ami_proto::Decoder;
    ///
    /// let mut dec = Decoder::new();
    /// dec.set_expect_banner(false);
    /// dec.extend_from_slice(b"Event: Hangup\r\nCause-txt: Normal Clearing\r\n\r\n");
    /// let msg = dec.decode().unwrap().unwrap();
    /// assert!(msg.header_eq("cause-TXT", "normal clearing"));
    /// assert!(!msg.header_eq("Cause", "16"));
    /// ```
    pub fn header_eq(&self, key: &str, value: &str) -> bool {
        self.get(key)
            .is_some_and(|v| v.eq_ignore_ascii_case(value.as_bytes()))
    }

    /// The `Response:` value (`Success`, `Error`, `Follows`, `Goodbye`, ...).
    /// Note that the `OriginateResponse` event carries one too.
    pub fn response(&self) -> Option<Cow<'_, str>> {
        self.cached(self.known.response, "Response")
            .map(String::from_utf8_lossy)
    }

    /// True when the `Response:` value is `Error` (ASCII case-insensitive).
    pub fn is_error(&self) -> bool {
        self.kind == MessageKind::Response
            && self
                .cached(self.known.response, "Response")
                .is_some_and(|r| r.eq_ignore_ascii_case(b"Error"))
    }

    /// The `ActionID:` value, raw.
    pub fn action_id(&self) -> Option<&[u8]> {
        self.cached(self.known.action_id, "ActionID")
    }

    /// The `Action:` value of a client's frame, converted lossily.
    pub fn action_name(&self) -> Option<Cow<'_, str>> {
        self.cached(self.known.action, "Action")
            .map(String::from_utf8_lossy)
    }

    /// The `EventList:` value (`start`, `Complete`, `cancelled`), raw.
    pub fn event_list(&self) -> Option<&[u8]> {
        self.cached(self.known.event_list, "EventList")
    }

    /// The `Message:` value, converted lossily.
    pub fn message_text(&self) -> Option<Cow<'_, str>> {
        self.get_str("Message")
    }

    /// For the banner: the AMI version after `Asterisk Call Manager/`.
    pub fn banner_version(&self) -> Option<Cow<'_, str>> {
        if self.kind != MessageKind::Banner {
            return None;
        }
        let line = self.data.strip_suffix(b"\n").unwrap_or(&self.data);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let at = memchr::memchr(b'/', line)?;
        Some(String::from_utf8_lossy(&line[at + 1..]))
    }

    /// The raw CLI text of a legacy (Asterisk 13 and older) `Response: Follows`
    /// frame, up to `--END COMMAND--`. `None` for every other frame.
    pub fn legacy_output(&self) -> Option<&[u8]> {
        self.body
            .map(|(start, end)| &self.data[start as usize..end as usize])
    }

    /// The same body as a zero-copy [`Bytes`].
    pub(crate) fn legacy_output_bytes(&self) -> Option<Bytes> {
        self.body
            .map(|(start, end)| self.data.slice(start as usize..end as usize))
    }

    /// A zero-copy [`Bytes`] of a header value (used to keep a value past the
    /// borrow of the message).
    pub fn value_bytes(&self, value: &[u8]) -> Bytes {
        self.data.slice_ref(value)
    }
}

/// Iterator over a message's headers, from [`Message::iter`].
#[derive(Debug, Clone)]
pub struct Headers<'a> {
    msg: &'a Message,
    next: usize,
}

impl<'a> Iterator for Headers<'a> {
    type Item = Header<'a>;

    fn next(&mut self) -> Option<Header<'a>> {
        let h = self.msg.header(self.next)?;
        self.next += 1;
        Some(h)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.msg.len() - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for Headers<'_> {}

impl<'a> IntoIterator for &'a Message {
    type Item = Header<'a>;
    type IntoIter = Headers<'a>;

    fn into_iter(self) -> Headers<'a> {
        self.iter()
    }
}

/// Debug output masks secrets with the built-in redaction keys
/// ([`Redactor::builtin`]); use [`Redactor::message`] for configured rules.
impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&Redactor::builtin().message(self), f)
    }
}

impl PartialEq for Message {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
    }
}

impl Eq for Message {}

/// Serializes as a map in received order; a key that repeats (case-insensitively)
/// becomes an array of its values at the place of its first appearance. A legacy
/// Command body becomes an `Output` array of its lines. Values are converted
/// lossily to UTF-8. Secrets are not masked: pass the message through
/// [`Redactor::message`] first when the output goes to a log.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::redact::serialize_pairs(self, None, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_stays_small() {
        // Messages move through queues by value: keep the inline index from
        // making them bigger than before it (104 bytes).
        assert!(
            std::mem::size_of::<Message>() <= 104,
            "{}",
            std::mem::size_of::<Message>()
        );
    }
}
