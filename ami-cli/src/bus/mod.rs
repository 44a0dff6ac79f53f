//! The Redis bus: one way to reach Redis (a single server or a cluster,
//! plain or TLS), error causes for the metrics, a reconnect backoff, and the
//! three users of it: the event [`publisher`], the action [`gateway`] and
//! the [`shard`] assignment of servers to workers.

pub(crate) mod gateway;
pub(crate) mod publisher;
pub(crate) mod request;
pub(crate) mod shard;
pub(crate) mod stats;

use std::time::Duration;

use redis::cluster::{ClusterConnection, ClusterPipeline};
use redis::{
    Cmd, ConnectionLike, ErrorKind, Pipeline, RedisError, RedisResult, ServerErrorKind, Value,
};

/// A connection to a single Redis or to a Redis Cluster. Single commands go
/// through [`ConnectionLike`] (a cluster routes them by key and follows
/// redirections); pipelines go through [`Conn::replies`] or
/// [`Conn::query_all`], because the cluster connection cannot run a plain
/// [`Pipeline`] and its own pipeline cannot keep the replies of the other
/// commands when one gets an error reply.
pub(crate) enum Conn {
    /// One server.
    Single(redis::Connection),
    /// A Redis Cluster.
    Cluster(Box<ClusterConnection>),
}

/// One command's outcome in a pipeline: its reply, or the error reply
/// Redis gave it (`-ERR`, `-BUSYGROUP`, `-MOVED` past the retries, ...).
pub(crate) type Reply = Result<Value, RedisError>;

impl Conn {
    /// Runs `p` and returns one [`Reply`] per command, in order; the outer
    /// error is a failure of the link itself (timeout, closed, unparsable
    /// reply): the link is then out of step and must be dropped.
    ///
    /// A single server gets one pipeline. A cluster gets the commands one
    /// at a time (a round trip each, routed by key): its pipeline would
    /// lose the replies of the other commands whenever one fails, and these
    /// pipelines carry writes that must not be sent twice.
    pub(crate) fn replies(&mut self, p: &mut Pipeline) -> RedisResult<Vec<Reply>> {
        match self {
            Self::Single(c) => {
                let values: Vec<Value> = p.ignore_errors().query(c)?;
                Ok(values
                    .into_iter()
                    .map(|v| match v {
                        Value::ServerError(e) => Err(e.into()),
                        v => Ok(v),
                    })
                    .collect())
            }
            Self::Cluster(c) => {
                let mut out = Vec::new();
                for cmd in p.cmd_iter() {
                    match c.req_command(cmd) {
                        Ok(Value::ServerError(e)) => out.push(Err(e.into())),
                        Ok(v) => out.push(Ok(v)),
                        Err(e) if breaks_link(&e) => return Err(e),
                        Err(e) => out.push(Err(e)),
                    }
                }
                Ok(out)
            }
        }
    }

    /// Runs `p` where any error reply fails the whole call (reads): one
    /// pipeline on a single server, one per node on a cluster.
    pub(crate) fn query_all(&mut self, p: &Pipeline) -> RedisResult<Vec<Value>> {
        match self {
            Self::Single(c) => p.query(c),
            Self::Cluster(c) => cluster_pipe(p).query(c),
        }
    }

    /// Runs `p` for the count of its error replies only (the event
    /// publisher: the values of the accepted commands are not needed).
    /// Returns how many commands were accepted and the errors of the rest.
    /// On a cluster this is one pipeline per node when `per_node` (a
    /// cluster pipeline refuses some commands, such as `PUBLISH`: those
    /// are sent one at a time).
    pub(crate) fn outcomes(
        &mut self,
        p: &mut Pipeline,
        per_node: bool,
    ) -> RedisResult<(u64, Vec<RedisError>)> {
        let replies = match self {
            Self::Cluster(c) if per_node => {
                let n = p.cmd_iter().count() as u64;
                return match cluster_pipe(p).query::<Vec<Value>>(c) {
                    Ok(_) => Ok((n, Vec::new())),
                    Err(e) => match e.clone().into_server_errors() {
                        Some(errors) => Ok((
                            n.saturating_sub(errors.len() as u64),
                            errors.iter().map(|(_, e)| e.clone().into()).collect(),
                        )),
                        None => Err(e),
                    },
                };
            }
            _ => self.replies(p)?,
        };
        let mut ok = 0;
        let mut errors = Vec::new();
        for r in replies {
            match r {
                Ok(_) => ok += 1,
                Err(e) => errors.push(e),
            }
        }
        Ok((ok, errors))
    }
}

