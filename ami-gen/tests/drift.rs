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

/// The generated Python module imports and reads a view (skipped without
/// python3).
#[test]
fn python_helpers_import_and_read() {
    let root = ami_gen::workspace_root();
    let script = r#"
import sys
sys.path.insert(0, sys.argv[1])
import ami_events as e
class M:
    def __init__(self, event, d):
        self.event, self.d = event, d
    def get(self, k):
        return next((v for kk, v in self.d.items() if kk.lower() == k.lower()), None)
h = e.typed(M("Hangup", {"Cause": "16", "Channel": "PJSIP/1", "Uniqueid": "u1"}))
assert (h.cause, h.channel.name, h.channel.uniqueid) == (16, "PJSIP/1", "u1")
d = e.typed(M("DialBegin", {"DestChannel": "PJSIP/2"}))
assert d.dest_channel.name == "PJSIP/2"
assert e.typed(M("PresenceStateChange", {"Message": "hi"})).message == "hi"
assert e.typed(M("Nope", {})) is None
print(len(e.EVENTS))
"#;
    let Ok(out) = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(root.join("bindings/python"))
        .output()
    else {
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "180");
}
