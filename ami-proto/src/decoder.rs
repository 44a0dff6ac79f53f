//! [`Decoder`]: the incremental, zero-copy AMI frame decoder.
// Unsafe here: the read buffer lends uninitialised-but-zeroed spare capacity to the socket read (see `read_with`).
#![allow(unsafe_code)]

use std::io;
use std::mem::MaybeUninit;

use bytes::{Buf, BytesMut};
use memchr::{memchr, memmem};

use crate::error::ProtoError;
use crate::message::{
    INLINE_LINES, LINE_LEN, LineIndex, Message, MessageKind, NONE, Wellknown, strip_cr, value_after,
};
use crate::scan;

/// Marker that ends a legacy (Asterisk 13 and older) `Response: Follows` body.
const END_COMMAND: &[u8] = b"--END COMMAND--";
/// Reads' worth of bytes allocated at once (see [`Decoder::read_with`]).
const ALLOC_READS: usize = 8;
/// Cap on one allocation of the buffer or the index.
const MAX_ALLOC_UNIT: usize = 128 * 1024;
/// Smallest `max_frame_size`: above the banner prefix's length, so a first
/// line refused before its end is always long enough to tell whether it is
/// the banner (skipped to its line end) or a frame (skipped to its empty line).
const MIN_FRAME_SIZE: usize = 32;
/// Largest `max_frame_size` (1 GiB): header line ends are `u32` offsets into
/// the frame, and the buffer holds the limit plus one read.
pub const MAX_FRAME_SIZE: usize = 1 << 30;
/// Largest `max_headers`.
pub const MAX_HEADERS: usize = 1 << 20;
/// What the one-line banner starts with.
const BANNER_PREFIX: &[u8] = b"Asterisk Call Manager";

/// Limits and buffer sizes of a [`Decoder`].
///
/// ```
/// use ami_proto::{Decoder, DecoderConfig};
///
/// let dec = Decoder::with_config(DecoderConfig { max_frame_size: 64 * 1024, ..DecoderConfig::default() });
/// assert_eq!(dec.config().max_frame_size, 64 * 1024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecoderConfig {
    /// Largest frame accepted, in bytes (default 1 MiB, at least 32, at most
    /// [`MAX_FRAME_SIZE`]). A
    /// larger frame is reported once and skipped; the decoder never buffers
    /// more than this (plus the bytes of the read that crossed it).
    pub max_frame_size: usize,
    /// Most header lines in one frame (default 16,384, at most
    /// [`MAX_HEADERS`]), which bounds the index
    /// memory of a frame whatever its byte size.
    pub max_headers: usize,
    /// Smallest read offered to the socket (default 4 KiB). Reads grow from
    /// here, doubling while each one fills the space offered, up to
    /// `max_read`, and shrink back when they come in small.
    pub min_read: usize,
    /// Largest read offered to the socket (default 64 KiB).
    pub max_read: usize,
}

impl Default for DecoderConfig {
    fn default() -> Self {
        Self {
            max_frame_size: 1024 * 1024,
            max_headers: 16 * 1024,
            min_read: 4 * 1024,
            max_read: 64 * 1024,
        }
    }
}

/// Counters kept by a [`Decoder`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DecoderStats {
    /// Frames yielded (banner included).
    pub frames: u64,
    /// Frames refused for a limit ([`ProtoError`]).
    pub refused: u64,
    /// Bytes thrown away while skipping refused frames.
    pub discarded_bytes: u64,
}

/// Where the scan of the frame being read stands. Offsets are relative to the
/// start of the buffer, which is always the start of that frame.
#[derive(Debug, Clone, Copy)]
enum Mode {
    /// Reading `Key: Value` lines until an empty line.
    Headers,
    /// After `Response: Follows`: still reading `Privilege` / `ActionID` lines.
    FollowsHeaders,
    /// Inside a legacy Command body; `search` is where the marker scan resumes.
    Body { start: usize, search: usize },
    /// After `--END COMMAND--`: waiting for the end of the marker line
    /// (`line_done` false), then for the empty line.
    Trailer { line_done: bool },
}

