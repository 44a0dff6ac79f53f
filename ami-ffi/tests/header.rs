//! `include/ami.h` is what cbindgen generates from this crate today.

use std::path::PathBuf;

#[test]
fn header_matches_the_code() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config =
        cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).expect("cbindgen.toml");
    let mut out = Vec::new();
    cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates")
        .write(&mut out);
    let generated = String::from_utf8(out).unwrap();
    let path = crate_dir.join("../include/ami.h");
    if std::env::var_os("AMI_REGEN_HEADER").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/ami.h is out of date: run AMI_REGEN_HEADER=1 cargo test -p ami-ffi --test header"
    );
}
