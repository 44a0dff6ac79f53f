//! Table-driven edge cases of the decoder: one input, one check.

mod common;

use ami_proto::{Decoder, DecoderConfig, MessageKind, ProtoError};
use common::{decode, decode_chunked, messages, s};

/// One case: a name, the input, and assertions over the decoded messages.
macro_rules! cases {
    ($($name:ident: $input:expr => |$m:ident| $check:block)*) => {
        $(
            #[test]
            fn $name() {
                let input: &[u8] = $input;
                let $m = messages(input);
                $check
                // Whatever the chunking, the same frames come out.
                for chunk in [1, 2, 3, 7, 16] {
                    let again: Vec<_> = decode_chunked(DecoderConfig::default(), true, input, chunk)
                        .into_iter()
                        .map(|r| r.expect("decodes"))
                        .collect();
                    assert_eq!(again, $m, "chunk size {chunk}");
                }
            }
        )*
    };
}

cases! {
    banner_alone: b"Asterisk Call Manager/11.0.0\r\n" => |m| {
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind(), MessageKind::Banner);
        assert_eq!(m[0].banner_version().as_deref(), Some("11.0.0"));
    }
    banner_then_frame_without_blank_line:
        b"Asterisk Call Manager/2.10.6\r\nResponse: Error\r\nMessage: Permission denied\r\n\r\n" => |m| {
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].banner_version().as_deref(), Some("2.10.6"));
        assert!(m[1].is_error());
        assert_eq!(m[1].message_text().as_deref(), Some("Permission denied"));
    }
    banner_with_bare_lf: b"Asterisk Call Manager/1.0\nEvent: X\n\n" => |m| {
        assert_eq!(m[0].banner_version().as_deref(), Some("1.0"));
        assert!(m[1].is_event_named("x"));
    }
    bare_lf_line_ends: b"Response: Error\nActionID: 7\nMessage: Permission denied\n\n" => |m| {
        assert_eq!(m.len(), 1);
        assert!(m[0].is_error());
        assert_eq!(s(m[0].action_id()), Some("7"));
        assert_eq!(s(m[0].get("message")), Some("Permission denied"));
    }
    mixed_line_ends_and_crlf_lf_terminator: b"Event: A\r\nX: 1\n\r\nEvent: B\nY: 2\r\n\n" => |m| {
        assert_eq!(m.len(), 2);
        assert_eq!(s(m[0].get("X")), Some("1"));
        assert_eq!(s(m[1].get("Y")), Some("2"));
    }
    empty_value: b"Event: Newchannel\r\nAccountCode:\r\nLanguage: en\r\n\r\n" => |m| {
        assert_eq!(s(m[0].get("AccountCode")), Some(""));
        assert_eq!(s(m[0].get("Language")), Some("en"));
    }
    empty_value_with_space: b"Event: X\r\nAccountCode: \r\n\r\n" => |m| {
        assert_eq!(s(m[0].get("accountcode")), Some(""));
    }
    value_containing_colon_space: b"Event: X\r\nMessage: a: b: c\r\nEventTV: 2026-11-26T17:38:03.879+0000\r\n\r\n" => |m| {
        assert_eq!(s(m[0].get("Message")), Some("a: b: c"));
        assert_eq!(s(m[0].get("EventTV")), Some("2026-11-26T17:38:03.879+0000"));
    }
    no_space_after_colon_and_extra_blanks: b"Event:X\r\nKey:\t  v \r\nOutput:   indented  \r\n\r\n" => |m| {
        // Only the single space after the colon is framing; the rest is value.
        assert_eq!(m[0].event_name().as_deref(), Some("X"));
        assert_eq!(s(m[0].get("key")), Some("\t  v "));
        assert_eq!(s(m[0].get("Output")), Some("  indented  "));
    }
    keys_case_insensitive: b"EVENT: Hangup\r\nactionid: a1\r\nCHANNEL: PJSIP/1\r\n\r\n" => |m| {
        assert!(m[0].is_event());
        assert_eq!(s(m[0].action_id()), Some("a1"));
        assert_eq!(s(m[0].get("Channel")), Some("PJSIP/1"));
        assert_eq!(m[0].header(2).unwrap().key, b"CHANNEL");
    }
    repeated_keys_in_order: b"Event: VarSet\r\nVariable: a=1\r\nChanVariable(x): y\r\nVariable: b=2\r\nVariable: c=3\r\n\r\n" => |m| {
        let all: Vec<_> = m[0].get_all("variable").map(|v| std::str::from_utf8(v).unwrap()).collect();
        assert_eq!(all, ["a=1", "b=2", "c=3"]);
        assert_eq!(s(m[0].get("Variable")), Some("a=1"), "first match wins");
        assert_eq!(s(m[0].get("ChanVariable(x)")), Some("y"));
        assert_eq!(m[0].len(), 5);
    }
    line_without_colon_is_kept: b"Response: Success\r\nthis line has no colon\r\nActionID: 9\r\n\r\n" => |m| {
        assert!(m[0].is_response());
        let h = m[0].header(1).unwrap();
        assert_eq!(h.key, b"");
        assert_eq!(h.value, b"this line has no colon");
        assert_eq!(s(m[0].action_id()), Some("9"));
    }
    non_utf8_preserved: b"Event: Newchannel\r\nCallerIDName: Jos\xe9 M\xfcller\r\n\r\n" => |m| {
        assert_eq!(m[0].get("CallerIDName"), Some(&b"Jos\xe9 M\xfcller"[..]));
        assert_eq!(m[0].get_str("CallerIDName").as_deref(), Some("Jos\u{fffd} M\u{fffd}ller"));
    }
    leading_and_extra_blank_lines_skipped: b"\r\n\r\nEvent: A\r\n\r\n\r\n\nEvent: B\r\n\r\n" => |m| {
        assert_eq!(m.len(), 2);
        assert!(m[1].is_event_named("B"));
    }
    event_checked_before_response: b"Event: OriginateResponse\r\nActionID: o1\r\nResponse: Failure\r\nReason: 0\r\n\r\n" => |m| {
        assert_eq!(m[0].kind(), MessageKind::Event);
        assert_eq!(m[0].response().as_deref(), Some("Failure"));
        assert!(!m[0].is_error());
    }
    response_before_event_header_is_still_event: b"Response: Success\r\nEvent: Odd\r\n\r\n" => |m| {
        assert_eq!(m[0].kind(), MessageKind::Event);
    }
    client_action_frame: b"Action: Login\r\nUsername: admin\r\n\r\n" => |m| {
        assert_eq!(m[0].kind(), MessageKind::Action);
        assert_eq!(m[0].action_name().as_deref(), Some("Login"));
    }
    garbage_frame_is_unknown_and_stream_resyncs: b"\x00\x01garbage here\r\nmore junk\r\n\r\nResponse: Success\r\nActionID: 1\r\n\r\n" => |m| {
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].kind(), MessageKind::Unknown);
        assert!(m[1].is_response());
    }
    modern_command_output: b"Response: Success\r\nActionID: c1\r\nMessage: Command output follows\r\nOutput: line 1\r\nOutput: \r\nOutput: line: 3\r\n\r\n" => |m| {
        let out: Vec<_> = m[0].get_all("Output").collect();
        assert_eq!(out, [&b"line 1"[..], b"", b"line: 3"]);
        assert!(m[0].legacy_output().is_none());
    }
    legacy_follows_body_with_blank_lines:
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: 7\r\nChannel  Location\nSIP/1 s@default\n\nKey: looks like a header\n3 active channels\n--END COMMAND--\r\n\r\nEvent: After\r\n\r\n" => |m| {
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].response().as_deref(), Some("Follows"));
        assert_eq!(s(m[0].action_id()), Some("7"));
        assert_eq!(m[0].len(), 3, "only the three leading headers");
        assert_eq!(
            m[0].legacy_output(),
            Some(&b"Channel  Location\nSIP/1 s@default\n\nKey: looks like a header\n3 active channels\n"[..])
        );
        assert!(m[1].is_event_named("After"));
    }
    legacy_follows_marker_on_same_line: b"Response: Follows\r\nActionID: 8\r\nno newline at end--END COMMAND--\r\n\r\n" => |m| {
        assert_eq!(m[0].legacy_output(), Some(&b"no newline at end"[..]));
    }
    legacy_follows_empty_body: b"Response: Follows\r\nPrivilege: Command\r\n--END COMMAND--\r\n\r\n" => |m| {
        assert_eq!(m[0].legacy_output(), Some(&b""[..]));
    }
    legacy_follows_bare_lf: b"Response: Follows\nActionID: 9\ntext\n--END COMMAND--\n\n" => |m| {
        assert_eq!(m[0].legacy_output(), Some(&b"text\n"[..]));
        assert_eq!(s(m[0].action_id()), Some("9"));
    }
}

