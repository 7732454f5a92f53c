/**
 * The demo fleet's inference logs, so the Drift view is alive with nothing configured: for every
 * model an inference service serves, rows of request features and the model's score, as a pure
 * function of (seed, model, time). Some models' inputs drift gradually over the demo's fourteen
 * days (bigger baskets from phones, a new market, scores skewing high); most stay stable. Logs are
 * generated on demand for one model and one window at a time.
 */
package dev.fleetscope.simulator.inference;
