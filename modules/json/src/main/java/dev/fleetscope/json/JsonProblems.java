package dev.fleetscope.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A settings file that Jackson could not map, told as where and what ({@code line 3, column 12,
 * sources[0].kind: unknown kind 'pa'; known are log, pair}) instead of Jackson's own sentence,
 * which names Java classes and constructors.
 */
public final class JsonProblems {
  /** Jackson's pointers back into the input, which may hold a secret; the place is told apart. */
  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\(start marker at \\[Source:.*|\\s*at \\[Source:.*");

  /** A field name written bare in a path; any other is quoted ({@code sources[0]["a b"]}). */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private JsonProblems() {}

  /** The problem as an exception whose message is {@link #describe}'s. */
  public static IOException explain(JsonProcessingException e) {
    return new IOException(describe(e), e);
  }

  /**
   * Where and what: {@code line 3, column 12, sources[0].kind: unknown kind 'pa'; known are log,
   * pair}, or {@code line 1, column 11: not JSON: Unexpected character ('}' (code 125))}.
   */
  public static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    String what =
        switch (e) {
          case InvalidTypeIdException t ->
              "unknown kind '" + t.getTypeId() + "'" + knownIds(t.getOriginalMessage());
          case InvalidFormatException f ->
              "'" + f.getValue() + "' is not " + kind(f.getTargetType());
          case UnrecognizedPropertyException u ->
              "unknown field '"
                  + u.getPropertyName()
                  + "'; known are "
                  + u.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "));
          case ValueInstantiationException v when v.getCause() != null -> v.getCause().getMessage();
          case MismatchedInputException m -> "expected " + kind(m.getTargetType());
          case JsonParseException p -> "not JSON: " + plain(p.getOriginalMessage());
          case JsonMappingException m when m.getCause() instanceof JsonParseException p ->
              "not JSON: " + plain(p.getOriginalMessage()); // it ended inside a value
          default -> plain(e.getOriginalMessage());
        };
    String place =
        String.join(", ", List.of(where, path).stream().filter(s -> !s.isEmpty()).toList());
    return place.isEmpty() ? what : place + ": " + what;
  }

  /**
   * The parser's sentence, first line, without the parts that point back into the input ({@code
   * (start marker at [Source: REDACTED ...; line: 1, column: 1])}): the place is told once, first.
   */
  static String plain(String message) {
    String first = message == null ? "" : message.lines().findFirst().orElse("");
    return SOURCE.matcher(first).replaceAll("").strip();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      String name = r.getFieldName();
      if (name != null && PLAIN_NAME.matcher(name).matches()) {
        path.append(path.isEmpty() ? "" : ".").append(name);
      } else if (name != null) {
        // quoted, so that the name is not read as part of the path or the sentence after it
        path.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Jackson lists the known type ids as {@code known type ids = [log, pair]}. */
  private static String knownIds(String message) {
    int start = message.indexOf("known type ids = [");
    int end = message.indexOf(']', start + 1);
    return start < 0 || end < 0
        ? ""
        : "; known are " + message.substring(start + "known type ids = [".length(), end);
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type.getName().startsWith("java.")) {
      return "text"; // Path, Instant, Duration: written as strings
    }
    return "an object";
  }
}
