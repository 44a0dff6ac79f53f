//! Bitmasks of line ends over 64-byte blocks: the decoder's hot loop finds
//! every line with bit operations instead of one search call per line.
// Unsafe here: SSE2 intrinsics (part of the x86_64 baseline).
#![allow(unsafe_code)]

/// Bytes per block.
pub(crate) const BLOCK: usize = 64;

/// Mask of the `\n`s in the 64 bytes of `buf` starting at `at`; bit `i`
/// stands for `buf[at + i]`. Bytes past the end of `buf` count as none.
#[inline]
pub(crate) fn newlines(buf: &[u8], at: usize) -> u64 {
    match buf.get(at..at + BLOCK) {
        Some(block) => {
            let block: &[u8; BLOCK] = block.try_into().unwrap_or_else(|_| unreachable!());
            block_mask(block, b'\n')
        }
        None => {
            let mut padded = [0u8; BLOCK];
            let tail = buf.get(at..).unwrap_or(&[]);
            padded[..tail.len()].copy_from_slice(tail);
            block_mask(&padded, b'\n')
        }
    }
}

/// SSE2 is part of the x86_64 baseline: four 16-byte compares.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn block_mask(block: &[u8; BLOCK], byte: u8) -> u64 {
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
fn block_mask(block: &[u8; BLOCK], byte: u8) -> u64 {
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
        for at in [0, 1, 63, 64, 200, 250, 299, 300] {
            let nl = newlines(&text, at);
            for i in 0..BLOCK {
                let b = text.get(at + i).copied();
                assert_eq!(nl >> i & 1 == 1, b == Some(b'\n'), "nl at {at}+{i}");
            }
        }
    }
}
