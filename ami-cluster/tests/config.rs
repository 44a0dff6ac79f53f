//! Configuration: defaults, every error naming its key, DNS policy.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

use std::net::SocketAddr;
use std::time::Duration;

use ami_cluster::{AmiClientManager, ClusterConfig, ConfigError, Resolver, SystemResolver};
use ami_conn::AuthMethod;

const BASE: &str = r#"
default = "node_1"

[servers.node_1]
host = "127.0.0.1"
port = 5038
username = "admin"
secret = "amp111"
timeout = 30
write_buffer_limit = 5242880
"#;

fn parse(text: &str) -> Result<ClusterConfig, ConfigError> {
    ClusterConfig::parse(text, &SystemResolver)
}

#[test]
fn seed_defaults() {
    let c = parse(BASE).unwrap();
    assert_eq!(c.default.as_deref(), Some("node_1"));
    assert_eq!(c.tick_timeout_ms, 25);
    assert!(c.enforce_ip_endpoints);
    let s = &c.servers[0];
    assert_eq!(s.addr, "127.0.0.1:5038".parse::<SocketAddr>().unwrap());
    let k = &s.conn;
    assert_eq!(k.connect_timeout, Duration::from_secs(10));
    assert_eq!(k.read_timeout, Duration::from_secs(30));
    assert_eq!(k.heartbeat_interval, Duration::from_secs(15));
    assert_eq!(k.max_frame_size, 1_048_576);
    assert_eq!(k.max_action_id_length, 128);
    assert_eq!(k.event_drop_log_interval, Duration::from_millis(1000));
    assert_eq!(k.circuit.failure_threshold, 5);
    assert_eq!(k.circuit.cooldown, Duration::from_secs(30));
    assert_eq!(k.circuit.half_open_max_probes, 1);
    assert_eq!(k.max_pending_actions, 5000);
    assert_eq!(k.write_buffer_limit, 5_242_880);
    assert_eq!(k.auth, AuthMethod::Plain);
    assert!(
        !format!("{k:?}").contains("amp111"),
        "Debug of the config hides the secret"
    );
}

#[test]
fn every_option_is_read() {
    let text = format!(
        "{BASE}auth = \"md5\"\nevents = \"system,call\"\n[options]\nconnect_timeout = 5\nread_timeout = 20\nheartbeat_interval = 7.5\n\
         max_frame_size = 65536\nmax_action_id_length = 64\nredaction_keys = [\"X-Token\"]\nredaction_key_patterns = [\"^pin\"]\n\
         redaction_value_patterns = [\"\\\\d{{16}}\"]\nenforce_ip_endpoints = true\nevent_drop_log_interval_ms = 250\n\
         circuit_failure_threshold = 3\ncircuit_cooldown = 12\ncircuit_half_open_max_probes = 2\nmax_pending_actions = 100\n\
         event_queue_capacity = 500\nwrite_buffer_limit = 65536\n[listen]\ntick_timeout_ms = 50\n"
    );
    let c = parse(&text).unwrap();
    let k = &c.servers[0].conn;
    assert_eq!(k.auth, AuthMethod::Md5);
    assert_eq!(k.events, "system,call");
    assert_eq!(k.heartbeat_interval, Duration::from_millis(7500));
    assert_eq!(k.circuit.half_open_max_probes, 2);
    assert_eq!(k.event_queue_capacity, 500);
    assert_eq!(
        k.write_buffer_limit, 5_242_880,
        "the server's own value wins over options"
    );
    assert!(k.redactor.is_secret_key(b"x-token") && k.redactor.is_secret_key(b"PinCode"));
    assert_eq!(c.tick_timeout_ms, 50);
}