#[derive(Debug, Clone, Copy)]
struct Frame {
    /// Start of the first line not yet scanned.
    pos: usize,
    /// Where the scan of the line at `pos` resumes: every byte before it was
    /// already looked at, so a long line fed in small reads is scanned once.
    resume: usize,
    /// Header lines found so far (their ends are in `Decoder::lines`).
    headers: usize,
    /// Their lengths ORed: under 256 when each of them is.
    wide: usize,
    known: Wellknown,
    mode: Mode,
    body: Option<(u32, u32)>,
}

impl Frame {
    const NEW: Self = Self {
        pos: 0,
        resume: 0,
        headers: 0,
        wide: 0,
        known: Wellknown::EMPTY,
        mode: Mode::Headers,
        body: None,
    };
}

/// What the current line holds so far, while skipping a refused frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineState {
    Start,
    Cr,
    Content,
}

#[derive(Debug, Clone, Copy)]
struct Skip {
    line: LineState,
    /// The refused frame is the one-line banner: its line end ends it.
    one_line: bool,
}

enum Scan {
    Partial,
    Frame(usize),
    Banner(usize),
    Blank(usize),
    Refuse(Refusal),
}

enum Refusal {
    TooLarge,
    TooManyHeaders,
}

/// Incremental decoder of the AMI byte stream into [`Message`]s.
///
/// The caller reads from its socket straight into the decoder's buffer with
/// [`Decoder::read_with`] (no intermediate copy), then calls
/// [`Decoder::decode`] until it returns `Ok(None)`. The scan resumes where it
/// stopped, so a frame arriving one byte at a time costs linear time. Frames
/// are split off the buffer as frozen [`bytes::Bytes`]; in steady state
/// decoding allocates nothing per frame.
///
/// It knows the one-line banner, frames ending in an empty line, bare `\n`
/// line ends, and legacy `Response: Follows` bodies ending in
/// `--END COMMAND--`.
///
/// ```
/// use ami_proto::{Decoder, MessageKind};
///
/// let mut dec = Decoder::new();
/// dec.extend_from_slice(b"Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 1\r\n");
/// let banner = dec.decode().unwrap().unwrap();
/// assert_eq!(banner.banner_version().as_deref(), Some("11.0.0"));
/// assert!(dec.decode().unwrap().is_none()); // the response is not complete yet
/// dec.extend_from_slice(b"\r\n");
/// let resp = dec.decode().unwrap().unwrap();
/// assert_eq!(resp.kind(), MessageKind::Response);
/// assert_eq!(resp.action_id(), Some(&b"1"[..]));
/// ```
#[derive(Debug)]
pub struct Decoder {
    buf: BytesMut,
    /// The line ends of the frame being read, `frame.headers` of them; longer
    /// than that by at least a block's worth once a block is being scanned,
    /// so the hot loop writes without growing it.
    lines: Vec<u32>,
    /// The lengths of the first [`INLINE_LINES`] of them, as a message holds
    /// them.
    lens: [u8; INLINE_LINES],
    /// Where a frame's line index is copied to be split off with it.
    index: BytesMut,
    cfg: DecoderConfig,
    /// Address one past the last byte of `buf`'s allocation known to be
    /// initialized (zeroed once, then overwritten by reads), so a read does
    /// not zero its space again, even after the buffer moved its data back
    /// to the start of the same allocation.
    init_end: usize,
    /// Address one past the end of `buf`'s allocation, to notice a new one.
    cap_end: usize,
    read_chunk: usize,
    /// Set when the CPU has AVX2: the header scan uses it.
    #[cfg(target_arch = "x86_64")]
    avx2: Option<scan::Avx2>,
    expect_banner: bool,
    frame: Frame,
    skip: Option<Skip>,
    stats: DecoderStats,
}

impl Default for Decoder {
    fn default() -> Self {
        Self::new()
    }
}

impl Decoder {
    /// A decoder with default limits, expecting the banner first.
    pub fn new() -> Self {
        Self::with_config(DecoderConfig::default())
    }