/// The same commands as a cluster pipeline (split per node by the client).
fn cluster_pipe(p: &Pipeline) -> ClusterPipeline {
    let mut cp = ClusterPipeline::with_capacity(p.len());
    for c in p.cmd_iter() {
        cp.add_command(c.clone());
    }
    cp
}

impl ConnectionLike for Conn {
    fn req_packed_command(&mut self, cmd: &[u8]) -> RedisResult<Value> {
        match self {
            Self::Single(c) => c.req_packed_command(cmd),
            Self::Cluster(c) => c.req_packed_command(cmd),
        }
    }

    fn req_packed_commands(
        &mut self,
        cmd: &[u8],
        offset: usize,
        count: usize,
    ) -> RedisResult<Vec<Value>> {
        match self {
            Self::Single(c) => c.req_packed_commands(cmd, offset, count),
            Self::Cluster(c) => c.req_packed_commands(cmd, offset, count),
        }
    }

    fn req_command(&mut self, cmd: &Cmd) -> RedisResult<Value> {
        match self {
            Self::Single(c) => c.req_command(cmd),
            Self::Cluster(c) => c.req_command(cmd),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            Self::Single(c) => c.get_db(),
            Self::Cluster(c) => c.get_db(),
        }
    }

    fn supports_pipelining(&self) -> bool {
        matches!(self, Self::Single(_))
    }

    fn check_connection(&mut self) -> bool {
        match self {
            Self::Single(c) => c.check_connection(),
            Self::Cluster(c) => c.check_connection(),
        }
    }

    fn is_open(&self) -> bool {
        match self {
            Self::Single(c) => c.is_open(),
            Self::Cluster(c) => c.is_open(),
        }
    }
}

/// Where Redis is and how long to wait for it.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    urls: Vec<String>,
    cluster: bool,
    /// Bounds the TCP connect plus the connection's setup commands (AUTH,
    /// SELECT, CLIENT SETINFO).
    pub(crate) connect_timeout: Duration,
    /// Bounds every read and write after that: a Redis that never answers
    /// costs this much, then the link is dropped and counted.
    pub(crate) io_timeout: Duration,
}

impl Target {
    /// Checks the URLs (`redis://[user:pass@]host:port[/db]`, `rediss://`
    /// for TLS); several URLs, or `cluster`, mean Redis Cluster seeds.
    pub(crate) fn new(
        urls: &[String],
        cluster: bool,
        io_timeout: Duration,
    ) -> Result<Self, String> {
        if urls.is_empty() {
            return Err("no Redis URL given".into());
        }
        for u in urls {
            let ok = (u.starts_with("redis://") || u.starts_with("rediss://"))
                && redis::parse_redis_url(u).is_some()
                && redis::Client::open(u.as_str()).is_ok();
            if !ok {
                return Err(format!(
                    "--redis: {:?} is not a redis://[USER:PASSWORD@]HOST:PORT[/DB] or rediss:// address",
                    mask_url(u)
                ));
            }
        }
        if urls.len() > 1 && !cluster {
            // Several seeds only make sense for a cluster.
            return Ok(Self {
                urls: urls.to_vec(),
                cluster: true,
                connect_timeout: io_timeout,
                io_timeout,
            });
        }
        Ok(Self {
            urls: urls.to_vec(),
            cluster,
            connect_timeout: io_timeout,
            io_timeout,
        })
    }

    /// The URLs with any password masked, for logs and errors.
    pub(crate) fn describe(&self) -> String {
        let urls: Vec<String> = self.urls.iter().map(|u| mask_url(u)).collect();
        urls.join(",")
    }

    /// Whether this is a Redis Cluster.
    pub(crate) fn is_cluster(&self) -> bool {
        self.cluster
    }

    /// Opens a connection with the connect and I/O timeouts applied.
    pub(crate) fn connect(&self) -> Result<Conn, RedisError> {
        if self.cluster {
            let c = redis::cluster::ClusterClient::builder(self.urls.clone())
                .connection_timeout(self.connect_timeout)
                .response_timeout(self.io_timeout)
                // Retries would hide failures from the counters and stretch
                // the time a call may take; the caller retries with backoff.
                .retries(1)
                .build()?
                .get_connection()?;
            c.set_read_timeout(Some(self.io_timeout))?;
            c.set_write_timeout(Some(self.io_timeout))?;
            return Ok(Conn::Cluster(Box::new(c)));
        }
        let c = redis::Client::open(self.urls[0].as_str())?
            .get_connection_with_timeout(self.connect_timeout)?;
        c.set_read_timeout(Some(self.io_timeout))?;
        c.set_write_timeout(Some(self.io_timeout))?;
        Ok(Conn::Single(c))
    }
}

