// The cost of one call from JS into the host (a no-op op): the tax every module pays.
// jsrig engines only: it uses `jsrig:bench`.
const { bench, hostCall } = require('jsrig:bench');
bench('host call (no-op op)', () => hostCall());
bench('JS function call', () => Math.abs(-1));
