package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.Evidence;
import java.time.Instant;
import java.util.Optional;

/**
 * A rule's value for one subject at one evaluation, before the threshold and scope are applied.
 *
 * @param value in the unit of the rule's kind
 * @param heldSince since when the inputs themselves show the condition holding (a GPU's history
 *     idle for five hours), when they do; otherwise the engine counts from when it first saw it
 * @param summary one line for a person, naming the subject and the value
 */
public record Measurement(
    Subject subject,
    double value,
    Optional<Instant> heldSince,
    String summary,
    AlertLink link,
    Evidence evidence) {}
