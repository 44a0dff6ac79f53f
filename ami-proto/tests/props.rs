//! Properties: any chunking yields the same messages; encode then decode
//! round-trips; arbitrary bytes never panic.

mod common;

use ami_proto::{Decoder, DecoderConfig, GenericAction, Message, ProtoError, encode_action};
use proptest::prelude::*;

/// Decodes `bytes` read in pieces whose sizes cycle through `sizes`.
fn decode_split(
    cfg: DecoderConfig,
    bytes: &[u8],
    sizes: &[usize],
) -> Vec<Result<Message, ProtoError>> {
    let mut dec = Decoder::with_config(cfg);
    let mut out = Vec::new();
    let mut rest = bytes;
    let mut i = 0;
    loop {
        out.extend(dec.by_ref());
        if rest.is_empty() {
            return out;
        }
        let want = sizes[i % sizes.len()].max(1);
        i += 1;
        let n = dec
            .read_with(|buf| {
                let n = want.min(buf.len()).min(rest.len());
                buf[..n].copy_from_slice(&rest[..n]);
                Ok(n)
            })
            .unwrap();
        rest = &rest[n..];
    }
}

/// What must not depend on chunking: the frames and how many were refused.
fn summary(results: &[Result<Message, ProtoError>]) -> (Vec<Vec<u8>>, usize) {
    let frames = results
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|m| m.as_bytes().to_vec())
        .collect();
    let errors = results.iter().filter(|r| r.is_err()).count();
    (frames, errors)
}

fn value() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![Just(b':'), Just(b' '), Just(0xe9u8), 0x21u8..0x7f],
        0..40,
    )
}

fn header() -> impl Strategy<Value = (Vec<u8>, Vec<u8>)> {
    let key = prop_oneof![
        Just(b"Event".to_vec()),
        Just(b"Response".to_vec()),
        Just(b"ActionID".to_vec()),
        Just(b"EventList".to_vec()),
        Just(b"Output".to_vec()),
        Just(b"Variable".to_vec()),
        prop::collection::vec(b'A'..=b'z', 1..12),
    ];
    (key, value())
}

/// A stream of plausible frames: headers, legacy bodies, blank lines, mixed
/// line ends, a banner first.
fn stream() -> impl Strategy<Value = Vec<u8>> {
    let frame = (
        prop::collection::vec(header(), 1..12),
        any::<bool>(),
        prop::option::of(value()),
        0usize..3,
    )
        .prop_map(|(headers, crlf, legacy, blanks)| {
            let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
            let mut f = Vec::new();
            if let Some(body) = &legacy {
                f.extend_from_slice(b"Response: Follows");
                f.extend_from_slice(eol);
                f.extend_from_slice(b"ActionID: 1");
                f.extend_from_slice(eol);
                f.extend_from_slice(body);
                f.extend_from_slice(b"\n\n--END COMMAND--");
                f.extend_from_slice(eol);
            } else {
                for (k, v) in &headers {
                    f.extend_from_slice(k);
                    f.extend_from_slice(b": ");
                    f.extend_from_slice(v);
                    f.extend_from_slice(eol);
                }
            }
            f.extend_from_slice(eol);
            for _ in 0..blanks {
                f.extend_from_slice(eol);
            }
            f
        });
    prop::collection::vec(frame, 0..20).prop_map(|frames| {
        let mut s = b"Asterisk Call Manager/11.0.0\r\n".to_vec();
        for f in frames {
            s.extend_from_slice(&f);
        }
        s
    })
}

/// The headers of a frame read naively from its bytes: every line up to the
/// first empty one, split at its first colon, one space after it dropped.
fn naive_headers(frame: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    for line in frame.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        match line.iter().position(|&b| b == b':') {
            Some(c) => {
                let v = &line[c + 1..];
                out.push((
                    line[..c].to_vec(),
                    v.strip_prefix(b" ").unwrap_or(v).to_vec(),
                ));
            }
            None => out.push((Vec::new(), line.to_vec())),
        }
    }
    out
}

