package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.SqlQuote;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a report groups rows by: a stored FOCUS column, or one key of the JSON {@code Tags}. */
public sealed interface GroupBy {
  /** The SQL that yields the group key of a {@code billing_row}, as text. */
  String sql();

  /** How a person names it: {@code ServiceName}, {@code tag:team}. */
  String label();

  record Column(FocusColumn column) implements GroupBy {
    public Column {
      if (!column.groupable()) {
        throw new IllegalArgumentException(
            column.focusName() + " is a cost or a period, not something to group by");
      }
    }

    @Override
    public String sql() {
      return "CAST(" + column.sqlName() + " AS VARCHAR)";
    }

    @Override
    public String label() {
      return column.focusName();
    }
  }

  /**
   * A tag key such as {@code team} or {@code kubernetes.io/cluster}; rows without it group under no
   * key.
   */
  record Tag(String key) implements GroupBy {
    public Tag {
      if (key.isBlank()) {
        throw new IllegalArgumentException("a tag group needs a key, as in tag:team");
      }
    }

    @Override
    public String sql() {
      // A JSON Pointer (RFC 6901) addresses any key, slashes and dots included, once ~ and / are
      // escaped.
      String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
      return "json_extract_string(tags, " + SqlQuote.literal(pointer) + ")";
    }

    @Override
    public String label() {
      return "tag:" + key;
    }
  }

  /**
   * The Kubernetes cluster a row's provider tags name ({@link ClusterTags}): the cloud bill broken
   * down by cluster, whatever cloud it comes from.
   */
  record KubernetesCluster() implements GroupBy {
    @Override
    public String sql() {
      return ClusterTags.sql();
    }

    @Override
    public String label() {
      return "cluster";
    }
  }

  /**
   * {@code ServiceName} (any case) or {@code tag:KEY}; an unknown name is refused with the names
   * that exist.
   */
  static GroupBy parse(String text) {
    if (text.regionMatches(true, 0, "tag:", 0, 4)) {
      return new Tag(text.substring(4));
    }
    return FocusColumn.byFocusName(text)
        .filter(FocusColumn::groupable)
        .<GroupBy>map(Column::new)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot group by '"
                        + text
                        + "': use tag:KEY or one of "
                        + Arrays.stream(FocusColumn.values())
                            .filter(FocusColumn::groupable)
                            .map(FocusColumn::focusName)
                            .collect(Collectors.joining(", "))));
  }
}