    /// A decoder with the given limits, expecting the banner first. Limits
    /// out of range are brought into it (see [`DecoderConfig`]).
    pub fn with_config(cfg: DecoderConfig) -> Self {
        let min_read = cfg.min_read.clamp(64, MAX_ALLOC_UNIT);
        let cfg = DecoderConfig {
            max_frame_size: cfg.max_frame_size.clamp(MIN_FRAME_SIZE, MAX_FRAME_SIZE),
            max_headers: cfg.max_headers.clamp(1, MAX_HEADERS),
            min_read,
            max_read: cfg.max_read.clamp(min_read, MAX_ALLOC_UNIT),
        };
        Self {
            buf: BytesMut::new(),
            lines: Vec::new(),
            lens: [0; INLINE_LINES],
            index: BytesMut::new(),
            cfg,
            init_end: 0,
            cap_end: 0,
            read_chunk: cfg.min_read,
            #[cfg(target_arch = "x86_64")]
            avx2: scan::Avx2::detect(),
            expect_banner: true,
            frame: Frame::NEW,
            skip: None,
            stats: DecoderStats::default(),
        }
    }

    /// Whether the first line may be the banner. On by default; a server-side
    /// reader of client actions (the simulator) turns it off.
    pub fn set_expect_banner(&mut self, on: bool) {
        self.expect_banner = on;
    }

    /// The limits in force.
    pub fn config(&self) -> &DecoderConfig {
        &self.cfg
    }

    /// Counters since creation.
    pub fn stats(&self) -> DecoderStats {
        self.stats
    }

    /// Bytes received but not yet yielded as messages.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// Bytes of heap this decoder holds (buffer and index capacity).
    pub fn heap_size(&self) -> usize {
        self.buf.capacity() + self.index.capacity() + self.lines.capacity() * 4
    }

    /// Forgets everything buffered and expects a banner again (for a new
    /// connection). Counters are kept.
    pub fn reset(&mut self) {
        self.buf.clear();
        self.index.clear();
        self.frame = Frame::NEW;
        self.skip = None;
        self.expect_banner = true;
    }

    /// Gives back the buffers' memory when nothing is buffered, for idle
    /// connections. Messages already yielded stay valid.
    pub fn shrink_idle(&mut self) {
        if self.buf.is_empty() && self.skip.is_none() {
            self.buf = BytesMut::new();
            self.lines = Vec::new();
            self.index = BytesMut::new();
            self.init_end = 0;
            self.cap_end = 0;
            self.read_chunk = self.cfg.min_read;
        }
    }

    /// Copies `bytes` into the buffer. For tests and callers that already
    /// hold the bytes; a socket reader should use [`Decoder::read_with`].
    pub fn extend_from_slice(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        self.track_alloc();
        self.init_end = self.init_end.max(self.spare_ptr());
    }

    /// Notices a new allocation: nothing past its data is initialized yet.
    /// (Moving data back within the same allocation keeps its end.)
    fn track_alloc(&mut self) {
        let end = self.buf.as_ptr() as usize + self.buf.capacity();
        if end != self.cap_end {
            self.cap_end = end;
            self.init_end = self.spare_ptr();
        }
    }

    /// Bytes allocated at once for the buffer and the index.
    fn alloc_unit(&self) -> usize {
        (self.read_chunk * ALLOC_READS).clamp(self.read_chunk, MAX_ALLOC_UNIT)
    }

    fn spare_ptr(&self) -> usize {
        self.buf.as_ptr() as usize + self.buf.len()
    }

