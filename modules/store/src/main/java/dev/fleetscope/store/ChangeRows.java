package dev.fleetscope.store;

import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.WorkloadChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A change and its containers' exact before/after quantities, one row per value. */
final class ChangeRows {
  private ChangeRows() {}

  static long insert(Connection connection, long runId, int position, PlannedChange planned)
      throws SQLException {
    WorkloadRef ref = planned.change().workload();
    long changeId;
    try (PreparedStatement change =
        connection.prepareStatement(
            """
        INSERT INTO changes(run_id, position, kind, origin, method, cluster, namespace, workload_kind, workload)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            Statement.RETURN_GENERATED_KEYS)) {
      change.setLong(1, runId);
      change.setInt(2, position);
      change.setString(3, planned.kind().name());
      if (planned.origin().isPresent()) {
        change.setLong(4, planned.origin().get());
      } else {
        change.setNull(4, Types.INTEGER);
      }
      change.setString(5, planned.method().name());
      change.setString(6, ref.cluster());
      change.setString(7, ref.namespace());
      change.setString(8, ref.kind().name());
      change.setString(9, ref.name());
      change.executeUpdate();
      changeId = SqliteAuditLog.generatedKey(change);
    }
    try (PreparedStatement names =
            connection.prepareStatement(
                "INSERT INTO container_names(change_id, container_position, container) VALUES (?, ?, ?)");
        PreparedStatement values =
            connection.prepareStatement(
                """
            INSERT INTO container_values(change_id, container_position, container, side, section, resource, quantity)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
      List<ContainerChange> containers = planned.change().containers();
      for (int i = 0; i < containers.size(); i++) {
        ContainerChange c = containers.get(i);
        names.setLong(1, changeId);
        names.setInt(2, i);
        names.setString(3, c.container());
        names.addBatch();
        addValues(values, changeId, i, c.container(), "before", c.before());
        addValues(values, changeId, i, c.container(), "after", c.after());
      }
      names.executeBatch();
      values.executeBatch();
    }
    return changeId;
  }

  private static void addValues(
      PreparedStatement values,
      long changeId,
      int position,
      String container,
      String side,
      ContainerResources resources)
      throws SQLException {
    for (var section :
        Map.of("requests", resources.requests(), "limits", resources.limits()).entrySet()) {
      for (var value : section.getValue().entrySet()) {
        values.setLong(1, changeId);
        values.setInt(2, position);
        values.setString(3, container);
        values.setString(4, side);
        values.setString(5, section.getKey());
        values.setString(6, value.getKey());
        values.setString(7, value.getValue());
        values.addBatch();
      }
    }
  }

  static WorkloadChange read(Connection connection, long changeId, WorkloadRef ref)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT container FROM container_names WHERE change_id = ? ORDER BY container_position")) {
      s.setLong(1, changeId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    // [container][side: 0 before, 1 after][section: 0 requests, 1 limits]
    List<List<List<Map<String, String>>>> maps = new ArrayList<>();
    names.forEach(
        n ->
            maps.add(
                List.of(
                    List.of(new TreeMap<>(), new TreeMap<>()),
                    List.of(new TreeMap<>(), new TreeMap<>()))));
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT container_position, side, section, resource, quantity FROM container_values WHERE change_id = ?")) {
      s.setLong(1, changeId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int side = "before".equals(rs.getString(2)) ? 0 : 1;
          int section = "requests".equals(rs.getString(3)) ? 0 : 1;
          maps.get(rs.getInt(1)).get(side).get(section).put(rs.getString(4), rs.getString(5));
        }
      }
    }
    List<ContainerChange> containers = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      var m = maps.get(i);
      containers.add(
          new ContainerChange(
              names.get(i),
              new ContainerResources(m.get(0).get(0), m.get(0).get(1)),
              new ContainerResources(m.get(1).get(0), m.get(1).get(1))));
    }
    return new WorkloadChange(ref, containers);
  }
}
