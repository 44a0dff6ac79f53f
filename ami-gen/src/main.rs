//! `cargo run -p ami-gen`: rewrites the generated files and prints a summary.

fn main() {
    let root = ami_gen::workspace_root();
    let files = match ami_gen::generate(&root) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("ami-gen: {e}");
            std::process::exit(1);
        }
    };
    for f in files {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("ami-gen: {}: {e}", dir.display());
                std::process::exit(1);
            }
        }
        if let Err(e) = std::fs::write(&path, &f.text) {
            eprintln!("ami-gen: {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("wrote {} ({} bytes)", f.path.display(), f.text.len());
    }
}
