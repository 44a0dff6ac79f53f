//! Routing strategies: which Ready server an action goes to.

/// How [`crate::AmiClientManager::send`] picks a server. Every strategy
/// picks only `Ready` servers and errs when none is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Routing {
    /// Ready servers in turn.
    #[default]
    RoundRobin,
    /// The first Ready server of this list, in order.
    Failover(Vec<String>),
    /// Always this server (an error when it is not Ready).
    Explicit(String),
}

impl Routing {
    /// The strategy's name, for errors and metrics.
    pub fn name(&self) -> &'static str {
        match self {
            Self::RoundRobin => "round_robin",
            Self::Failover(_) => "failover",
            Self::Explicit(_) => "explicit",
        }
    }
}
