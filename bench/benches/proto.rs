#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! ami-proto benchmarks: decoding a real Asterisk event stream against a raw
//! memmem scan of the same bytes, decoding fed in tiny chunks, and encoding.

use std::hint::black_box;
use std::io::Read;
use std::time::Duration;

use ami_proto::{Decoder, actions::Originate, encode_action};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Decodes all of `stream` with a long-lived decoder (as a connection keeps
/// one), reading it in `chunk`-byte reads the way a socket would deliver it;
/// returns (frames, headers) so nothing is optimised away.
fn decode_all(dec: &mut Decoder, stream: &[u8], chunk: usize) -> (usize, usize) {
    dec.reset();
    let mut src = stream;
    let mut frames = 0;
    let mut headers = 0;
    while !src.is_empty() {
        let take = chunk.min(src.len());
        let mut piece = &src[..take];
        let n = dec.read_with(|buf| piece.read(buf)).expect("slice read");
        src = &src[n..];
        while let Some(msg) = dec.decode().expect("corpus decodes") {
            frames += 1;
            headers += msg.len();
            black_box(msg.action_id());
        }
    }
    (frames, headers)
}

fn frames_of(stream: &[u8]) -> u64 {
    decode_all(&mut Decoder::new(), stream, 64 * 1024).0 as u64
}

fn decode(c: &mut Criterion) {
    let stream = bench::corpus("event_stream.raw");
    let frames = frames_of(&stream);
    let finder = memchr::memmem::Finder::new(b"\r\n\r\n");
    let mut dec = Decoder::new();

    let mut g = c.benchmark_group("decode");
    g.measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(stream.len() as u64));
    g.bench_function("realistic", |b| {
        b.iter(|| decode_all(&mut dec, black_box(&stream), 64 * 1024))
    });
    // The same decode without the copy into the decoder's buffer (the copy a
    // socket read makes anyway): only frame finding and header indexing.
    g.bench_function("in_place", |b| {
        b.iter_batched(
            || {
                let mut dec = Decoder::new();
                dec.extend_from_slice(&stream);
                dec
            },
            |mut dec| {
                let mut headers = 0;
                while let Some(msg) = dec.decode().expect("corpus decodes") {
                    headers += msg.len();
                }
                headers
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("memmem_baseline", |b| {
        b.iter(|| finder.find_iter(black_box(&stream)).count())
    });
    // One 256 KiB header value in 1-byte reads against the same bytes in
    // 64 KiB reads: the scan resumes where it stopped, so the per-byte cost
    // must not grow with the line's length (it was quadratic before).
    let mut long = b"Event: Long\r\nValue: ".to_vec();
    long.resize(long.len() + 256 * 1024, b'x');
    long.extend_from_slice(b"\r\n\r\n");
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.sample_size(10);
    for (name, chunk) in [
        ("long_line_1b_reads", 1usize),
        ("long_line_64k_reads", 64 * 1024),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| decode_all(&mut dec, black_box(&long), chunk))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("decode_frames");
    g.measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Elements(frames));
    g.bench_function("realistic", |b| {
        b.iter(|| decode_all(&mut dec, black_box(&stream), 64 * 1024))
    });
    g.finish();

    // Tiny reads: cost must stay linear in the bytes, not in bytes * frame size.
    let head = &stream[..128 * 1024];
    let mut g = c.benchmark_group("decode_chunked");
    g.throughput(Throughput::Bytes(head.len() as u64));
    g.sample_size(20);
    for chunk in [1usize, 7, 64 * 1024] {
        g.bench_with_input(BenchmarkId::from_parameter(chunk), &chunk, |b, &chunk| {
            b.iter(|| decode_all(&mut dec, black_box(head), chunk))
        });
    }
    g.finish();
}

fn encode(c: &mut Criterion) {
    let mut o = Originate::extension("PJSIP/100", "from-internal", "200", "1")
        .timeout(Duration::from_secs(30))
        .caller_id("\"Dialer\" <100>")
        .asynchronous(true);
    for i in 0..10 {
        o = o.variable(format!("VAR{i}"), format!("value-{i}"));
    }
    let mut out = Vec::with_capacity(1024);
    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Elements(1));
    g.bench_function("originate_10_vars", |b| {
        b.iter(|| {
            out.clear();
            encode_action(black_box(&o), Some("srv1-a1b2-42"), 128, &mut out).expect("encodes")
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = decode, encode
}
criterion_main!(benches);
