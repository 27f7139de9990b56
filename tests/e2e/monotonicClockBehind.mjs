// Preloaded into the e2e server (tests/e2e/serve.ts): its monotonic clock, which Next measures
// cache entries with, runs ten minutes behind its wall clock, as on a machine that was suspended or
// whose clock was stepped forward after the server started. A CI run on such a machine once lost
// every cache drop; every caching test here runs under it (lib/cache/handler/clock.mjs).
const monotonic = performance.now.bind(performance)
performance.now = () => monotonic() - 10 * 60 * 1000