    /// Lends the buffer's free space to `read` (a socket read, typically)
    /// and keeps the bytes it reports as written. No intermediate copy.
    ///
    /// Call [`Decoder::decode`] until it returns `Ok(None)` between two reads:
    /// the space lent is capped so the buffer never holds more than
    /// `max_frame_size` (plus one read) of undecoded bytes.
    ///
    /// # Errors
    /// Whatever `read` returns, unchanged; and `ErrorKind::OutOfMemory` when
    /// the buffer is full because the caller did not drain it.
    ///
    /// ```
    /// use std::io::Read;
    /// use ami_proto::Decoder;
    ///
    /// let mut socket: &[u8] = b"Event: FullyBooted\r\n\r\n";
    /// let mut dec = Decoder::new();
    /// let n = dec.read_with(|buf| socket.read(buf)).unwrap();
    /// assert_eq!(n, 22);
    /// assert!(dec.decode().unwrap().unwrap().is_event_named("fullybooted"));
    /// ```
    pub fn read_with<F>(&mut self, read: F) -> io::Result<usize>
    where
        F: FnOnce(&mut [u8]) -> io::Result<usize>,
    {
        let room = self
            .cfg
            .max_frame_size
            .saturating_add(self.read_chunk)
            .saturating_sub(self.buf.len());
        if room == 0 {
            return Err(io::Error::new(
                io::ErrorKind::OutOfMemory,
                "decoder buffer full: call decode() until it returns None before reading again",
            ));
        }
        let want = self.read_chunk.min(room);
        if self.buf.capacity() - self.buf.len() < want {
            // Messages still alive pin the old allocation, so a new one is made:
            // size it for several reads to amortize the allocation over many frames.
            self.buf.reserve(want.max(self.alloc_unit()));
        }
        self.track_alloc();
        let start = self.spare_ptr();
        let known = self.init_end.saturating_sub(start);
        let spare = self.buf.spare_capacity_mut();
        let offer = spare.len().min(want);
        let spare = &mut spare[..offer];
        if known < offer {
            spare[known..].fill(MaybeUninit::new(0));
            self.init_end = start + offer;
        }
        // SAFETY: every byte of `spare` is initialized: those below `init_end`
        // were zeroed or written earlier in this same allocation (`track_alloc`
        // resets `init_end` for a new one), the rest were zeroed just above.
        let spare: &mut [u8] =
            unsafe { &mut *(std::ptr::from_mut::<[MaybeUninit<u8>]>(spare) as *mut [u8]) };
        let n = read(spare)?.min(offer);
        // SAFETY: the first `n <= offer` spare bytes are initialized (above).
        unsafe { self.buf.set_len(self.buf.len() + n) };
        if n == offer {
            self.read_chunk = (self.read_chunk * 2).min(self.cfg.max_read);
        } else if n < self.read_chunk / 8 {
            self.read_chunk = (self.read_chunk / 2).max(self.cfg.min_read);
        }
        Ok(n)
    }

    /// Decodes the next complete frame from the buffer.
    ///
    /// Returns `Ok(None)` when more bytes are needed. A frame over a limit is
    /// reported once as an error and then skipped to its end; the next call
    /// carries on with the stream.
    ///
    /// # Errors
    /// [`ProtoError::FrameTooLarge`] or [`ProtoError::TooManyHeaders`].
    pub fn decode(&mut self) -> Result<Option<Message>, ProtoError> {
        loop {
            if self.skip.is_some() && !self.skip_step() {
                return Ok(None);
            }
            match self.scan() {
                Scan::Partial => return Ok(None),
                Scan::Blank(end) => {
                    self.buf.advance(end);
                    self.frame = Frame::NEW;
                }
                Scan::Banner(end) | Scan::Frame(end) if end > self.cfg.max_frame_size => {
                    let err = self.refuse(Refusal::TooLarge);
                    self.stats.discarded_bytes += end as u64;
                    self.buf.advance(end);
                    self.frame = Frame::NEW;
                    return Err(err);
                }
                Scan::Banner(end) => {
                    let data = self.buf.split_to(end).freeze();
                    self.frame = Frame::NEW;
                    self.stats.frames += 1;
                    return Ok(Some(Message::from_parts(
                        data,
                        LineIndex::EMPTY,
                        MessageKind::Banner,
                        Wellknown::EMPTY,
                        None,
                    )));
                }
                Scan::Frame(end) => return Ok(Some(self.take_frame(end))),
                Scan::Refuse(why) => {
                    let err = self.refuse(why);
                    // A legacy body over the limit is not followed to its
                    // `--END COMMAND--`: a server that never sends the marker
                    // would swallow every later frame. The skip resynchronises
                    // at the next empty line instead (the tail of a genuine
                    // oversized body then shows up as garbage frames).
                    // Frames that a single read brought in past the limit are
                    // kept: the skip starts at the limit, not the buffer's end.
                    let from = match self.frame.mode {
                        Mode::Body { search, .. } => search.min(self.cfg.max_frame_size),
                        _ => self.frame.pos,
                    };
                    let line = line_state_before(&self.buf, from);
                    // A banner too long to finish ends at its own line end.
                    let one_line = self.expect_banner && self.buf.starts_with(BANNER_PREFIX);
                    self.expect_banner = false;
                    self.stats.discarded_bytes += from as u64;
                    self.buf.advance(from);
                    self.frame = Frame::NEW;
                    self.skip = Some(Skip { line, one_line });
                    return Err(err);
                }
            }
        }
    }