#[test]
fn errors_name_the_key_and_value() {
    let cases: Vec<(String, &str)> = vec![
        (format!("{BASE}[options]\nconect_timeout = 5\n"), "unknown field `conect_timeout`"),
        (format!("{BASE}bogus = 1\n"), "unknown field `bogus`"),
        ("default = \"x\"\n[servers.x]\nhost = \"127.0.0.1\"\nusername = \"a\"\nsecret = \"s\"\nport = 0\n".into(), "servers.x.port: must be 1..=65535 (got 0)"),
        ("[servers.x]\nhost = \"127.0.0.1\"\nusername = \"a\"\nsecret = \"s\"\nport = 70000\n".into(), "servers.x.port"),
        (BASE.replace("default = \"node_1\"", "default = \"node_9\""), "config key default: names no server in [servers] (got node_9)"),
        (BASE.replace("127.0.0.1", "pbx.example.com"), "servers.node_1.host: must be a literal IP address"),
        (BASE.replace("secret = \"amp111\"", ""), "servers.node_1.secret: a secret or secret_env is required"),
        (BASE.replace("secret = \"amp111\"", "secret_env = \"AMI_TEST_UNSET_VAR_42\""), "environment variable AMI_TEST_UNSET_VAR_42 is not set"),
        (BASE.replace("timeout = 30", "timeout = -1"), "servers.node_1.timeout: must be a positive number of seconds (got -1)"),
        (BASE.replace("timeout = 30", "timeout = \"soon\""), "timeout"),
        (format!("{BASE}[options]\nheartbeat_interval = 60\n"), "options.heartbeat_interval: must be shorter than options.read_timeout"),
        (format!("{BASE}[options]\nredaction_value_patterns = [\"(\"]\n"), "options.redaction_*_patterns"),
        (format!("{BASE}[listen]\ntick_timeout_ms = 500\n"), "listen.tick_timeout_ms: must be 0..=250 (got 500)"),
        (format!("{BASE}[listen]\ntick_timeout_ms = -1\n"), "listen.tick_timeout_ms"),
        (format!("{BASE}[options]\ncircuit_failure_threshold = 0\n"), "options.circuit_failure_threshold: must be 1..=1000000 (got 0)"),
        ("[servers.node_1]\nhost = \"127.0.0.1\"\n".into(), "missing field `username`"),
        ("this is = not toml [".into(), "config:"),
        (BASE.replace("auth", "x").replace("write_buffer_limit = 5242880", "auth = \"kerberos\""), "unknown variant `kerberos`"),
    ];
    for (text, want) in cases {
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains(want), "expected {want:?} in {err:?}");
        assert!(!err.contains("amp111"), "secret in error: {err}");
    }
    // TOML errors carry the line and column.
    let err = parse("default = \"a\"\n[servers.a]\nhost = 127.0.0.1\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 3"), "{err}");
}

#[test]
fn secret_from_environment() {
    // SAFETY: this test binary sets the variable before any thread reads it.
    unsafe { std::env::set_var("AMI_TEST_SECRET_ENV", "from-env") };
    let c = parse(&BASE.replace(
        "secret = \"amp111\"",
        "secret_env = \"AMI_TEST_SECRET_ENV\"",
    ))
    .unwrap();
    assert_eq!(c.servers[0].conn.secret.expose(), "from-env");
    let err = parse(&BASE.replace(
        "secret = \"amp111\"",
        "secret = \"x\"\nsecret_env = \"AMI_TEST_SECRET_ENV\"",
    ))
    .unwrap_err();
    assert!(err.to_string().contains("not both"));
}

struct FakeDns;

impl Resolver for FakeDns {
    fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
        match host {
            "pbx.test" => Ok(vec![SocketAddr::from(([127, 0, 0, 9], port))]),
            _ => Err(format!("no such host {host}")),
        }
    }
}

#[test]
fn dns_policy() {
    let text = BASE.replace("127.0.0.1", "pbx.test");
    assert!(
        ClusterConfig::parse(&text, &FakeDns).is_err(),
        "hostnames refused by default"
    );
    let text = format!("{text}[options]\nenforce_ip_endpoints = false\n");
    let c = ClusterConfig::parse(&text, &FakeDns).unwrap();
    assert_eq!(
        c.servers[0].addr,
        "127.0.0.9:5038".parse::<SocketAddr>().unwrap()
    );
    let err =
        ClusterConfig::parse(&text.replace("pbx.test", "nowhere.test"), &FakeDns).unwrap_err();
    assert_eq!(
        err,
        ConfigError::Resolve {
            key: "servers.node_1.host".into(),
            host: "nowhere.test".into(),
            reason: "no such host nowhere.test".into()
        }
    );
}

#[test]
fn manager_from_config_and_file_errors() {
    let two = format!(
        "{BASE}\n[servers.node_2]\nhost = \"127.0.0.1\"\nport = 5039\nusername = \"u\"\nsecret = \"s\"\n"
    );
    let c = parse(&two.replace("default = \"node_1\"", "default = \"node_2\"")).unwrap();
    let mut m = AmiClientManager::from_config(&c).unwrap();
    assert_eq!(m.server_keys(), ["node_1", "node_2"]);
    assert_eq!(m.default_server().unwrap().key(), "node_2");
    let err = ClusterConfig::load(std::path::Path::new("/nonexistent/ami.toml")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot read config /nonexistent/ami.toml"),
        "{err}"
    );
}

#[test]
fn hostile_config_errors_never_echo_the_source() {
    // A typo next to the secret, an unterminated string, trailing junk, an
    // unquoted numeric secret: the error keeps the message, line and column,
    // and names the key, but never repeats the source line or the value.
    let secret = "S3cr3tValue9";
    let cases: Vec<(String, &str)> = vec![
        (
            format!(
                "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"{secret}\"\nsecrte = \"{secret}\"\n"
            ),
            "line 5",
        ),
        (
            format!("[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"{secret}\n"),
            "line 4",
        ),
        (
            format!(
                "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"{secret}\" {secret}\n"
            ),
            "line 4",
        ),
        (
            "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = 987654321\n".to_owned(),
            "(key secret): invalid type: integer, expected",
        ),
    ];
    for (text, want) in cases {
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains(want), "expected {want:?} in {err:?}");
        for leak in [secret, "987654321", "S3cr3t"] {
            assert!(!err.contains(leak), "secret in error: {err}");
        }
        assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    }
}

