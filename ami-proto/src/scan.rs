//! Bitmasks of line ends over 64-byte blocks: the decoder's hot loop finds
//! every line with bit operations instead of one search call per line.
// Unsafe here: SSE2 intrinsics (part of the x86_64 baseline), and AVX2 ones
// behind runtime detection.
#![allow(unsafe_code)]

/// Bytes per block.
pub(crate) const BLOCK: usize = 64;

/// How a block's newline mask is computed: [`Baseline`] everywhere, [`Avx2`]
/// where the CPU has it. The decoder's hot loop is generic over it, so each
/// is inlined into its own copy of the loop.
pub(crate) trait Newlines: Copy {
    /// Bit `i` set where `block[i]` is `\n`.
    fn block(self, block: &[u8; BLOCK]) -> u64;

    /// Mask of the `\n`s in the 64 bytes of `buf` starting at `at`; bit `i`
    /// stands for `buf[at + i]`. Bytes past the end of `buf` count as none.
    #[inline(always)]
    fn at(self, buf: &[u8], at: usize) -> u64 {
        match buf.get(at..at + BLOCK) {
            Some(block) => {
                let block: &[u8; BLOCK] = block.try_into().unwrap_or_else(|_| unreachable!());
                self.block(block)
            }
            None => {
                let mut padded = [0u8; BLOCK];
                let tail = buf.get(at..).unwrap_or(&[]);
                padded[..tail.len()].copy_from_slice(tail);
                self.block(&padded)
            }
        }
    }
}

/// The mask with the target's baseline instructions (SSE2 on x86_64).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Baseline;

impl Newlines for Baseline {
    #[inline(always)]
    fn block(self, block: &[u8; BLOCK]) -> u64 {
        baseline_mask(block, b'\n')
    }
}

/// The mask with AVX2: proof that the CPU has it (made only by
/// [`Avx2::detect`]).
#[cfg(target_arch = "x86_64")]
#[derive(Debug, Clone, Copy)]
pub(crate) struct Avx2(());

#[cfg(target_arch = "x86_64")]
impl Avx2 {
    /// `Some` when this CPU has AVX2 (never under Miri, which runs the
    /// baseline).
    pub(crate) fn detect() -> Option<Self> {
        (!cfg!(miri) && std::arch::is_x86_feature_detected!("avx2")).then_some(Self(()))
    }
}

#[cfg(target_arch = "x86_64")]
impl Newlines for Avx2 {
    #[inline(always)]
    fn block(self, block: &[u8; BLOCK]) -> u64 {
        // SAFETY: an `Avx2` exists only when the CPU has AVX2 (`detect`).
        unsafe { avx2_mask(block, b'\n') }
    }
}

/// Two 32-byte compares.
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn avx2_mask(block: &[u8; BLOCK], byte: u8) -> u64 {
    use std::arch::x86_64::{
        __m256i, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_set1_epi8,
    };
    // SAFETY: the caller guarantees AVX2; both unaligned 32-byte loads read
    // inside the 64-byte array.
    unsafe {
        let needle = _mm256_set1_epi8(byte as i8);
        let lo = _mm256_loadu_si256(block.as_ptr().cast::<__m256i>());
        let hi = _mm256_loadu_si256(block.as_ptr().add(32).cast::<__m256i>());
        let lo = _mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, needle)) as u32 as u64;
        let hi = _mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, needle)) as u32 as u64;
        lo | hi << 32
    }
}

/// SSE2 is part of the x86_64 baseline: four 16-byte compares.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn baseline_mask(block: &[u8; BLOCK], byte: u8) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    let mut mask = 0u64;
    // SAFETY: SSE2 is part of the x86_64 baseline, so the intrinsics are
    // available; each unaligned 16-byte load reads inside the 64-byte array.
    unsafe {
        let needle = _mm_set1_epi8(byte as i8);
        for i in 0..BLOCK / 16 {
            let v = _mm_loadu_si128(block.as_ptr().add(i * 16).cast::<__m128i>());
            let m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, needle)) as u32 as u64;
            mask |= (m & 0xffff) << (i * 16);
        }
    }
    mask
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn baseline_mask(block: &[u8; BLOCK], byte: u8) -> u64 {
    let mut mask = 0u64;
    for (i, &b) in block.iter().enumerate() {
        mask |= u64::from(b == byte) << i;
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_matches_a_byte_loop() {
        let text: Vec<u8> = b"Event: X\r\nKey:\r\nno colon\nA: b: c\r\n\r\n"
            .iter()
            .copied()
            .cycle()
            .take(300)
            .collect();
        let check = |name: &str, mask: &dyn Fn(&[u8], usize) -> u64| {
            for at in [0, 1, 63, 64, 200, 250, 299, 300] {
                let nl = mask(&text, at);
                for i in 0..BLOCK {
                    let b = text.get(at + i).copied();
                    assert_eq!(nl >> i & 1 == 1, b == Some(b'\n'), "{name}: nl at {at}+{i}");
                }
            }
        };
        check("baseline", &|buf, at| Baseline.at(buf, at));
        #[cfg(target_arch = "x86_64")]
        if let Some(avx2) = Avx2::detect() {
            check("avx2", &|buf, at| avx2.at(buf, at));
        }
    }
}
