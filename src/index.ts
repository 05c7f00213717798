// faxbridge: the core API. The raw binding is the separate export faxbridge/winfax.
export * from './core/index.js';
