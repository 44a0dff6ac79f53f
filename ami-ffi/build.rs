//! Gives libami.so a versioned soname (cargo-c's rule: `libami.so.MAJOR`,
//! or `libami.so.0.MINOR` before 1.0), so that programs linked against it
//! ask for a compatible version. Writes nothing anywhere.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_default();
    let minor = std::env::var("CARGO_PKG_VERSION_MINOR").unwrap_or_default();
    let soname = if major == "0" {
        format!("libami.so.0.{minor}")
    } else {
        format!("libami.so.{major}")
    };
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,{soname}");
    }
}