#[test]
fn incomplete_frame_waits_for_more() {
    let mut dec = Decoder::new();
    dec.set_expect_banner(false);
    dec.extend_from_slice(b"Event: Hangup\r\nChannel: x\r\n");
    assert!(dec.decode().unwrap().is_none());
    dec.extend_from_slice(b"\r");
    assert!(dec.decode().unwrap().is_none());
    dec.extend_from_slice(b"\n");
    assert!(dec.decode().unwrap().unwrap().is_event_named("Hangup"));
    assert_eq!(dec.buffered(), 0);
}

#[test]
fn oversized_frame_reported_once_skipped_and_stream_continues() {
    let cfg = DecoderConfig {
        max_frame_size: 256,
        ..DecoderConfig::default()
    };
    let mut input = b"Event: Small\r\n\r\nResponse: Success\r\nActionID: big-1\r\n".to_vec();
    for i in 0..100 {
        input
            .extend_from_slice(format!("Output: line {i} of a long command output\r\n").as_bytes());
    }
    input.extend_from_slice(b"\r\nEvent: After\r\n\r\n");
    for chunk in [1, 5, 64, 100_000] {
        let out = decode_chunked(cfg, false, &input, chunk);
        assert_eq!(out.len(), 3, "chunk {chunk}: {out:?}");
        assert!(out[0].as_ref().unwrap().is_event_named("Small"));
        match &out[1] {
            Err(ProtoError::FrameTooLarge { limit, action_id }) => {
                assert_eq!(*limit, 256);
                assert_eq!(action_id.as_deref(), Some(&b"big-1"[..]));
            }
            other => panic!("chunk {chunk}: {other:?}"),
        }
        assert!(out[2].as_ref().unwrap().is_event_named("After"));
    }
}

