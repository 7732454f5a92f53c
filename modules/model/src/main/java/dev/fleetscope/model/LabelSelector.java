package dev.fleetscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}), as Deployments
 * pick their pods and PodDisruptionBudgets the pods they protect. The terms are ANDed. Following
 * the API's rules for PodDisruptionBudgets, an empty selector ({@code {}}) selects every pod of the
 * namespace and an absent one ({@code null}) selects none: {@link #EVERYTHING} and {@link
 * #NOTHING}.
 */
public sealed interface LabelSelector permits LabelSelector.Terms, LabelSelector.Nothing {
  /** {@code selector: {}}: every set of labels matches. */
  LabelSelector EVERYTHING = new Terms(Map.of(), List.of());

  /** No selector at all: nothing matches. */
  LabelSelector NOTHING = new Nothing();

  boolean matches(Map<String, String> labels);

  static LabelSelector of(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
    return new Terms(matchLabels, matchExpressions);
  }

  /** The four operators of {@code matchExpressions}, named as the API spells them. */
  enum Operator {
    IN("In"),
    NOT_IN("NotIn"),
    EXISTS("Exists"),
    DOES_NOT_EXIST("DoesNotExist");

    private final String apiName;

    Operator(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }

    /** {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. */
    public static Operator of(String apiName) {
      for (Operator op : values()) {
        if (op.apiName.equals(apiName)) {
          return op;
        }
      }
      throw new IllegalArgumentException(
          "unknown selector operator '" + apiName + "' (one of In, NotIn, Exists, DoesNotExist)");
    }
  }

  /**
   * One {@code matchExpressions} entry. {@code In} and {@code NotIn} need values; {@code Exists}
   * and {@code DoesNotExist} take none. {@code NotIn} and {@code DoesNotExist} match labels that
   * lack the key.
   */
  record Requirement(String key, Operator operator, List<String> values) {
    public Requirement {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("a selector expression needs a key");
      }
      values = List.copyOf(values);
      boolean needsValues = operator == Operator.IN || operator == Operator.NOT_IN;
      if (needsValues == values.isEmpty()) {
        throw new IllegalArgumentException(
            "selector expression on '"
                + key
                + "': "
                + operator.apiName()
                + (needsValues ? " needs at least one value" : " takes no values")
                + ", was "
                + values);
      }
    }

    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case IN -> value != null && values.contains(value);
        case NOT_IN -> value == null || !values.contains(value);
        case EXISTS -> value != null;
        case DOES_NOT_EXIST -> value == null;
      };
    }

    /**
     * As a query term: {@code tier in (web,api)}, {@code tier notin (db)}, {@code gpu}, {@code
     * !gpu}.
     */
    String query() {
      return switch (operator) {
        case IN -> key + " in (" + String.join(",", values) + ")";
        case NOT_IN -> key + " notin (" + String.join(",", values) + ")";
        case EXISTS -> key;
        case DOES_NOT_EXIST -> "!" + key;
      };
    }
  }

  /** A selector with terms; none at all is {@link #EVERYTHING}. */
  record Terms(Map<String, String> matchLabels, List<Requirement> matchExpressions)
      implements LabelSelector {
    public Terms {
      matchLabels = Map.copyOf(new TreeMap<>(matchLabels));
      matchExpressions = List.copyOf(matchExpressions);
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      for (Map.Entry<String, String> wanted : matchLabels.entrySet()) {
        if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
          return false;
        }
      }
      return matchExpressions.stream().allMatch(r -> r.matches(labels));
    }

    /**
     * The selector as the {@code labelSelector} query parameter of a list: {@code app=serving,tier
     * in (web,api),!canary}; empty for {@link #EVERYTHING}.
     */
    public String query() {
      List<String> terms = new ArrayList<>();
      new TreeMap<>(matchLabels).forEach((k, v) -> terms.add(k + "=" + v));
      matchExpressions.forEach(r -> terms.add(r.query()));
      return String.join(",", terms);
    }
  }

  /** The absent selector: it selects nothing. */
  record Nothing() implements LabelSelector {
    @Override
    public boolean matches(Map<String, String> labels) {
      return false;
    }
  }
}
