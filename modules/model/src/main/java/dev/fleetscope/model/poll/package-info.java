/**
 * One polling runtime for every kind of source: {@link dev.fleetscope.model.poll.SourcePoller}
 * polls each {@link dev.fleetscope.model.poll.PolledSource} on a virtual thread of its own at its
 * own interval, keeps each one's last good answer and {@link dev.fleetscope.model.SourceStatus},
 * and publishes an immutable {@link dev.fleetscope.model.poll.PollerState} after every change.
 * Fleet sources (merged into a {@code FleetSnapshot} by the runtime's {@code LiveFleet}) and
 * pipeline sources (a {@code PipelineBoard} in the pipelines module) are polled by it alike.
 */
package dev.fleetscope.model.poll;
