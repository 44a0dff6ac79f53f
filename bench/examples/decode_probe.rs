//! temporary
use ami_proto::Decoder;
fn main() {
    let stream = bench::corpus("event_stream.raw");
    let mut total = 0;
    for _ in 0..3 {
        let mut dec = Decoder::new();
        dec.extend_from_slice(&stream);
        while let Some(msg) = dec.decode().expect("corpus decodes") {
            total += msg.len();
        }
    }
    println!("{total}");
}
