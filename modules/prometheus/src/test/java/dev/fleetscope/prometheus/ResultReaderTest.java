package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultReaderTest {
  /** One series as the handler saw it, copied out of the reused arrays. */
  record Seen(Map<String, String> labels, List<Long> times, List<Double> values) {}

  static List<Seen> read(InputStream json) throws IOException {
    List<Seen> seen = new ArrayList<>();
    ApiResponse answer =
        ApiResponse.read(
            json,
            new ResultReader(
                (labels, samples) -> {
                  List<Long> times = new ArrayList<>();
                  List<Double> values = new ArrayList<>();
                  for (int i = 0; i < samples.size(); i++) {
                    times.add(samples.timeMillis(i));
                    values.add(samples.value(i));
                  }
                  seen.add(new Seen(labels, times, values));
                }));
    assertEquals("success", answer.status());
    return seen;
  }

  static List<Seen> read(String json) throws IOException {
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheDocumentedMatrixExampleWithExactMillisecondTimes() throws IOException {
    List<Seen> seen =
        read(
            getClass()
                .getResourceAsStream("/prometheus-api/prometheus-query_range-matrix-example.json"));

    assertEquals(2, seen.size());
    assertEquals(
        Map.of("__name__", "up", "job", "prometheus", "instance", "localhost:9090"),
        seen.get(0).labels());
    assertEquals(List.of(1435781430781L, 1435781445781L, 1435781460781L), seen.get(0).times());
    assertEquals(List.of(1.0, 1.0, 1.0), seen.get(0).values());
    assertEquals(List.of(0.0, 0.0, 1.0), seen.get(1).values());
  }

  @Test
  void readsTheDocumentedVectorExample() throws IOException {
    List<Seen> seen =
        read(
            getClass()
                .getResourceAsStream(
                    "/prometheus-api/prometheus-query-instant-vector-example.json"));

    assertEquals(2, seen.size());
    assertEquals(List.of(1435781451781L), seen.get(1).times());
    assertEquals(List.of(0.0), seen.get(1).values());
    assertEquals("localhost:9100", seen.get(1).labels().get("instance"));
  }

  @Test
  void readsSpecialValuesAndTimesWithFewerDecimals() throws IOException {
    List<Seen> seen =
        read(
            """
        {"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[
          [1700000000,"NaN"],[1700000000.5,"+Inf"],[1700000000.25,"-Inf"],[1.7e9,"1e-3"],[1700000001.125,"-0.5"]]}]}}""");

    assertEquals(
        List.of(1700000000000L, 1700000000500L, 1700000000250L, 1700000000000L, 1700000001125L),
        seen.get(0).times());
    List<Double> v = seen.get(0).values();
    assertTrue(Double.isNaN(v.get(0)));
    assertEquals(Double.POSITIVE_INFINITY, v.get(1));
    assertEquals(Double.NEGATIVE_INFINITY, v.get(2));
    assertEquals(0.001, v.get(3));
    assertEquals(-0.5, v.get(4));
  }

  @Test
  void readsFieldsInAnyOrderAndSkipsNativeHistograms() throws IOException {
    List<Seen> seen =
        read(
            """
        {"data":{"result":[{"values":[[10,"2"]],"histograms":[[10,{"count":"3","sum":"1","buckets":[[0,"0","1","3"]]}]],
          "metric":{"pod":"a"}}],"resultType":"matrix"},"status":"success","infos":["PromQL info: x"]}""");

    assertEquals(List.of(new Seen(Map.of("pod", "a"), List.of(10_000L), List.of(2.0))), seen);
  }

  @Test
  void readsAScalarAsOneUnlabelledSample() throws IOException {
    assertEquals(
        List.of(new Seen(Map.of(), List.of(1767436620000L), List.of(42.0))),
        read(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1767436620,\"42\"]}}"));
  }

  @Test
  void collectsWarningsAndInfosBesideTheData() throws IOException {
    ApiResponse answer =
        ApiResponse.read(
            new ByteArrayInputStream(
                """
        {"status":"success","data":{"resultType":"vector","result":[]},
         "warnings":["store sidecar-1 unavailable"],"infos":["PromQL info: metric might not be a counter"]}"""
                    .getBytes(StandardCharsets.UTF_8)),
            new ResultReader((l, s) -> {}));

    assertEquals(List.of("store sidecar-1 unavailable"), answer.annotations().warnings());
    assertEquals(
        List.of("PromQL info: metric might not be a counter"), answer.annotations().infos());
  }

  @Test
  void rejectsAValueThatIsNotANumberNamingWhereItIs() {
    MalformedAnswer e =
        assertThrows(
            MalformedAnswer.class,
            () ->
                read(
                    """
        {"status":"success","data":{"resultType":"vector","result":[
        {"metric":{},"value":[1,"twelve"]}]}}"""));

    assertEquals("expected a number but found \"twelve\" at line 2, column 25", e.getMessage());
  }

  @Test
  void rejectsAnAnswerWithoutStatus() {
    MalformedAnswer e =
        assertThrows(MalformedAnswer.class, () -> read("{\"data\":{\"result\":[]}}"));

    assertEquals("the answer has no \"status\" field", e.getMessage());
  }
}
