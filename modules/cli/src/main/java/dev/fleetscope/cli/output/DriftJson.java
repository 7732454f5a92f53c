package dev.fleetscope.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftReport;

/**
 * The report as the issue specifies it: {@code
 * {"columns":[{"column","type","test","score","threshold","drift"}],
 * "drift_share","dataset_drift"}}. A column empty in a window has no test, score or threshold
 * (null); an undefined score (NaN) is null too, as JSON has no NaN.
 */
public final class DriftJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DriftJson() {}

  public static String write(DriftReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode columns = root.putArray("columns");
    for (ColumnResult c : report.columns()) {
      ObjectNode node = columns.addObject();
      node.put("column", c.column());
      node.put("type", c.type().label());
      switch (c) {
        case ColumnResult.Tested t -> {
          node.put("test", t.test().label());
          number(node, "score", t.score());
          number(node, "threshold", t.threshold());
          node.put("drift", t.drift());
        }
        case ColumnResult.Empty e -> {
          node.putNull("test");
          node.putNull("score");
          node.putNull("threshold");
          node.put("drift", false);
        }
      }
    }
    root.put("drift_share", report.driftShare());
    root.put("dataset_drift", report.datasetDrift());
    return root.toString();
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
