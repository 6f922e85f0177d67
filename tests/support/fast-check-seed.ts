import fc from "fast-check";

// Property tests use one fixed seed so that CI runs are repeatable; change it to explore.
fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261124) });