    fn refuse(&mut self, why: Refusal) -> ProtoError {
        self.stats.refused += 1;
        let action_id = (self.frame.known.action_id != NONE)
            .then(|| self.line(self.frame.known.action_id as usize))
            .flatten()
            .and_then(|line| line.get(b"ActionID".len()..).map(|_| line))
            .map(|line| bytes::Bytes::copy_from_slice(value_after(line, b"ActionID".len())));
        match why {
            Refusal::TooLarge => ProtoError::FrameTooLarge {
                limit: self.cfg.max_frame_size,
                action_id,
            },
            Refusal::TooManyHeaders => ProtoError::TooManyHeaders {
                limit: self.cfg.max_headers,
                action_id,
            },
        }
    }

    fn take_frame(&mut self, end: usize) -> Message {
        let f = self.frame;
        self.frame = Frame::NEW;
        self.stats.frames += 1;
        // The index first: the atomic increment in `split_to` waits for the
        // stores that copy it, so moving it again does not stall on them.
        let index = self.line_index(f.headers, f.wide);
        let data = self.buf.split_to(end).freeze();
        let kind = if f.known.event != NONE {
            MessageKind::Event
        } else if f.known.response != NONE {
            MessageKind::Response
        } else if f.known.action != NONE {
            MessageKind::Action
        } else {
            MessageKind::Unknown
        };
        Message::from_parts(data, index, kind, f.known, f.body)
    }

    /// The line index of a frame whose `headers` line ends are in `lines`
    /// (the lengths of the first ones in `lens`, all of them ORed in
    /// `wide`): inline when it fits, else split off `index`.
    fn line_index(&mut self, headers: usize, wide: usize) -> LineIndex {
        let lines = self.lines.get(..headers).unwrap_or_default();
        if headers <= INLINE_LINES && wide <= usize::from(u8::MAX) {
            return LineIndex::Inline {
                len: headers as u8,
                lens: self.lens,
            };
        }
        let need = lines.len() * LINE_LEN;
        if self.index.capacity() - self.index.len() < need {
            self.index.reserve(need.max(self.alloc_unit()));
        }
        for end in lines {
            self.index.extend_from_slice(&end.to_ne_bytes());
        }
        LineIndex::Shared(self.index.split().freeze())
    }

    /// Skips the bytes of a refused frame. Returns true once its end was found.
    fn skip_step(&mut self) -> bool {
        let Some(mut skip) = self.skip else {
            return true;
        };
        // The line state is carried across calls, so each byte is looked at once.
        let mut start = 0;
        while let Some(nl) = memchr(b'\n', &self.buf[start..]) {
            let nl = start + nl;
            if skip.one_line || fold_line(skip.line, &self.buf[start..nl]) != LineState::Content {
                self.stats.discarded_bytes += (nl + 1) as u64;
                self.buf.advance(nl + 1);
                self.skip = None;
                return true;
            }
            skip.line = LineState::Start;
            start = nl + 1;
        }
        skip.line = fold_line(skip.line, &self.buf[start..]);
        self.stats.discarded_bytes += self.buf.len() as u64;
        self.buf.clear();
        self.skip = Some(skip);
        false
    }