#[test]
fn oversized_line_without_newline_is_bounded() {
    // 10 MB of a single line: the decoder must never hold more than the limit
    // plus one read, and must recover when the line finally ends.
    let cfg = DecoderConfig {
        max_frame_size: 4096,
        min_read: 512,
        max_read: 1024,
        ..DecoderConfig::default()
    };
    let mut dec = Decoder::with_config(cfg);
    dec.set_expect_banner(false);
    let mut errors = 0;
    let mut peak = 0;
    let chunk = vec![b'x'; 1000];
    let mut fed = 0;
    for _ in 0..10_000 {
        fed += dec
            .read_with(|buf| {
                let n = buf.len().min(chunk.len());
                buf[..n].copy_from_slice(&chunk[..n]);
                Ok(n)
            })
            .unwrap();
        for r in dec.by_ref() {
            assert!(r.is_err());
            errors += 1;
        }
        peak = peak.max(dec.buffered());
    }
    assert_eq!(errors, 1, "reported once");
    assert!(peak <= 4096 + 1024, "held {peak} bytes");
    assert!(dec.heap_size() <= 64 * 1024, "heap {}", dec.heap_size());
    dec.extend_from_slice(b"\r\n\r\nEvent: Ok\r\n\r\n");
    let m = dec.decode().unwrap().unwrap();
    assert!(m.is_event_named("Ok"));
    assert!(fed > 5_000_000);
    assert!(dec.stats().discarded_bytes as usize >= fed);
}