#[test]
fn hostile_limits_out_of_range_name_key_and_value() {
    for (option, value) in [
        ("max_frame_size", "4294967296"),
        ("max_frame_size", "9223372036854775807"),
        ("max_action_bytes", "9223372036854775807"),
        ("max_action_bytes", "10"),
        ("max_list_items", "0"),
        ("event_queue_capacity", "100000000000"),
        ("max_pending_actions", "-1"),
        ("max_action_id_length", "5000"),
        ("circuit_failure_threshold", "99999999999"),
        ("backoff_reset_after", "-3"),
    ] {
        let text = format!("{BASE}[options]\n{option} = {value}\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.contains(&format!("options.{option}")) && err.contains(value),
            "{option} = {value}: {err}"
        );
    }
    let ok = parse(&format!(
        "{BASE}[options]\nmax_action_bytes = 1048576\nmax_list_items = 500\nbackoff_reset_after = 2.5\n"
    ))
    .unwrap();
    let c = &ok.servers[0].conn;
    assert_eq!(c.max_action_bytes, 1_048_576);
    assert_eq!(c.max_list_items, 500);
    assert_eq!(
        c.backoff_reset_after,
        std::time::Duration::from_millis(2500)
    );
}

#[test]
fn tls_options_are_checked_at_load_and_name_their_key() {
    let base = "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"s\"\n";
    let pin = "ab".repeat(32);
    // tls = true: the default port becomes 5039; pins alone need no CA.
    let c = parse(&format!("{base}tls = true\ntls_pin_sha256 = \"{pin}\"\n")).unwrap();
    assert_eq!(c.servers[0].addr.port(), 5039);
    assert_eq!(
        c.servers[0].tls.as_ref().unwrap().server_name(),
        "127.0.0.1"
    );
    let c = parse(&format!(
        "{base}tls = true\ntls_server_name = \"pbx.example.net\"\ntls_pin_sha256 = [\"{pin}\"]\nport = 6000\n"
    ))
    .unwrap();
    assert_eq!(c.servers[0].addr.port(), 6000);
    assert_eq!(
        c.servers[0].tls.as_ref().unwrap().server_name(),
        "pbx.example.net"
    );
    assert!(parse(base).unwrap().servers[0].tls.is_none());
    for (extra, key, want) in [
        (
            "tls = true\ntls_pin_sha256 = \"xyz\"\n",
            "servers.a.tls_pin_sha256",
            "64 hex digits",
        ),
        (
            "tls = true\ntls_ca_file = \"/nonexistent/ca.pem\"\n",
            "servers.a.tls_ca_file",
            "/nonexistent/ca.pem",
        ),
        (
            "tls = true\ntls_pin_sha256 = \"PIN\"\ntls_client_cert = \"/nonexistent/c.pem\"\n",
            "servers.a.tls_client_key",
            "go together",
        ),
        (
            "tls_pin_sha256 = \"PIN\"\n",
            "servers.a.tls",
            "tls is not true",
        ),
        (
            "tls = true\ntls_server_name = \"bad name!\"\ntls_pin_sha256 = \"PIN\"\n",
            "servers.a.tls_server_name",
            "invalid server name",
        ),
    ] {
        let text = format!("{base}{}", extra.replace("PIN", &pin));
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains(key) && err.contains(want), "{extra}: {err}");
    }
}

#[test]
fn builder_shares_the_toml_validation_and_the_manager_holds_the_cadence() {
    let cfg = ClusterConfig::builder()
        .server("a", "127.0.0.1", 5038, "admin", "amp111")
        .server("b", "127.0.0.1", 5039, "admin", "amp111")
        .server_option("b", "tls", true)
        .server_option("b", "tls_pin_sha256", "ab".repeat(32))
        .option("backoff_base", 0.05)
        .tick_timeout_ms(40)
        .default_server("b")
        .build()
        .unwrap();
    assert_eq!(cfg.servers.len(), 2);
    assert!(cfg.servers[1].tls.is_some());
    assert_eq!(cfg.servers[0].conn.backoff.base, Duration::from_millis(50));
    let m = AmiClientManager::from_config(&cfg).unwrap();
    assert_eq!(m.tick_timeout_ms(), 40);
    // The same errors as a file, naming the key.
    let err = ClusterConfig::builder()
        .server("a", "127.0.0.1", 0, "admin", "amp111")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("servers.a.port"), "{err}");
    let err = ClusterConfig::builder()
        .server("a", "127.0.0.1", 5038, "admin", "amp111")
        .option("conect_timeout", 5.0)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("conect_timeout"), "{err}");
    // Options are checked even without servers.
    let err = ClusterConfig::builder()
        .option("max_frame_size", 1)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("options.max_frame_size"), "{err}");
    assert!(ClusterConfig::from_toml("[options]\nread_timeout = -1\n").is_err());
    // Literal IPs need no resolver.
    let c = ClusterConfig::from_toml(
        "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"s\"\n",
    )
    .unwrap();
    assert_eq!(c.servers[0].key, "a");
}
