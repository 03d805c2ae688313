package org.kemu.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;

/**
 * A query's answer as a table: one row per item of the list that {@code rows} names (a path of response keys, e.g.
 * {@code report.lines}). The columns come from the query, not the answer, so an empty answer still has its header:
 * each leaf field of the objects along the path (named by their path from the answer's root, e.g.
 * {@code report.year}), then each leaf of a row item (named by its path within the item, e.g. {@code subject.code}).
 * An item whose list below is empty still gives one row, so a project without indicators is not lost. A list off
 * the path is written into one cell per leaf, its values joined by {@code "; "}.
 */
record CsvTable(List<String> header, List<List<String>> rows) {

    static final String JOIN = "; ";

    /**
     * @param document  the parsed query
     * @param operation the operation that ran
     * @param rows      response keys from the root to the list of rows
     * @param data      the answer's {@code data}
     * @throws IllegalArgumentException when {@code rows} names no field of the query
     */
    static CsvTable of(Document document, OperationDefinition operation, List<String> rows, Map<String, Object> data) {
        var fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, fragment -> fragment, (a, b) -> a));
        var shape = new Shape(fragments);
        var levels = new ArrayList<List<String>>();
        var selection = operation.getSelectionSet();
        for (int i = 0; i < rows.size(); i++) {
            var step = shape.field(selection, rows.get(i)).orElseThrow(() -> new IllegalArgumentException(
                    "rows: the query selects no field " + String.join(".", rows) + " (response keys, aliases included)"));
            selection = step.getSelectionSet();
            if (selection == null) {
                throw new IllegalArgumentException("rows: " + String.join(".", rows.subList(0, i + 1))
                        + " is a leaf, not a list of objects");
            }
            var skipped = i + 1 < rows.size() ? rows.get(i + 1) : null;
            levels.add(shape.leaves(selection, skipped));
        }
        var header = new ArrayList<String>();
        for (int i = 0; i < levels.size(); i++) {
            var prefix = i + 1 < levels.size() ? String.join(".", rows.subList(0, i + 1)) + "." : "";
            levels.get(i).forEach(leaf -> header.add(prefix + leaf));
        }
        var table = new ArrayList<List<String>>();
        new Walk(rows, levels, table).from(data, 0, List.of());
        return new CsvTable(List.copyOf(header), table);
    }

    /** The leaf paths of a selection, fragments expanded, in query order. */
    private record Shape(Map<String, FragmentDefinition> fragments) {

        Optional<Field> field(SelectionSet selection, String key) {
            return fields(selection).stream().filter(field -> key(field).equals(key)).findFirst();
        }

        List<String> leaves(SelectionSet selection, String skipped) {
            var leaves = new LinkedHashSet<String>();
            for (var field : fields(selection)) {
                var key = key(field);
                if (key.equals(skipped)) {
                    continue;
                }
                if (field.getSelectionSet() == null) {
                    leaves.add(key);
                } else {
                    leaves(field.getSelectionSet(), null).forEach(leaf -> leaves.add(key + "." + leaf));
                }
            }
            return List.copyOf(leaves);
        }

        private List<Field> fields(SelectionSet selection) {
            var fields = new ArrayList<Field>();
            for (var each : selection.getSelections()) {
                switch (each) {
                    case Field field -> fields.add(field);
                    case InlineFragment inline -> fields.addAll(fields(inline.getSelectionSet()));
                    case FragmentSpread spread when fragments.containsKey(spread.getName()) ->
                            fields.addAll(fields(fragments.get(spread.getName()).getSelectionSet()));
                    default -> {
                    }
                }
            }
            return fields;
        }

        private static String key(Field field) {
            return field.getAlias() != null ? field.getAlias() : field.getName();
        }
    }

    /** Goes down the rows path through the answer, carrying the cells of the objects above. */
    private record Walk(List<String> rows, List<List<String>> levels, List<List<String>> table) {

        /** @return how many rows were written below {@code node} */
        int from(Map<?, ?> node, int depth, List<String> above) {
            var value = node.get(rows.get(depth));
            var items = switch (value) {
                case null -> List.<Map<?, ?>>of();
                case List<?> list -> list.stream().filter(Map.class::isInstance).map(item -> (Map<?, ?>) item).toList();
                case Map<?, ?> object -> List.<Map<?, ?>>of(object);
                default -> List.<Map<?, ?>>of();
            };
            var written = 0;
            for (var item : items) {
                var cells = new ArrayList<>(above);
                levels.get(depth).forEach(leaf -> cells.add(cell(item, leaf)));
                if (depth + 1 == rows.size()) {
                    table.add(cells);
                    written++;
                    continue;
                }
                var below = from(item, depth + 1, cells);
                if (below == 0) {
                    var width = levels.subList(depth + 1, levels.size()).stream().mapToInt(List::size).sum();
                    for (int i = 0; i < width; i++) {
                        cells.add(null);
                    }
                    table.add(cells);
                    below = 1;
                }
                written += below;
            }
            return written;
        }

        private static String cell(Object node, String leaf) {
            var values = new ArrayList<String>();
            collect(node, leaf.split("\\."), 0, values);
            return values.isEmpty() ? null : String.join(JOIN, values);
        }

        private static void collect(Object node, String[] keys, int index, List<String> values) {
            switch (node) {
                case null -> {
                }
                case List<?> list -> list.forEach(item -> collect(item, keys, index, values));
                case Map<?, ?> object when index < keys.length -> collect(object.get(keys[index]), keys, index + 1, values);
                default -> {
                    if (index == keys.length) {
                        values.add(text(node));
                    }
                }
            }
        }
    }

    /** Exact text of a scalar: decimals without exponent, as the API's {@code xText} fields give them. */
    static String text(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case Double number -> BigDecimal.valueOf(number).toPlainString();
            case Float number -> new BigDecimal(number.toString()).toPlainString();
            default -> value.toString();
        };
    }
}