#[test]
fn legacy_body_that_never_ends_is_capped() {
    // C9: a Follows body without --END COMMAND-- must not grow without bound,
    // and the error names the ActionID so the action can be failed.
    let cfg = DecoderConfig {
        max_frame_size: 2048,
        ..DecoderConfig::default()
    };
    let mut dec = Decoder::with_config(cfg);
    dec.set_expect_banner(false);
    dec.extend_from_slice(b"Response: Follows\r\nPrivilege: Command\r\nActionID: cmd-9\r\n");
    let line = b"some output line that goes on and on\n";
    let mut err = None;
    for _ in 0..1000 {
        dec.extend_from_slice(line);
        if let Err(e) = dec.decode() {
            assert!(err.is_none(), "reported twice");
            err = Some(e);
        }
        assert!(dec.buffered() <= 2048 + line.len());
    }
    let err = err.expect("reported");
    assert_eq!(err.action_id(), Some(&b"cmd-9"[..]));
    // The body finally ends: skipping stops and the stream goes on, even with
    // the marker split across two reads.
    dec.extend_from_slice(b"--END COM");
    assert!(dec.decode().unwrap().is_none());
    dec.extend_from_slice(b"MAND--\r\n\r\nResponse: Success\r\nActionID: next\r\n\r\n");
    let m = dec.decode().unwrap().unwrap();
    assert_eq!(m.action_id(), Some(&b"next"[..]));
}

#[test]
fn hostile_unterminated_follows_body_resynchronises() {
    // An unsolicited `Response: Follows` whose marker never comes, then
    // ordinary traffic: once the body passes max_frame_size it is refused
    // once, and the frames after the next empty line decode again (before,
    // the decoder searched for the marker forever and swallowed them all).
    let cfg = DecoderConfig {
        max_frame_size: 4096,
        ..DecoderConfig::default()
    };
    for chunk in [1, 7, 512, 1 << 20] {
        let mut input = b"Response: Follows\r\nPrivilege: Command\r\n".to_vec();
        for i in 0..400 {
            input.extend_from_slice(format!("Event: Tick\r\nSeq: {i}\r\n\r\n").as_bytes());
        }
        let out = decode_chunked(cfg, false, &input, chunk);
        let refused = out.iter().filter(|r| r.is_err()).count();
        assert_eq!(refused, 1, "chunk {chunk}: refused once");
        let seqs: Vec<usize> = out
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .filter(|m| m.is_event_named("Tick"))
            .filter_map(|m| m.get_str("Seq")?.parse().ok())
            .collect();
        // What the body swallowed is lost; everything after flows in order.
        assert!(
            seqs.len() > 200,
            "chunk {chunk}: {} events after the refusal",
            seqs.len()
        );
        assert_eq!(seqs.last(), Some(&399), "chunk {chunk}");
        assert!(
            seqs.windows(2).all(|w| w[1] == w[0] + 1),
            "chunk {chunk}: in order"
        );
    }
}

#[test]
fn too_many_headers_reported_and_skipped() {
    let cfg = DecoderConfig {
        max_headers: 10,
        ..DecoderConfig::default()
    };
    let mut input = b"Event: Big\r\nActionID: h1\r\n".to_vec();
    for i in 0..50 {
        input.extend_from_slice(format!("K{i}: v\r\n").as_bytes());
    }
    input.extend_from_slice(b"\r\nEvent: Next\r\nA: 1\r\n\r\n");
    for chunk in [1, 9, 4096] {
        let out = decode_chunked(cfg, false, &input, chunk);
        assert_eq!(out.len(), 2, "chunk {chunk}");
        assert!(matches!(
            &out[0],
            Err(ProtoError::TooManyHeaders { limit: 10, action_id: Some(id) }) if id == &b"h1"[..]
        ));
        assert!(out[1].as_ref().unwrap().is_event_named("Next"));
    }
}