    /// Header line `i` of the frame being read, line end excluded.
    fn line(&self, i: usize) -> Option<&[u8]> {
        let end = *self.lines.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => *self.lines.get(i - 1)? as usize + 1,
        };
        self.buf.get(start..end).map(strip_cr)
    }

    /// Scans from where the last call stopped. Header line ends are recorded
    /// as they are found, so nothing is scanned twice.
    fn scan(&mut self) -> Scan {
        loop {
            let f = &mut self.frame;
            match f.mode {
                Mode::Headers | Mode::FollowsHeaders => {
                    if let Some(scan) = self.scan_headers() {
                        return scan;
                    }
                }
                Mode::Body { start, search } => {
                    let buf: &[u8] = &self.buf;
                    if let Some(m) = memmem::find(&buf[search..], END_COMMAND) {
                        let m = search + m;
                        f.body = Some((start as u32, m as u32));
                        f.mode = Mode::Trailer { line_done: false };
                        f.pos = m + END_COMMAND.len();
                        f.resume = f.pos;
                    } else {
                        let resume = buf.len().saturating_sub(END_COMMAND.len() - 1).max(start);
                        f.mode = Mode::Body {
                            start,
                            search: resume,
                        };
                        return self.partial_check();
                    }
                }
                Mode::Trailer { line_done } => {
                    let buf: &[u8] = &self.buf;
                    let start = f.pos;
                    let from = f.resume.max(start);
                    let Some(nl) = memchr(b'\n', &buf[from..]) else {
                        f.resume = buf.len();
                        return self.partial_check();
                    };
                    let nl = from + nl;
                    f.pos = nl + 1;
                    if !line_done {
                        f.mode = Mode::Trailer { line_done: true };
                    } else if fold_line(LineState::Start, &buf[start..nl]) != LineState::Content {
                        return Scan::Frame(nl + 1);
                    }
                }
            }
        }
    }

    /// Scans header lines with the fastest newline mask this CPU has.
    /// Returns `None` when a legacy body starts (the caller goes on in that
    /// mode).
    fn scan_headers(&mut self) -> Option<Scan> {
        if self.expect_banner && self.frame.headers == 0 {
            let from = self.frame.resume.max(self.frame.pos);
            let Some(nl) = memchr(b'\n', &self.buf[from..]) else {
                self.frame.resume = self.buf.len();
                return Some(self.partial_check());
            };
            self.expect_banner = false;
            if self.buf[self.frame.pos..].starts_with(BANNER_PREFIX) {
                return Some(Scan::Banner(from + nl + 1));
            }
            // Not a banner: the header scan starts over at the line's start.
            self.frame.resume = self.frame.pos;
        }
        if let Mode::FollowsHeaders = self.frame.mode {
            return self.scan_follows_headers();
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(avx2) = self.avx2 {
            // SAFETY: `avx2` proves the CPU has AVX2.
            return unsafe { self.scan_headers_avx2(avx2) };
        }
        self.scan_headers_with(scan::Baseline)
    }

    /// [`Decoder::scan_headers_with`] compiled for AVX2.
    ///
    /// # Safety
    /// The CPU must have AVX2 (an [`scan::Avx2`] is the proof).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn scan_headers_avx2(&mut self, avx2: scan::Avx2) -> Option<Scan> {
        self.scan_headers_with(avx2)
    }

    /// The hot loop: walks the lines of the frame's header block with the
    /// newline mask of 64-byte blocks, recording where each line ends, its
    /// length, and where the headers every consumer asks for are.
    #[inline(always)]
    fn scan_headers_with<M: scan::Newlines>(&mut self, mask: M) -> Option<Scan> {
        let buf: &[u8] = &self.buf;
        let lines = &mut self.lines;
        let lens = &mut self.lens;
        // Work on locals (registers), written back at every exit.
        let mut headers = self.frame.headers;
        let mut wide = self.frame.wide;
        let mut known = self.frame.known;
        let max_headers = self.cfg.max_headers;
        let mut line_start = self.frame.pos;
        let mut at = self.frame.resume.max(line_start);
        let exit = 'scan: loop {
            if at >= buf.len() {
                break if buf.len() > self.cfg.max_frame_size {
                    Some(Scan::Refuse(Refusal::TooLarge))
                } else {
                    Some(Scan::Partial)
                };
            }
            // A block holds at most `BLOCK` line ends: room for all of them,
            // so a line end finds no room only at `max_headers`.
            if lines.len() < headers + scan::BLOCK {
                lines.resize(headers + scan::BLOCK, 0);
            }
            let room = lines.len().min(max_headers);
            let out = &mut lines[..room];
            let mut nls = mask.at(buf, at);
            while nls != 0 {
                let nl = at + nls.trailing_zeros() as usize;
                nls &= nls - 1;
                let start = line_start;
                let len = nl - start;
                if len <= 1 && (len == 0 || buf[start] == b'\r') {
                    break 'scan Some(if headers == 0 {
                        Scan::Blank(nl + 1)
                    } else {
                        Scan::Frame(nl + 1)
                    });
                }
                let Some(slot) = out.get_mut(headers) else {
                    break 'scan Some(Scan::Refuse(Refusal::TooManyHeaders));
                };
                *slot = nl as u32;
                if let Some(l) = lens.get_mut(headers) {
                    *l = len as u8;
                }
                wide |= len;
                headers += 1;
                line_start = nl + 1;
                if maybe_wellknown(prefix_at(buf, start))
                    && wellknown(strip_cr(&buf[start..nl]), headers as u32 - 1, &mut known)
                {
                    // `Response: Follows`: the rest of the headers (before a
                    // legacy body) go the slow way.
                    self.frame.pos = line_start;
                    self.frame.resume = line_start;
                    self.frame.headers = headers;
                    self.frame.wide = wide;
                    self.frame.known = known;
                    self.frame.mode = Mode::FollowsHeaders;
                    return self.scan_follows_headers();
                }
            }
            at += scan::BLOCK;
        };
        self.frame.pos = line_start;
        // Every byte up to the end of the buffer was scanned (the last block
        // may be partial): the next call resumes there.
        self.frame.resume = buf.len().max(line_start);
        self.frame.headers = headers;
        self.frame.wide = wide;
        self.frame.known = known;
        exit
    }

    /// After `Response: Follows` (legacy Asterisk): the `Privilege` and
    /// `ActionID` lines that may come before the body, one line at a time.
    /// Returns `None` when the body starts.
    fn scan_follows_headers(&mut self) -> Option<Scan> {
        let f = &mut self.frame;
        loop {
            let start = f.pos;
            let from = f.resume.max(start);
            let Some(nl) = memchr(b'\n', &self.buf[from..]) else {
                f.resume = self.buf.len();
                return Some(self.partial_check());
            };
            let nl = from + nl;
            let line = strip_cr(&self.buf[start..nl]);
            if line.is_empty() {
                return Some(Scan::Frame(nl + 1));
            }
            if !is_follows_header(line) {
                f.mode = Mode::Body {
                    start,
                    search: start,
                };
                return None;
            }
            if f.headers == self.cfg.max_headers {
                return Some(Scan::Refuse(Refusal::TooManyHeaders));
            }
            if self.lines.len() <= f.headers {
                self.lines.resize(f.headers + 1, 0);
            }
            self.lines[f.headers] = nl as u32;
            if let Some(l) = self.lens.get_mut(f.headers) {
                *l = (nl - start) as u8;
            }
            f.wide |= nl - start;
            wellknown(line, f.headers as u32, &mut f.known);
            f.headers += 1;
            f.pos = nl + 1;
            f.resume = f.pos;
        }
    }

    fn partial_check(&self) -> Scan {
        if self.buf.len() > self.cfg.max_frame_size {
            Scan::Refuse(Refusal::TooLarge)
        } else {
            Scan::Partial
        }
    }
}

