//! Helpers shared by the ami-proto integration tests.
#![allow(dead_code, unreachable_pub)]

use ami_proto::{Decoder, DecoderConfig, Message, ProtoError};

/// Reads a capture from `testdata/asterisk22/`.
pub fn corpus(name: &str) -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/asterisk22/");
    std::fs::read(format!("{path}{name}")).unwrap_or_else(|e| panic!("{path}{name}: {e}"))
}

/// Every `.raw` capture in the corpus, by file name.
pub fn corpus_files() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/asterisk22/");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".raw"))
        .collect();
    names.sort();
    names
}

/// Decodes `bytes` fed in `chunk`-byte pieces through `read_with`.
pub fn decode_chunked(
    cfg: DecoderConfig,
    banner: bool,
    bytes: &[u8],
    chunk: usize,
) -> Vec<Result<Message, ProtoError>> {
    let mut dec = Decoder::with_config(cfg);
    dec.set_expect_banner(banner);
    let mut out = Vec::new();
    let mut rest = bytes;
    loop {
        for r in dec.by_ref() {
            out.push(r);
        }
        if rest.is_empty() {
            return out;
        }
        let take = chunk.min(rest.len());
        let n = dec
            .read_with(|buf| {
                let n = take.min(buf.len());
                buf[..n].copy_from_slice(&rest[..n]);
                Ok(n)
            })
            .expect("read_with");
        rest = &rest[n..];
    }
}

/// Decodes `bytes` in one piece with default limits.
pub fn decode(bytes: &[u8]) -> Vec<Result<Message, ProtoError>> {
    decode_chunked(DecoderConfig::default(), true, bytes, usize::MAX)
}

/// Decodes `bytes` and unwraps every result.
pub fn messages(bytes: &[u8]) -> Vec<Message> {
    decode(bytes)
        .into_iter()
        .map(|r| r.expect("decodes"))
        .collect()
}

/// The raw text of a value.
pub fn s(v: Option<&[u8]>) -> Option<&str> {
    v.map(|v| std::str::from_utf8(v).expect("utf-8"))
}
