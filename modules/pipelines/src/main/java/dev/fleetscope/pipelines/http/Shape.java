package dev.fleetscope.pipelines.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API answer must look like at its top: a JSON object with some fields of some types. A
 * list answer without its list is a broken answer, not an empty one.
 */
public final class Shape {
  /** A field of the answer; an optional one may be absent or null. */
  public record Field(String name, JsonNodeType type, boolean required) {}

  /** Any JSON object. */
  public static final Shape OBJECT = new Shape(List.of());

  private final List<Field> fields;

  private Shape(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  public static Shape object(Field... fields) {
    return new Shape(List.of(fields));
  }

  public static Field required(String name, JsonNodeType type) {
    return new Field(name, type, true);
  }

  public static Field optional(String name, JsonNodeType type) {
    return new Field(name, type, false);
  }

  /**
   * What is wrong with the answer, as the end of "... answered HTTP 200 but ...", or empty when it
   * fits.
   */
  public Optional<String> problem(JsonNode answer) {
    if (!answer.isObject()) {
      return Optional.of("it is " + article(answer.getNodeType()) + ", not a JSON object");
    }
    for (Field field : fields) {
      JsonNode value = answer.get(field.name());
      if (value == null || value.isNull()) {
        if (field.required()) {
          return Optional.of("'" + field.name() + "' is missing");
        }
      } else if (value.getNodeType() != field.type()) {
        return Optional.of(
            "'"
                + field.name()
                + "' is "
                + article(value.getNodeType())
                + ", not "
                + article(field.type()));
      }
    }
    return Optional.empty();
  }

  private static String article(JsonNodeType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return (name.startsWith("a") || name.startsWith("o") ? "an " : "a ") + name;
  }
}