/// Masks the password of a Redis URL.
pub(crate) fn mask_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    // The userinfo ends at the last '@' before the first '/'.
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return url.to_owned();
    };
    let user = rest[..at].split_once(':').map_or("", |(u, _)| u);
    format!("{scheme}://{user}:{}@{}", ami_proto::MASK, &rest[at + 1..])
}

/// The cause of a failure, as the `kind` label of `ami_redis_errors_total`.
pub(crate) fn error_kind(e: &RedisError) -> &'static str {
    if e.is_timeout() {
        return "timeout";
    }
    if e.is_connection_refusal() {
        return "refused";
    }
    if matches!(e.code(), Some("NOAUTH" | "WRONGPASS")) {
        return "auth";
    }
    match e.kind() {
        ErrorKind::Io if e.is_connection_dropped() => "closed",
        ErrorKind::Io => "io",
        ErrorKind::Parse => "parse",
        ErrorKind::AuthenticationFailed => "auth",
        ErrorKind::UnexpectedReturnType => "unexpected_reply",
        ErrorKind::InvalidClientConfig => "config",
        ErrorKind::ClusterConnectionNotFound => "cluster",
        ErrorKind::Server(
            ServerErrorKind::Moved
            | ServerErrorKind::Ask
            | ServerErrorKind::TryAgain
            | ServerErrorKind::ClusterDown
            | ServerErrorKind::CrossSlot
            | ServerErrorKind::MasterDown,
        ) => "cluster",
        ErrorKind::Server(ServerErrorKind::NoPerm) => "auth",
        ErrorKind::Server(ServerErrorKind::BusyLoading) => "loading",
        ErrorKind::Server(ServerErrorKind::ReadOnly) => "readonly",
        ErrorKind::Server(_) | ErrorKind::Extension => "server",
        _ => "other",
    }
}

/// Whether the link is unusable after this error (the reply stream may be
/// out of step): drop it and reconnect.
pub(crate) fn breaks_link(e: &RedisError) -> bool {
    !matches!(
        e.kind(),
        ErrorKind::Server(_) | ErrorKind::Extension | ErrorKind::UnexpectedReturnType
    ) || e.is_unrecoverable_error()
}

/// Reconnect delays: doubling from `min` to `max`, with jitter in the upper
/// half. It is reset only by a successful reply, never by a bare connect, so
/// a Redis that accepts and closes at once sees the delays grow.
#[derive(Debug)]
pub(crate) struct Backoff {
    min: Duration,
    max: Duration,
    next: Duration,
}

impl Backoff {
    /// Starts at `min`.
    pub(crate) fn new(min: Duration, max: Duration) -> Self {
        Self {
            min,
            max,
            next: min,
        }
    }

    /// A failure: the delay to wait now.
    pub(crate) fn failed(&mut self) -> Duration {
        let d = self.next;
        self.next = (self.next * 2).min(self.max);
        let half = d / 2;
        half + half.mul_f64(fastrand::f64())
    }

    /// A successful reply.
    pub(crate) fn succeeded(&mut self) {
        self.next = self.min;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_hides_the_password_only() {
        assert_eq!(
            mask_url("redis://u:secret@127.0.0.1:6379/2"),
            format!("redis://u:{}@127.0.0.1:6379/2", ami_proto::MASK)
        );
        assert_eq!(
            mask_url("redis://:p@ss@h:1"),
            format!("redis://:{}@h:1", ami_proto::MASK)
        );
        assert_eq!(mask_url("redis://127.0.0.1:1"), "redis://127.0.0.1:1");
    }

    #[test]
    fn backoff_grows_to_the_cap_and_resets_on_success() {
        let mut b = Backoff::new(Duration::from_millis(50), Duration::from_secs(2));
        let delays: Vec<Duration> = (0..10).map(|_| b.failed()).collect();
        assert!(delays[0] <= Duration::from_millis(50));
        assert!(delays[9] >= Duration::from_secs(1), "{delays:?}");
        assert!(delays.iter().all(|d| *d <= Duration::from_secs(2)));
        b.succeeded();
        assert!(b.failed() <= Duration::from_millis(50));
    }

    #[test]
    fn bad_urls_are_refused_with_the_password_masked() {
        let e =
            Target::new(&["http://u:pw@x:1".into()], false, Duration::from_secs(1)).unwrap_err();
        assert!(!e.contains("pw"), "{e}");
        assert!(
            Target::new(
                &["redis://127.0.0.1:1".into()],
                false,
                Duration::from_secs(1)
            )
            .is_ok()
        );
        let t = Target::new(
            &["redis://127.0.0.1:1".into(), "redis://127.0.0.1:2".into()],
            false,
            Duration::from_secs(1),
        )
        .unwrap();
        assert!(t.is_cluster());
    }
}
