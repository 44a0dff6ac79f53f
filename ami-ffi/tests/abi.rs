//! The ABI check: the functions libami.so exports (`nm -D --defined-only`)
//! and the ones include/ami.h declares are both exactly the committed list
//! `ami-ffi/abi/symbols.txt`, so an accidental removal or rename fails.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::{lib_dir, root};

fn committed() -> BTreeSet<String> {
    std::fs::read_to_string(root().join("ami-ffi/abi/symbols.txt"))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn diff(what: &str, got: &BTreeSet<String>, want: &BTreeSet<String>) {
    let missing: Vec<_> = want.difference(got).collect();
    let extra: Vec<_> = got.difference(want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what} differs from ami-ffi/abi/symbols.txt: missing {missing:?}, not listed {extra:?} \
         (a removal or rename breaks the ABI; list an intended addition there)"
    );
}

#[test]
fn exported_symbols_are_the_committed_list() {
    let out = Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(lib_dir().join("libami.so"))
        .output()
        .expect("nm (binutils)");
    assert!(out.status.success());
    let got: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2))
        .filter(|s| !s.starts_with('_'))
        .map(str::to_owned)
        .collect();
    diff("libami.so's exports", &got, &committed());
}

#[test]
fn header_functions_are_the_committed_list() {
    let header = std::fs::read_to_string(root().join("include/ami.h")).unwrap();
    // A declaration: `<type> ami_name(` at the start of a line (cbindgen
    // writes one per line; the arguments may continue on the next lines).
    let got: BTreeSet<String> = header
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with("//") && !l.starts_with('#'))
        .filter_map(|l| {
            let name = l.split('(').next()?.split_whitespace().last()?;
            let name = name.trim_start_matches('*');
            (l.contains('(') && name.starts_with("ami_")).then(|| name.to_owned())
        })
        .collect();
    diff("include/ami.h's functions", &got, &committed());
}
