//! The build's parallel steps: every available core, on threads the build
//! spawns for itself (scoped), never a shared pool. A shared pool would let
//! a small build (an [`IncrementalIndex`](super::IncrementalIndex) apply
//! of a few fences) queue behind a compaction's tasks; with threads of its
//! own each build gets its share of the cores from the operating system,
//! and small inputs do not spawn at all.

use std::num::NonZero;
use std::thread;

/// The fewest cheap items (a hash, a sort key) worth a thread of their
/// own: fewer run on the caller's thread, where spawning would cost more
/// than it saves.
pub(super) const CHEAP: usize = 1 << 14;

/// How many threads a step over `len` items uses when a thread is worth
/// `min_each` of them: every available core for large inputs, one for
/// small ones.
pub(super) fn threads_for(len: usize, min_each: usize) -> usize {
    let cores = thread::available_parallelism().map_or(1, NonZero::get);
    cores.min(len / min_each.max(1)).max(1)
}

/// Runs `f` on every chunk of at most `chunk` items of `items`, one thread
/// a chunk, and returns the results in chunk order. A panic in `f` (a bug)
/// is propagated, never turned into a partial result.
pub(super) fn chunks<T: Sync, U: Send>(
    items: &[T],
    chunk: usize,
    f: impl Fn(usize, &[T]) -> U + Sync,
) -> Vec<U> {
    let chunk = chunk.max(1);
    if items.len() <= chunk {
        return vec![f(0, items)];
    }
    let f = &f;
    thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(i, c)| s.spawn(move || f(i * chunk, c)))
            .collect();
        handles.into_iter().map(join).collect()
    })
}

/// `f` of every item, in order, on every core for large inputs.
pub(super) fn map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let chunk = items.len().div_ceil(threads_for(items.len(), CHEAP));
    let parts = chunks(items, chunk, |_, c| c.iter().map(&f).collect::<Vec<U>>());
    let mut out = Vec::with_capacity(items.len());
    for part in parts {
        out.extend(part);
    }
    out
}

/// Applies `f` to every item in place, on every core for large inputs.
pub(super) fn for_each_mut<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync) {
    let threads = threads_for(items.len(), CHEAP);
    if threads == 1 {
        items.iter_mut().for_each(f);
        return;
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks_mut(chunk)
            .map(|c| s.spawn(move || c.iter_mut().for_each(f)))
            .collect();
        handles.into_iter().for_each(join);
    });
}

/// Sorts `items` by `key` (not stable), on every core for large inputs:
/// split around a median (`select_nth_unstable_by_key`, linear), sort the
/// halves at once, recursively.
pub(super) fn sort_unstable_by_key<T: Send, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K + Sync) {
    sort_on(items, threads_for(items.len(), CHEAP), &key);
}

fn sort_on<T: Send, K: Ord>(items: &mut [T], threads: usize, key: &(impl Fn(&T) -> K + Sync)) {
    if threads <= 1 || items.len() < CHEAP {
        items.sort_unstable_by_key(key);
        return;
    }
    let mid = items.len() / 2;
    items.select_nth_unstable_by_key(mid, key);
    let (low, high) = items.split_at_mut(mid);
    thread::scope(|s| {
        let other = s.spawn(|| sort_on(low, threads / 2, key));
        sort_on(high, threads - threads / 2, key);
        join(other);
    });
}

/// A scoped thread's result; its panic (a bug) goes on up.
fn join<U>(handle: thread::ScopedJoinHandle<'_, U>) -> U {
    match handle.join() {
        Ok(u) => u,
        Err(e) => std::panic::resume_unwind(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_steps_give_what_the_serial_ones_give() {
        let n = 3 * CHEAP + 17;
        // A fixed permutation with repeats: keys mod 1000.
        let items: Vec<u64> = (0..n as u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20)
            .collect();
        assert_eq!(
            map(&items, |x| x % 1000),
            items.iter().map(|x| x % 1000).collect::<Vec<_>>()
        );
        let mut sorted = items.clone();
        sort_unstable_by_key(&mut sorted, |x| *x % 1000);
        let mut expected = items.clone();
        expected.sort_by_key(|x| *x % 1000);
        let keys = |v: &[u64]| v.iter().map(|x| x % 1000).collect::<Vec<_>>();
        assert_eq!(keys(&sorted), keys(&expected));
        let mut a = sorted.clone();
        let mut b = expected.clone();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "a permutation of the input");
        let mut doubled = items.clone();
        for_each_mut(&mut doubled, |x| *x = x.wrapping_mul(2));
        assert_eq!(
            doubled,
            items.iter().map(|x| x.wrapping_mul(2)).collect::<Vec<_>>()
        );
        let starts = chunks(&items, 1000, |start, c| (start, c.len()));
        assert_eq!(starts.len(), n.div_ceil(1000));
        assert!(starts.iter().all(|&(s, _)| s % 1000 == 0));
        assert_eq!(starts.iter().map(|&(_, l)| l).sum::<usize>(), n);
    }
}
