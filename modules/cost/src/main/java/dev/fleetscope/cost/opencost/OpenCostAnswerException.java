package dev.fleetscope.cost.opencost;

import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.net.UnreadableAnswerException;

/**
 * OpenCost answered something that is not the allocation API's JSON; the message names the URL, the
 * status and the field at fault, and quotes the start of the answer.
 */
public final class OpenCostAnswerException extends CostHttp.BadAnswer {
  OpenCostAnswerException(UnreadableAnswerException cause) {
    super("OpenCost " + cause.getMessage(), cause);
  }
}