#[test]
fn frame_exactly_at_limit_is_accepted() {
    let frame = b"Event: Something\r\nA: 1234567890\r\n\r\n";
    let cfg = DecoderConfig {
        max_frame_size: frame.len(),
        ..DecoderConfig::default()
    };
    let out = decode_chunked(cfg, false, frame, 3);
    assert!(out[0].as_ref().unwrap().is_event_named("Something"));
    let cfg = DecoderConfig {
        max_frame_size: frame.len() - 1,
        ..DecoderConfig::default()
    };
    let out = decode_chunked(cfg, false, frame, 3);
    assert!(matches!(out[0], Err(ProtoError::FrameTooLarge { .. })));
}

#[test]
fn read_with_refuses_to_overfill_an_undrained_buffer() {
    let cfg = DecoderConfig {
        max_frame_size: 1024,
        min_read: 256,
        max_read: 256,
        ..DecoderConfig::default()
    };
    let mut dec = Decoder::with_config(cfg);
    let frame = b"Event: X\r\n\r\n";
    let mut refused = false;
    for _ in 0..1000 {
        match dec.read_with(|buf| {
            let n = buf.len().min(frame.len());
            buf[..n].copy_from_slice(&frame[..n]);
            Ok(n)
        }) {
            Ok(_) => {}
            Err(e) => {
                assert_eq!(e.kind(), std::io::ErrorKind::OutOfMemory);
                refused = true;
                break;
            }
        }
    }
    assert!(refused);
    assert!(dec.buffered() <= 1024 + 256);
    // Draining makes room again.
    while dec.decode().unwrap().is_some() {}
    assert!(dec.read_with(|_| Ok(0)).is_ok());
}

#[test]
fn read_errors_pass_through_and_keep_state() {
    let mut dec = Decoder::new();
    dec.extend_from_slice(b"Event: A\r\n");
    let e = dec
        .read_with(|_| Err(std::io::Error::from(std::io::ErrorKind::WouldBlock)))
        .unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::WouldBlock);
    dec.extend_from_slice(b"\r\n");
    assert!(dec.decode().unwrap().unwrap().is_event_named("A"));
}

#[test]
fn reset_forgets_partial_frame_and_expects_banner() {
    let mut dec = Decoder::new();
    dec.extend_from_slice(b"Asterisk Call Manager/11.0.0\r\nEvent: Cut");
    assert_eq!(dec.decode().unwrap().unwrap().kind(), MessageKind::Banner);
    assert!(dec.decode().unwrap().is_none());
    dec.reset();
    dec.extend_from_slice(b"Asterisk Call Manager/11.0.0\r\n");
    assert_eq!(dec.decode().unwrap().unwrap().kind(), MessageKind::Banner);
}

#[test]
fn banner_only_recognised_first() {
    let m = messages(b"Event: A\r\n\r\nAsterisk Call Manager/1.0\r\n\r\n");
    assert_eq!(m[1].kind(), MessageKind::Unknown);
}

#[test]
fn messages_outlive_the_decoder_and_clone_cheaply() {
    let mut dec = Decoder::new();
    dec.set_expect_banner(false);
    dec.extend_from_slice(b"Event: A\r\nX: 1\r\n\r\n");
    let m = dec.decode().unwrap().unwrap();
    drop(dec);
    let c = m.clone();
    assert_eq!(c.get("x"), Some(&b"1"[..]));
    assert_eq!(
        c.as_bytes().as_ptr(),
        m.as_bytes().as_ptr(),
        "clone shares the frame"
    );
}

#[test]
fn stats_count_frames_and_refusals() {
    let cfg = DecoderConfig {
        max_frame_size: 32,
        ..DecoderConfig::default()
    };
    let mut dec = Decoder::with_config(cfg);
    dec.set_expect_banner(false);
    dec.extend_from_slice(
        b"Event: A\r\n\r\nEvent: BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB\r\n\r\nEvent: C\r\n\r\n",
    );
    let out: Vec<_> = dec.by_ref().collect();
    assert_eq!(out.len(), 3);
    assert_eq!(dec.stats().frames, 2);
    assert_eq!(dec.stats().refused, 1);
}

