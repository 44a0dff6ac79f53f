//! Fuzzes the decoder: arbitrary bytes, fed whole and in chunks, with small
//! limits so the skip paths run. Checks it never panics, that limits hold,
//! and that chunking never changes what comes out.
#![no_main]

use ami_proto::{Decoder, DecoderConfig, Message, ProtoError};
use libfuzzer_sys::fuzz_target;

fn run(cfg: DecoderConfig, data: &[u8], chunk: usize) -> (Vec<Message>, usize) {
    let mut dec = Decoder::with_config(cfg);
    let mut frames = Vec::new();
    let mut errors = 0;
    let mut rest = data;
    loop {
        for r in dec.by_ref() {
            match r {
                Ok(m) => {
                    assert!(m.as_bytes().len() <= cfg.max_frame_size);
                    assert!(m.len() <= cfg.max_headers);
                    // Touch every accessor on the way.
                    for h in m.iter() {
                        let _ = (h.key_str(), h.value_str());
                    }
                    let _ = (m.event_name(), m.response(), m.action_id(), m.legacy_output(), m.banner_version());
                    frames.push(m);
                }
                Err(ProtoError::FrameTooLarge { .. } | ProtoError::TooManyHeaders { .. }) => errors += 1,
                Err(e) => panic!("unexpected error {e}"),
            }
        }
        assert!(dec.buffered() <= cfg.max_frame_size + cfg.max_read.max(64));
        if rest.is_empty() {
            return (frames, errors);
        }
        let n = dec
            .read_with(|buf| {
                let n = chunk.min(buf.len()).min(rest.len());
                buf[..n].copy_from_slice(&rest[..n]);
                Ok(n)
            })
            .expect("drained before reading");
        rest = &rest[n..];
    }
}

fuzz_target!(|input: &[u8]| {
    let Some((&knob, data)) = input.split_first() else {
        return;
    };
    let cfg = DecoderConfig {
        max_frame_size: 64 + usize::from(knob & 0x3f) * 64,
        max_headers: 4 + usize::from(knob >> 6) * 16,
        ..DecoderConfig::default()
    };
    let whole = run(cfg, data, usize::MAX);
    let chunk = 1 + usize::from(knob % 17);
    let split = run(cfg, data, chunk);
    assert_eq!(whole, split, "chunk size {chunk} changed the output");
    // Default limits must also hold up.
    let _ = run(DecoderConfig::default(), data, 4096);
});