/// Header-like noise: keys (the cached ones among them, in any case),
/// colons, blanks, line ends.
fn header_noise() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        Just(b"Event".to_vec()),
        Just(b"EVENTLIST".to_vec()),
        Just(b"eventlist".to_vec()),
        Just(b"Response".to_vec()),
        Just(b"response".to_vec()),
        Just(b"ActionID".to_vec()),
        Just(b"actionID".to_vec()),
        Just(b"Action".to_vec()),
        Just(b"Follows".to_vec()),
        Just(b"Eve".to_vec()),
        Just(b"Key".to_vec()),
        Just(b":".to_vec()),
        Just(b": ".to_vec()),
        Just(b" ".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\x1a".to_vec()),
        prop::collection::vec(any::<u8>(), 1..4),
    ];
    prop::collection::vec(token, 0..200).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn headers_and_lookups_match_a_naive_reading(bytes in header_noise()) {
        let lookups = ["Event", "eventlist", "RESPONSE", "ActionID", "action", "Key", "", "a:b", "Follows"];
        for m in decode_split(DecoderConfig::default(), &bytes, &[usize::MAX]).iter().flatten() {
            if m.legacy_output().is_some() || m.kind() == ami_proto::MessageKind::Banner {
                continue;
            }
            let naive = naive_headers(m.as_bytes());
            let got: Vec<_> = m.iter().map(|h| (h.key.to_vec(), h.value.to_vec())).collect();
            prop_assert_eq!(&got, &naive);
            prop_assert_eq!(m.len(), naive.len());
            for (i, (k, v)) in naive.iter().enumerate() {
                let h = m.header(i).unwrap();
                prop_assert_eq!((h.key, h.value), (&k[..], &v[..]));
            }
            prop_assert!(m.header(naive.len()).is_none());
            let first = |key: &str| naive.iter().find(|(k, _)| k.eq_ignore_ascii_case(key.as_bytes())).map(|(_, v)| &v[..]);
            for key in lookups {
                prop_assert_eq!(m.get(key), first(key), "get({:?})", key);
                let all: Vec<_> = m.get_all(key).collect();
                let want: Vec<_> = naive.iter().filter(|(k, _)| k.eq_ignore_ascii_case(key.as_bytes())).map(|(_, v)| &v[..]).collect();
                prop_assert_eq!(all, want, "get_all({:?})", key);
            }
            prop_assert_eq!(m.event(), first("Event"));
            prop_assert_eq!(m.action_id(), first("ActionID"));
            prop_assert_eq!(m.event_list(), first("EventList"));
            prop_assert_eq!(m.response(), first("Response").map(String::from_utf8_lossy));
            prop_assert_eq!(m.action_name(), first("Action").map(String::from_utf8_lossy));
        }
    }

    #[test]
    fn any_split_of_a_stream_yields_the_same_messages(
        s in stream(),
        sizes in prop::collection::vec(1usize..40, 1..8),
    ) {
        let whole = decode_split(DecoderConfig::default(), &s, &[usize::MAX]);
        prop_assert!(whole.iter().all(Result::is_ok));
        let split = decode_split(DecoderConfig::default(), &s, &sizes);
        prop_assert_eq!(&split, &whole);
        // Same header views, not only the same bytes.
        for (a, b) in split.iter().zip(&whole) {
            let (a, b) = (a.as_ref().unwrap(), b.as_ref().unwrap());
            prop_assert_eq!(a.iter().collect::<Vec<_>>(), b.iter().collect::<Vec<_>>());
            prop_assert_eq!(a.kind(), b.kind());
            prop_assert_eq!(a.legacy_output(), b.legacy_output());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_and_chunking_does_not_matter(
        bytes in prop::collection::vec(prop_oneof![Just(b'\r'), Just(b'\n'), Just(b':'), Just(b'-'), any::<u8>()], 0..2000),
        sizes in prop::collection::vec(1usize..64, 1..8),
        max in 32usize..512,
        max_headers in 1usize..20,
        banner in any::<bool>(),
    ) {
        let cfg = DecoderConfig { max_frame_size: max, max_headers, ..DecoderConfig::default() };
        // Regression (found by this test): with a limit shorter than the banner
        // prefix, a refused first line could not be told from the banner.
        // Start with a banner prefix half the time, so the banner paths run too.
        let bytes = if banner { [&b"Asterisk Call Manager/"[..], &bytes].concat() } else { bytes };
        let whole = decode_split(cfg, &bytes, &[usize::MAX]);
        let split = decode_split(cfg, &bytes, &sizes);
        prop_assert_eq!(summary(&split), summary(&whole));
        for m in whole.iter().flatten() {
            prop_assert!(m.as_bytes().len() <= max);
            prop_assert!(m.len() <= max_headers);
        }
    }

    #[test]
    fn encode_then_decode_round_trips(
        name in "[A-Za-z][A-Za-z0-9]{0,15}",
        headers in prop::collection::vec(("[A-Za-z][A-Za-z0-9_()-]{0,15}", "([!-~][ -~]{0,30})?"), 0..20),
        id in "[!-~]{1,32}",
    ) {
        let mut action = GenericAction::new(name.clone());
        for (k, v) in &headers {
            action = action.header(k.clone(), v.clone());
        }
        let mut out = Vec::new();
        encode_action(&action, Some(&id), 128, &mut out).unwrap();
        let msgs = common::messages(&out);
        prop_assert_eq!(msgs.len(), 1);
        let m = &msgs[0];
        let got = m.action_name();
        prop_assert_eq!(got.as_deref(), Some(name.as_str()));
        prop_assert_eq!(m.action_id(), Some(id.as_bytes()));
        let back: Vec<(String, String)> = m.iter().skip(2)
            .map(|h| (h.key_str().into_owned(), h.value_str().into_owned()))
            .collect();
        prop_assert_eq!(back, headers);
    }
}