#[test]
fn every_prefix_of_a_frame_is_partial() {
    let frame = b"Response: Follows\r\nActionID: 1\r\nx\n--END COMMAND--\r\n\r\n";
    for cut in 0..frame.len() {
        let out = decode_chunked(DecoderConfig::default(), false, &frame[..cut], 4);
        assert!(out.is_empty(), "prefix of {cut} bytes yielded {out:?}");
    }
    assert_eq!(decode(frame).len(), 1);
}

#[test]
fn oversized_banner_line_is_refused() {
    // Found by the fuzzer: the banner path skipped the size check.
    let cfg = DecoderConfig {
        max_frame_size: 64,
        ..DecoderConfig::default()
    };
    let mut line = b"Asterisk Call Manager/".to_vec();
    line.extend_from_slice(&[b'9'; 80]);
    line.extend_from_slice(b"\r\nEvent: Next\r\n\r\n");
    for chunk in [1, 7, 4096] {
        let out = decode_chunked(cfg, true, &line, chunk);
        assert_eq!(out.len(), 2, "chunk {chunk}: {out:?}");
        assert!(matches!(out[0], Err(ProtoError::FrameTooLarge { .. })));
        assert!(out[1].as_ref().unwrap().is_event_named("Next"));
    }
}

#[test]
fn tiny_limits_are_raised_so_a_refused_first_line_is_classified_the_same() {
    // Found by the chunking property test: with max_frame_size 16 a first
    // line refused before its end was shorter than the banner prefix, so
    // split and whole input skipped it differently. Limits below 32 are raised.
    let mut input = b"Asterisk Call Manager/\n:".to_vec();
    input.extend_from_slice(&[b'\r'; 18]);
    let cfg = DecoderConfig {
        max_frame_size: 16,
        max_headers: 1,
        ..DecoderConfig::default()
    };
    assert_eq!(Decoder::with_config(cfg).config().max_frame_size, 32);
    let count = |out: Vec<Result<ami_proto::Message, ProtoError>>| {
        out.iter().filter(|r| r.is_err()).count()
    };
    let whole = count(decode_chunked(cfg, true, &input, usize::MAX));
    for chunk in [1, 4, 7] {
        assert_eq!(
            count(decode_chunked(cfg, true, &input, chunk)),
            whole,
            "chunk {chunk}"
        );
    }
}

#[test]
fn hostile_long_line_in_one_byte_reads_is_linear() {
    // A 1 MiB header value arriving one byte per read: the scan resumes where
    // it stopped, so the work is linear. Before, each read rescanned the line
    // from its start (~75 s of CPU for this input); the bound is generous for
    // shared, unoptimised test builds and still far below quadratic cost.
    let value_len = 1024 * 1024;
    let cfg = DecoderConfig {
        max_frame_size: 2 * 1024 * 1024,
        ..DecoderConfig::default()
    };
    for banner in [false, true] {
        let mut input = b"Event: Long\r\nValue: ".to_vec();
        input.resize(input.len() + value_len, b'x');
        input.extend_from_slice(b"\r\n\r\n");
        let started = std::time::Instant::now();
        let out = decode_chunked(cfg, banner, &input, 1);
        let took = started.elapsed();
        assert_eq!(out.len(), 1);
        let m = out[0].as_ref().expect("decodes");
        assert_eq!(m.get("Value").map(<[u8]>::len), Some(value_len));
        assert!(took < std::time::Duration::from_secs(20), "took {took:?}");
    }
}

/// A frame of `n` headers: `Event` first, `ActionID` last, `K<i>: v<i>` between.
fn frame_with_headers(n: usize) -> Vec<u8> {
    let mut f = b"Event: Many\r\n".to_vec();
    for i in 1..n - 1 {
        f.extend_from_slice(format!("K{i}: v{i}\r\n").as_bytes());
    }
    f.extend_from_slice(b"ActionID: last\r\n\r\n");
    f
}

