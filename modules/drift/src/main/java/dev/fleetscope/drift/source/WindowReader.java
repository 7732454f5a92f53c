package dev.fleetscope.drift.source;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.NumericalColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Types the columns of the tables reference_window and current_window together and copies them into a Dataset. */
final class WindowReader {
    private static final String[] TABLES = {"reference_window", "current_window"};
    private final Connection c;

    WindowReader(Connection c) {
        this.c = c;
    }

    Windows read(String referenceName, String currentName) throws SQLException {
        Map<String, String> refTypes = types(TABLES[0]);
        Map<String, String> curTypes = types(TABLES[1]);
        if (!refTypes.keySet().equals(curTypes.keySet())) {
            throw new DriftInputException("columns differ: " + referenceName + " has " + refTypes.keySet() + ", "
                    + currentName + " has " + curTypes.keySet());
        }
        Map<String, ColumnKind> ref = kinds(TABLES[0], refTypes);
        Map<String, ColumnKind> cur = kinds(TABLES[1], curTypes);
        List<String> numbers = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (String name : refTypes.keySet()) {
            switch (ref.get(name).with(cur.get(name))) {
                case EMPTY, NUMBER -> numbers.add(name);
                case TIME -> times.add(name);
                case TEXT -> labels.add(name);
            }
        }
        List<String> order = refTypes.keySet().stream().filter(n -> !times.contains(n)).toList();
        return new Windows(dataset(TABLES[0], refTypes, order, numbers, labels),
                dataset(TABLES[1], curTypes, order, numbers, labels), times);
    }

    private Map<String, String> types(String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + table)) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    /** Kind of every column in one table; text columns are probed for numbers and times in one scan. */
    private Map<String, ColumnKind> kinds(String table, Map<String, String> types) throws SQLException {
        Map<String, ColumnKind> kinds = new LinkedHashMap<>();
        List<String> probes = new ArrayList<>();
        types.forEach((name, type) -> {
            if (ColumnKind.isNumericType(type)) {
                kinds.put(name, ColumnKind.NUMBER);
            } else if (ColumnKind.isTemporalType(type)) {
                kinds.put(name, ColumnKind.TIME);
            } else if (ColumnKind.isText(type)) {
                String v = "nullif(trim(" + Sql.identifier(name) + "), '')";
                probes.add("count(" + v + ")");
                probes.add("count(" + v + ") FILTER (WHERE TRY_CAST(" + v + " AS DOUBLE) IS NULL)");
                probes.add("count(" + v + ") FILTER (WHERE TRY_CAST(" + v + " AS TIMESTAMP) IS NULL)");
                kinds.put(name, null);
            } else {
                kinds.put(name, ColumnKind.TEXT);
            }
        });
        if (probes.isEmpty()) {
            return kinds;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", probes) + " FROM " + table)) {
            rs.next();
            int i = 1;
            for (Map.Entry<String, ColumnKind> e : kinds.entrySet()) {
                if (e.getValue() == null) {
                    long nonEmpty = rs.getLong(i);
                    long notNumber = rs.getLong(i + 1);
                    long notTime = rs.getLong(i + 2);
                    i += 3;
                    e.setValue(nonEmpty == 0 ? ColumnKind.EMPTY
                            : notNumber == 0 ? ColumnKind.NUMBER
                            : notTime == 0 ? ColumnKind.TIME
                            : ColumnKind.TEXT);
                }
            }
        }
        return kinds;
    }

    private Dataset dataset(String table, Map<String, String> types, List<String> order, List<String> numbers,
            List<String> labels) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        numbers(table, types, numbers).forEach(col -> columns.put(col.name(), col));
        for (String name : labels) {
            columns.put(name, counts(table, name));
        }
        return new Dataset(order.stream().map(columns::get).toList());
    }

    /** All numerical columns of a table in one scan, missing values as NaN. */
    private List<NumericalColumn> numbers(String table, Map<String, String> types, List<String> names)
            throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        int rows;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            rows = Math.toIntExact(rs.getLong(1));
        }
        String select = names.stream().map(n -> {
            String id = Sql.identifier(n);
            String asDouble = ColumnKind.isNumericType(types.get(n))
                    ? "CAST(" + id + " AS DOUBLE)"
                    : "TRY_CAST(trim(" + id + ") AS DOUBLE)";
            return "coalesce(" + asDouble + ", 'NaN'::DOUBLE)";
        }).collect(Collectors.joining(", "));
        double[][] values = new double[names.size()][rows];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + table)) {
            int row = 0;
            while (rs.next()) {
                for (int k = 0; k < values.length; k++) {
                    values[k][row] = rs.getDouble(k + 1);
                }
                row++;
            }
            if (row != rows) {
                for (int k = 0; k < values.length; k++) {
                    values[k] = Arrays.copyOf(values[k], row);
                }
            }
        }
        List<NumericalColumn> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            out.add(new NumericalColumn(names.get(k), values[k]));
        }
        return out;
    }

    private CategoricalColumn counts(String table, String name) throws SQLException {
        String v = "CAST(" + Sql.identifier(name) + " AS VARCHAR)";
        String sql = "SELECT " + v + " AS v, count(*) FROM " + table + " WHERE " + v + " <> '' GROUP BY v ORDER BY v";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return CategoricalColumn.fromCounts(name, counts);
    }
}
