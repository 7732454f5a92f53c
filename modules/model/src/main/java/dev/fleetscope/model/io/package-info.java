/**
 * Files Fleetscope owns, written so that nothing is lost ({@link AtomicFiles}) and read so that a
 * torn one is kept for the user rather than replaced ({@link BrokenFiles}).
 */
package dev.fleetscope.model.io;