#[test]
fn frames_past_the_inline_index_read_the_same() {
    // Up to 40 headers the index is kept in the message, past that it is
    // shared; a cached header past 253 is looked up by key.
    for n in [2, 39, 40, 41, 253, 254, 255, 300, 1000] {
        let input = frame_with_headers(n);
        for chunk in [1, 7, usize::MAX] {
            let out = common::decode_chunked(DecoderConfig::default(), false, &input, chunk);
            let m = out[0].as_ref().expect("decodes");
            assert_eq!(m.len(), n, "{n} headers");
            assert_eq!(m.event(), Some(&b"Many"[..]));
            assert_eq!(s(m.action_id()), Some("last"), "{n} headers");
            assert_eq!(m.header(n - 1).unwrap().key, b"ActionID");
            assert!(m.header(n).is_none());
            if n > 2 {
                assert_eq!(s(m.get("k1")), Some("v1"));
                assert_eq!(
                    m.header(n - 2).unwrap().value,
                    format!("v{}", n - 2).as_bytes()
                );
            }
            assert_eq!(m.iter().count(), n);
            let clone = m.clone();
            assert_eq!(
                clone.iter().collect::<Vec<_>>(),
                m.iter().collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn frames_over_64k_read_the_same() {
    // Offsets past 65,535 (and a line over 255 bytes): a shared index.
    let mut input = b"Event: Big\r\nA: ".to_vec();
    input.resize(input.len() + 70_000, b'a');
    input.extend_from_slice(b"\r\nB: b\r\nActionID: x\r\n\r\n");
    for chunk in [1000, usize::MAX] {
        let out = common::decode_chunked(DecoderConfig::default(), false, &input, chunk);
        let m = out[0].as_ref().expect("decodes");
        assert_eq!(m.len(), 4);
        assert_eq!(m.get("A").map(<[u8]>::len), Some(70_000));
        assert_eq!(s(m.get("b")), Some("b"));
        assert_eq!(s(m.action_id()), Some("x"));
        assert_eq!(m.header(3).unwrap().value, b"x");
    }
}

#[test]
fn header_lines_over_255_bytes_read_the_same() {
    // A message holds the lengths of lines up to 255 bytes; a longer line
    // makes the frame share an index instead.
    for len in [250, 255, 256, 300] {
        let value = "v".repeat(len - "Key: ".len() - 1);
        let input = format!("Event: E\r\nKey: {value}\r\nActionID: a\r\n\r\n");
        for chunk in [3, usize::MAX] {
            let out =
                common::decode_chunked(DecoderConfig::default(), false, input.as_bytes(), chunk);
            let m = out[0].as_ref().expect("decodes");
            assert_eq!(m.len(), 3);
            assert_eq!(m.get("key"), Some(value.as_bytes()), "line of {len} bytes");
            assert_eq!(m.header(1).unwrap().value, value.as_bytes());
            assert_eq!(s(m.action_id()), Some("a"));
            assert_eq!(m.header(2).unwrap().key, b"ActionID");
        }
    }
}

#[test]
fn legacy_body_over_64k_keeps_its_headers_inline() {
    let mut input = b"Response: Follows\r\nPrivilege: Command\r\nActionID: big\r\n".to_vec();
    let body = "line of output\n".repeat(5000);
    input.extend_from_slice(body.as_bytes());
    input.extend_from_slice(b"--END COMMAND--\r\n\r\nEvent: After\r\n\r\n");
    for chunk in [999, usize::MAX] {
        let out = common::decode_chunked(DecoderConfig::default(), false, &input, chunk);
        let m = out[0].as_ref().expect("decodes");
        assert_eq!(m.len(), 3);
        assert_eq!(s(m.action_id()), Some("big"));
        assert_eq!(m.legacy_output(), Some(body.as_bytes()));
        assert!(out[1].as_ref().expect("decodes").is_event_named("After"));
    }
}
