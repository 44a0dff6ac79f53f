//! The committed generated files are what the generator makes from the spec
//! and the captures today.

#[test]
fn generated_files_match_the_spec() {
    let root = ami_gen::workspace_root();
    let files = ami_gen::generate(&root).expect("generator runs");
    let regen = std::env::var_os("AMI_REGEN_SPEC").is_some();
    let mut stale = Vec::new();
    for f in files {
        let path = root.join(&f.path);
        if regen {
            std::fs::write(&path, &f.text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != f.text {
            stale.push(f.path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} out of date: run `cargo run -p ami-gen` (or AMI_REGEN_SPEC=1 cargo test -p ami-gen --test drift)"
    );
}
