package dev.fleetscope.cost.opencost;

import java.io.IOException;

/**
 * OpenCost answered something that is not the allocation API's JSON; the message names the URL and
 * the field at fault, with a short excerpt.
 */
public final class OpenCostAnswerException extends IOException {
  OpenCostAnswerException(String target, String problem) {
    super("OpenCost " + target + " answered " + problem);
  }

  OpenCostAnswerException(String target, String problem, Throwable cause) {
    super("OpenCost " + target + " answered " + problem, cause);
  }
}