/// Yields decoded frames until more bytes are needed (then `None`; the
/// iterator resumes after the next read).
impl Iterator for Decoder {
    type Item = Result<Message, ProtoError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.decode().transpose()
    }
}

/// The first four bytes at `at`, little-endian, zero past the end of `buf`.
#[inline(always)]
fn prefix_at(buf: &[u8], at: usize) -> u32 {
    match buf
        .get(at..at + 4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
    {
        Some(w) => u32::from_le_bytes(w),
        None => tail_prefix(buf, at),
    }
}

#[cold]
fn tail_prefix(buf: &[u8], at: usize) -> u32 {
    let mut w = [0u8; 4];
    let tail = buf.get(at..).unwrap_or_default();
    let n = tail.len().min(4);
    w[..n].copy_from_slice(&tail[..n]);
    u32::from_le_bytes(w)
}

/// Whether a line starting with `prefix` (four bytes, little-endian) may
/// hold one of the cached headers: its first three letters, lowercased, are
/// those of `Event` / `EventList`, `Action` / `ActionID` or `Response`.
/// Nearly every other key differs there, so [`wellknown`] runs about once
/// per frame.
#[inline(always)]
fn maybe_wellknown(prefix: u32) -> bool {
    const fn key(p: &[u8; 3]) -> u32 {
        u32::from_le_bytes([p[0], p[1], p[2], 0])
    }
    // Setting bit 5 lowercases letters, and only letters land on letters.
    let p = (prefix | 0x0020_2020) & 0x00ff_ffff;
    p == key(b"eve") || p == key(b"act") || p == key(b"res")
}

/// Records header `i` (its `line`, line end excluded) when it is the first
/// of a cached kind. Returns true for a first `Response: Follows` outside an
/// event: a legacy body comes after the headers that may precede it.
#[inline(never)]
fn wellknown(line: &[u8], i: u32, known: &mut Wellknown) -> bool {
    // `key` holds no colon: a colon right after it is the line's first.
    let is = |key: &[u8]| {
        line.get(key.len()) == Some(&b':') && line[..key.len()].eq_ignore_ascii_case(key)
    };
    let slot = if is(b"Event") {
        &mut known.event
    } else if is(b"ActionID") {
        &mut known.action_id
    } else if is(b"Response") {
        if known.response != NONE {
            return false;
        }
        known.response = i;
        return known.event == NONE
            && value_after(line, b"Response".len()).eq_ignore_ascii_case(b"Follows");
    } else if is(b"EventList") {
        &mut known.event_list
    } else if is(b"Action") {
        &mut known.action
    } else {
        return false;
    };
    if *slot == NONE {
        *slot = i;
    }
    false
}

/// The headers a legacy `Response: Follows` frame carries before its body.
fn is_follows_header(line: &[u8]) -> bool {
    let Some(c) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    let key = &line[..c];
    key.eq_ignore_ascii_case(b"Privilege") || key.eq_ignore_ascii_case(b"ActionID")
}

/// What the line holding `buf[at]` holds before `at`, for a skip starting
/// there.
fn line_state_before(buf: &[u8], at: usize) -> LineState {
    match buf[..at] {
        [] | [.., b'\n'] => LineState::Start,
        [b'\r'] | [.., b'\n', b'\r'] => LineState::Cr,
        _ => LineState::Content,
    }
}

/// Folds a segment of a line (no `\n` in it) into what the line holds so far:
/// a line is empty while it holds nothing or a single `\r`.
fn fold_line(state: LineState, seg: &[u8]) -> LineState {
    match (state, seg) {
        (s, []) => s,
        (LineState::Start, [b'\r']) => LineState::Cr,
        _ => LineState::Content,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `bytes` in `chunk`-byte pieces, with AVX2 on or off.
    fn decode_all(bytes: &[u8], chunk: usize, avx2: bool) -> Vec<Vec<(Vec<u8>, Vec<u8>)>> {
        let mut dec = Decoder::new();
        #[cfg(target_arch = "x86_64")]
        if !avx2 {
            dec.avx2 = None;
        }
        let _ = avx2;
        let mut out = Vec::new();
        for piece in bytes.chunks(chunk) {
            dec.extend_from_slice(piece);
            while let Some(m) = dec.decode().transpose() {
                let m = m.expect("decodes");
                let mut headers: Vec<_> = m
                    .iter()
                    .map(|h| (h.key.to_vec(), h.value.to_vec()))
                    .collect();
                headers.push((b"frame".to_vec(), m.as_bytes().to_vec()));
                out.push(headers);
            }
        }
        out
    }

    #[test]
    // It reads the captures from disk, which Miri's isolation forbids (the
    // SSE2 mask is what Miri runs, through every other unit test).
    #[cfg_attr(miri, ignore)]
    fn every_newline_mask_decodes_the_same() {
        // Every capture, then a legacy body, bare line ends and a long frame.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/asterisk22");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .expect("corpus dir")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "raw"))
            .collect();
        names.sort();
        let mut bytes = Vec::new();
        for name in names {
            bytes.extend(std::fs::read(name).expect("capture"));
        }
        bytes.extend_from_slice(
            b"Response: Follows\r\nPrivilege: Command\r\nActionID: 7\r\nsome\noutput\n\
            --END COMMAND--\r\n\r\nEvent: A\nB: c\n\n",
        );
        for i in 0..200 {
            bytes.extend_from_slice(format!("Key{i}: {}\r\n", "v".repeat(i)).as_bytes());
        }
        bytes.extend_from_slice(b"\r\n");
        if cfg!(miri) {
            // Miri is slow: the legacy, bare-LF and long frames and some more.
            bytes.drain(..bytes.len() - 32 * 1024);
        }
        let want = decode_all(&bytes, usize::MAX, false);
        assert!(want.len() > if cfg!(miri) { 50 } else { 3000 });
        for chunk in [7, 64, 1000, usize::MAX] {
            assert!(decode_all(&bytes, chunk, true) == want, "chunk {chunk}");
            assert!(decode_all(&bytes, chunk, false) == want, "chunk {chunk}");
        }
    }
}
