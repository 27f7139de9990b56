// @ts-check
// Plain JS: Next loads the cache handler by its path at run time, outside the TypeScript build.

/**
 * The cache keeps every moment in wall-clock time (Date.now): several instances sharing one cache
 * can only agree on that. Next measures an entry's age with its own clock, `performance.timeOrigin
 * + performance.now()`, which is the wall clock at start plus a monotonic count: it falls behind
 * the wall clock whenever the machine is suspended or its clock is stepped forward, and stays
 * behind. Next's own cache wrote a drop in one clock and checked it in the other, so after such a
 * jump every drop took effect that much later (a CI machine lost all of them); here the only
 * conversion is at the boundary, when an entry is handed to Next.
 */
export const wallNow = () => Date.now()

/** A wall-clock moment on Next's clock, by the two clocks' difference now. */
export const toNextClock = (/** @type {number} */ wallMoment) => wallMoment - (Date.now() - (performance.timeOrigin + performance.now()))
