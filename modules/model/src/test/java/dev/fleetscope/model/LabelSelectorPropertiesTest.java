package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.LabelSelector.Operator;
import dev.fleetscope.model.LabelSelector.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelSelector} against a plain reading of the Kubernetes rules: "a single {key,value} in
 * the matchLabels map is equivalent to an element of matchExpressions whose key field is key, the
 * operator is In, and the values array contains only value"; In needs the key with one of the
 * values, NotIn the key absent or with none of them, Exists the key, DoesNotExist its absence; all
 * requirements are ANDed. Keys and values come from small sets so that matches and misses are both
 * frequent.
 */
class LabelSelectorPropertiesTest {
  private static final List<String> KEYS = List.of("app", "tier", "team", "canary");
  private static final List<String> VALUES = List.of("a", "b", "c");

  @Property
  void matchesAsTheRulesRead(
      @ForAll("matchLabels") Map<String, String> matchLabels,
      @ForAll("expressions") List<Requirement> expressions,
      @ForAll("labels") Map<String, String> labels) {
    assertEquals(
        reference(matchLabels, expressions, labels),
        LabelSelector.of(matchLabels, expressions).matches(labels));
  }

  @Property
  void notInAndDoesNotExistAreTheNegationsOfInAndExists(
      @ForAll("requirement") Requirement requirement,
      @ForAll("labels") Map<String, String> labels) {
    Operator opposite =
        switch (requirement.operator()) {
          case IN -> Operator.NOT_IN;
          case NOT_IN -> Operator.IN;
          case EXISTS -> Operator.DOES_NOT_EXIST;
          case DOES_NOT_EXIST -> Operator.EXISTS;
        };
    Requirement negated = new Requirement(requirement.key(), opposite, requirement.values());
    assertEquals(
        !LabelSelector.of(Map.of(), List.of(requirement)).matches(labels),
        LabelSelector.of(Map.of(), List.of(negated)).matches(labels));
  }

  @Property
  void anotherTermNeverSelectsMore(
      @ForAll("expressions") List<Requirement> expressions,
      @ForAll("requirement") Requirement more,
      @ForAll("labels") Map<String, String> labels) {
    List<Requirement> longer = new ArrayList<>(expressions);
    longer.add(more);
    if (LabelSelector.of(Map.of(), longer).matches(labels)) {
      assertTrue(LabelSelector.of(Map.of(), expressions).matches(labels));
    }
  }

  @Property
  void theEmptySelectorSelectsEverythingAndTheAbsentOneNothing(
      @ForAll("labels") Map<String, String> labels) {
    assertTrue(LabelSelector.EVERYTHING.matches(labels));
    assertFalse(LabelSelector.NOTHING.matches(labels));
  }

  @Test
  void aMissingKeyMatchesNotInAndDoesNotExistOnly() {
    Map<String, String> noTier = Map.of("app", "a");
    assertTrue(selector(new Requirement("tier", Operator.NOT_IN, List.of("gpu"))).matches(noTier));
    assertTrue(
        selector(new Requirement("tier", Operator.DOES_NOT_EXIST, List.of())).matches(noTier));
    assertFalse(selector(new Requirement("tier", Operator.IN, List.of("gpu"))).matches(noTier));
    assertFalse(selector(new Requirement("tier", Operator.EXISTS, List.of())).matches(noTier));
  }

  @Test
  void writesTheQuerySyntaxOfListRequests() {
    LabelSelector.Terms selector =
        new LabelSelector.Terms(
            Map.of("tier", "web", "app", "serving"),
            List.of(
                new Requirement("env", Operator.IN, List.of("prod", "staging")),
                new Requirement("team", Operator.NOT_IN, List.of("ops")),
                new Requirement("gpu", Operator.EXISTS, List.of()),
                new Requirement("canary", Operator.DOES_NOT_EXIST, List.of())));
    assertEquals(
        "app=serving,tier=web,env in (prod,staging),team notin (ops),gpu,!canary",
        selector.query());
  }

  @Test
  void refusesExpressionsTheApiRefuses() {
    IllegalArgumentException noValues =
        assertThrows(
            IllegalArgumentException.class, () -> new Requirement("tier", Operator.IN, List.of()));
    assertEquals(
        "selector expression on 'tier': In needs at least one value, was []",
        noValues.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Requirement("tier", Operator.EXISTS, List.of("x")));
    assertEquals(
        "unknown selector operator 'Equals' (one of In, NotIn, Exists, DoesNotExist)",
        assertThrows(IllegalArgumentException.class, () -> Operator.of("Equals")).getMessage());
  }

  private static LabelSelector selector(Requirement requirement) {
    return LabelSelector.of(Map.of(), List.of(requirement));
  }

  private static boolean reference(
      Map<String, String> matchLabels, List<Requirement> expressions, Map<String, String> labels) {
    List<Requirement> all = new ArrayList<>(expressions);
    matchLabels.forEach((k, v) -> all.add(new Requirement(k, Operator.IN, List.of(v))));
    boolean every = true;
    for (Requirement r : all) {
      boolean has = labels.containsKey(r.key());
      boolean listed = has && r.values().contains(labels.get(r.key()));
      boolean holds =
          switch (r.operator()) {
            case IN -> listed;
            case NOT_IN -> !has || !listed;
            case EXISTS -> has;
            case DOES_NOT_EXIST -> !has;
          };
      every &= holds;
    }
    return every;
  }

  @Provide
  Arbitrary<Map<String, String>> labels() {
    return Arbitraries.maps(Arbitraries.of(KEYS), Arbitraries.of(VALUES)).ofMaxSize(KEYS.size());
  }

  @Provide
  Arbitrary<Map<String, String>> matchLabels() {
    return Arbitraries.maps(Arbitraries.of(KEYS), Arbitraries.of(VALUES)).ofMaxSize(2);
  }

  @Provide
  Arbitrary<List<Requirement>> expressions() {
    return requirement().list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Requirement> requirement() {
    Arbitrary<List<String>> someValues =
        Arbitraries.of(VALUES).list().uniqueElements().ofMinSize(1).ofMaxSize(VALUES.size());
    return Combinators.combine(Arbitraries.of(KEYS), Arbitraries.of(Operator.class), someValues)
        .as(
            (key, op, values) ->
                new Requirement(
                    key,
                    op,
                    op == Operator.IN || op == Operator.NOT_IN ? values : List.<String>of()));
  }
}
