//! Reconnect backoff: exponential ceilings with full jitter.

use std::time::Duration;

use crate::config::BackoffConfig;

/// Delays between reconnect attempts. Attempt `n` waits a uniformly random
/// time in `[0, min(max, base * 2^n)]` ("full jitter"), which spreads the
/// reconnects of many clients that lost the same server at once.
#[derive(Debug, Clone)]
pub struct Backoff {
    cfg: BackoffConfig,
    attempt: u32,
    rng: fastrand::Rng,
}

impl Backoff {
    /// A backoff seeded for reproducible delays.
    pub fn new(cfg: BackoffConfig, seed: u64) -> Self {
        Self {
            cfg,
            attempt: 0,
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// The ceiling for the next delay.
    pub fn ceiling(&self) -> Duration {
        let factor = 1u32.checked_shl(self.attempt.min(20)).unwrap_or(u32::MAX);
        self.cfg.base.saturating_mul(factor).min(self.cfg.max)
    }

    /// The next delay; each call raises the ceiling until `max`.
    pub fn next_delay(&mut self) -> Duration {
        let ceiling = self.ceiling();
        self.attempt = self.attempt.saturating_add(1);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(self.rng.u64(0..=nanos))
    }

    /// The delay after an authentication failure: the secret will not fix
    /// itself, so at least half the largest ceiling (jitter in the upper
    /// half), and the ceiling stays at its largest.
    pub fn penalty_delay(&mut self) -> Duration {
        self.attempt = 20;
        let half = u64::try_from((self.cfg.max / 2).as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(half.saturating_add(self.rng.u64(0..=half)))
    }

    /// Back to the first ceiling (after a successful login).
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceilings_double_up_to_max_and_delays_stay_under_them() {
        let cfg = BackoffConfig {
            base: Duration::from_millis(100),
            max: Duration::from_secs(2),
        };
        let mut b = Backoff::new(cfg, 7);
        let mut ceilings = Vec::new();
        for _ in 0..8 {
            let c = b.ceiling();
            let d = b.next_delay();
            assert!(d <= c);
            ceilings.push(c.as_millis());
        }
        assert_eq!(ceilings, [100, 200, 400, 800, 1600, 2000, 2000, 2000]);
        b.reset();
        assert_eq!(b.ceiling(), Duration::from_millis(100));
        let d = b.penalty_delay();
        assert!(d >= Duration::from_secs(1) && d <= Duration::from_secs(2));
        assert_eq!(b.ceiling(), Duration::from_secs(2));
    }

    #[test]
    fn jitter_spreads_delays() {
        let cfg = BackoffConfig::default();
        let delays: Vec<Duration> = (0..50)
            .map(|seed| {
                let mut b = Backoff::new(cfg, seed);
                b.next_delay();
                b.next_delay()
            })
            .collect();
        let distinct: std::collections::HashSet<_> = delays.iter().collect();
        assert!(distinct.len() > 45, "{} distinct of 50", distinct.len());
    }
}
