//! `ami-sim`: runs the simulated Asterisk standalone, so other tools can be
//! pointed at it.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use ami_sim::{CommandStyle, Sim};

const USAGE: &str = "\
usage: ami-sim [--listen ADDR] [--user NAME:SECRET]... [--reader NAME:SECRET]...
               [--version X.Y.Z] [--legacy-commands] [--system-name NAME]
               [--calls-per-second N] [--call-duration-ms MS] [--example-pbx]

A simulated Asterisk Manager Interface server (default 127.0.0.1:5038,
user admin:amp111). Runs until killed.";

fn parse(args: &[String]) -> Result<ami_sim::SimBuilder, String> {
    // Standalone, the simulator is as close to Asterisk 22 as it gets: the
    // library keeps these off only for tests that count events.
    let mut b = Sim::builder()
        .listen(SocketAddr::from(([127, 0, 0, 1], 5038)))
        .security_events(true)
        .local_channel_pairs(true);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        b = match flag.as_str() {
            "--listen" => {
                let v = value()?;
                b.listen(v.parse().map_err(|_| {
                    format!("--listen: {v:?} is not an address like 127.0.0.1:5038")
                })?)
            }
            "--user" | "--reader" => {
                let v = value()?;
                let (name, secret) = v.split_once(':').ok_or_else(|| {
                    format!(
                        "{flag}: expected NAME:SECRET, got {:?}",
                        v.split(':').next().unwrap_or("")
                    )
                })?;
                if flag == "--user" {
                    b.user(name, secret)
                } else {
                    b.reader(name, secret)
                }
            }
            "--version" => b.version(&value()?),
            "--legacy-commands" => b.command_style(CommandStyle::Legacy),
            "--system-name" => b.system_name(&value()?),
            "--calls-per-second" => {
                let v = value()?;
                b.calls_per_second(
                    v.parse()
                        .map_err(|_| format!("--calls-per-second: {v:?} is not a number"))?,
                )
            }
            "--call-duration-ms" => {
                let v = value()?;
                b.call_duration(Duration::from_millis(
                    v.parse()
                        .map_err(|_| format!("--call-duration-ms: {v:?} is not a number"))?,
                ))
            }
            "--example-pbx" => b.example_pbx(),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        };
    }
    Ok(b)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let builder = match parse(&args) {
        Ok(b) => b,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("ami-sim: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let cfg = builder.config();
    match builder.start() {
        Ok(sim) => {
            println!(
                "ami-sim: Asterisk {} (AMI {}) listening on {}",
                cfg.asterisk_version,
                cfg.ami_version,
                sim.addr()
            );
            loop {
                std::thread::park();
            }
        }
        Err(e) => {
            eprintln!("ami-sim: cannot listen on {}: {e}", cfg.listen);
            ExitCode::FAILURE
        }
    }
}
