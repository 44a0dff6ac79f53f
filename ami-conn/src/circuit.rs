//! The circuit breaker: `Closed -> Open (cooldown) -> HalfOpen (max probes)
//! -> Closed`, so a dead or misconfigured server is not hammered.

use std::time::Instant;

use crate::config::CircuitConfig;

/// Where the breaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CircuitState {
    /// Attempts allowed; counting consecutive failures.
    Closed,
    /// No attempts until the cooldown ends.
    Open,
    /// A limited number of probe attempts allowed.
    HalfOpen,
}

/// The breaker. Pure: the caller passes `now`.
#[derive(Debug, Clone)]
pub struct Circuit {
    cfg: CircuitConfig,
    state: CircuitState,
    failures: u32,
    open_until: Option<Instant>,
    probes: u32,
    opened: u64,
}

impl Circuit {
    /// A closed breaker.
    pub fn new(cfg: CircuitConfig) -> Self {
        Self {
            cfg,
            state: CircuitState::Closed,
            failures: 0,
            open_until: None,
            probes: 0,
            opened: 0,
        }
    }

    /// The state, as of `now` (an elapsed cooldown reads as half-open).
    pub fn state(&self, now: Instant) -> CircuitState {
        match (self.state, self.open_until) {
            (CircuitState::Open, Some(until)) if now >= until => CircuitState::HalfOpen,
            (s, _) => s,
        }
    }

    /// When an open breaker lets a probe through.
    pub fn open_until(&self) -> Option<Instant> {
        (self.state == CircuitState::Open)
            .then_some(self.open_until)
            .flatten()
    }

    /// Times it opened.
    pub fn times_opened(&self) -> u64 {
        self.opened
    }

    /// Consecutive failures counted.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// Whether an attempt may start now.
    pub fn allows(&self, now: Instant) -> bool {
        match self.state(now) {
            CircuitState::Closed => true,
            CircuitState::Open => false,
            CircuitState::HalfOpen => self.probes < self.cfg.half_open_max_probes.max(1),
        }
    }

    /// An attempt starts (counted as a probe when half-open).
    pub fn on_attempt(&mut self, now: Instant) {
        if self.state(now) == CircuitState::HalfOpen {
            self.state = CircuitState::HalfOpen;
            self.open_until = None;
            self.probes += 1;
        }
    }

    /// An attempt reached `Ready`: the breaker closes.
    pub fn on_success(&mut self) {
        self.state = CircuitState::Closed;
        self.failures = 0;
        self.probes = 0;
        self.open_until = None;
    }

    /// An attempt failed. Returns true when this opened the breaker.
    pub fn on_failure(&mut self, now: Instant) -> bool {
        self.failures = self.failures.saturating_add(1);
        let reopen = self.state(now) == CircuitState::HalfOpen;
        if reopen || self.failures >= self.cfg.failure_threshold.max(1) {
            self.state = CircuitState::Open;
            self.open_until = Some(now + self.cfg.cooldown);
            self.probes = 0;
            self.opened += 1;
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn opens_after_threshold_half_opens_after_cooldown_and_closes_on_success() {
        let cfg = CircuitConfig {
            failure_threshold: 3,
            cooldown: Duration::from_secs(10),
            half_open_max_probes: 1,
        };
        let t0 = Instant::now();
        let mut c = Circuit::new(cfg);
        assert!(!c.on_failure(t0));
        assert!(!c.on_failure(t0));
        assert!(c.allows(t0));
        assert!(c.on_failure(t0));
        assert_eq!(c.state(t0), CircuitState::Open);
        assert!(!c.allows(t0 + Duration::from_secs(9)));
        let t1 = t0 + Duration::from_secs(10);
        assert_eq!(c.state(t1), CircuitState::HalfOpen);
        assert!(c.allows(t1));
        c.on_attempt(t1);
        assert!(!c.allows(t1), "one probe at a time");
        // The probe fails: open again for a full cooldown.
        assert!(c.on_failure(t1));
        assert!(!c.allows(t1 + Duration::from_secs(5)));
        let t2 = t1 + Duration::from_secs(10);
        c.on_attempt(t2);
        c.on_success();
        assert_eq!(c.state(t2), CircuitState::Closed);
        assert_eq!(c.failures(), 0);
        assert_eq!(c.times_opened(), 2);
    }
}
