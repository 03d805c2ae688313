package org.kemu.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A graph written as the CSV files Neo4j's offline importer reads: one body file per node label and relationship
 * type, written as the rows come, and a header file per body written last, once every property's type is known.
 * Property values keep the types the transactional writer's parameters give them in Cypher: whole numbers as
 * {@code long}, lists of text or of whole numbers as arrays, a moment as {@code datetime}; a null is no property.
 * Node ids are one sequence.
 */
final class BulkGraphFiles implements AutoCloseable {

    /** Separates array elements: a control character no document text holds (checked on every element). */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Path directory;
    private final Map<String, Body> nodes = new LinkedHashMap<>();
    private final Map<String, Body> relationships = new LinkedHashMap<>();
    private long nextId;
    private long nodeCount;
    private long relationshipCount;

    BulkGraphFiles(Path directory) {
        this.directory = directory;
    }

    /** A new node id, for a node whose properties are known only later. */
    long newId() {
        return nextId++;
    }

    /** Writes a node with a new id, and returns the id. */
    long node(String label, Map<String, Object> properties) {
        var id = newId();
        node(id, label, properties);
        return id;
    }

    void node(long id, String label, Map<String, Object> properties) {
        nodes.computeIfAbsent(label, name -> new Body(directory.resolve("node-" + name), List.of(":ID", ":LABEL")))
                .write(List.of(Long.toString(id), label), properties);
        nodeCount++;
    }

    void relationship(String type, long start, long end, Map<String, Object> properties) {
        relationships.computeIfAbsent(type, name -> new Body(directory.resolve("rel-" + name),
                        List.of(":START_ID", ":END_ID", ":TYPE")))
                .write(List.of(Long.toString(start), Long.toString(end), type), properties);
        relationshipCount++;
    }

    long nodeCount() {
        return nodeCount;
    }

    long relationshipCount() {
        return relationshipCount;
    }

    /**
     * Closes the bodies, writes their headers, and returns the importer's arguments that name the files: one
     * {@code --nodes} or {@code --relationships} per header and body, and the bodies holding a text with a line break.
     * Only those are read as multi-line: that reading cannot split a file between the importer's threads, and the
     * lines, most of a load, hold no line break.
     */
    List<String> finish() {
        close();
        var arguments = new ArrayList<String>();
        nodes.values().forEach(body -> arguments.add("--nodes=" + body.writeHeader()));
        relationships.values().forEach(body -> arguments.add("--relationships=" + body.writeHeader()));
        var multiline = Stream.concat(nodes.values().stream(), relationships.values().stream())
                .filter(Body::holdsLineBreaks).map(Body::bodyFile).toList();
        if (multiline.isEmpty()) {
            arguments.add("--multiline-fields=false");
        } else {
            arguments.add("--multiline-fields-format=v2");
            arguments.add("--multiline-fields=" + String.join(",", multiline));
        }
        return arguments;
    }

    @Override
    public void close() {
        nodes.values().forEach(Body::close);
        relationships.values().forEach(Body::close);
    }

    /** The rows of one label or type; its columns grow as rows bring new properties. */
    private static final class Body {
        private final Path base;
        private final List<String> fixedColumns;
        private final Map<String, String> types = new LinkedHashMap<>();
        private final BufferedWriter out;
        private boolean closed;
        private boolean lineBreaks;

        Body(Path base, List<String> fixedColumns) {
            this.base = base;
            this.fixedColumns = fixedColumns;
            try {
                this.out = Files.newBufferedWriter(Path.of(base + ".csv"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + base + ".csv", e);
            }
        }

        void write(List<String> fixed, Map<String, Object> properties) {
            properties.forEach((name, value) -> {
                // typed by the first value seen; a later value of another type fails the import, naming the row
                if (value != null && types.get(name) == null) {
                    types.put(name, typeOf(name, value));
                } else if (value == null) {
                    types.putIfAbsent(name, null);
                }
            });
            var row = new StringBuilder(String.join(",", fixed));
            // a row ends at its last value: the importer reads a row that is shorter than the header and ends in an
            // empty field on into the next line, and a header may gain columns after a row is written
            var end = row.length();
            for (var name : types.keySet()) {
                row.append(',');
                var value = properties.get(name);
                if (value != null) {
                    row.append(field(value));
                    end = row.length();
                }
            }
            row.setLength(end);
            try {
                out.append(row).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + base + ".csv", e);
            }
        }

        /** The header file and the body, as the importer's {@code header,body} file group. */
        String writeHeader() {
            var header = new ArrayList<>(fixedColumns);
            // a column only ever null gets a type all the same; every field of it is empty
            types.forEach((name, type) -> header.add(name + ":" + (type == null ? "string" : type)));
            var file = Path.of(base + "-header.csv");
            try {
                Files.writeString(file, String.join(",", header) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            return file + "," + bodyFile();
        }

        String bodyFile() {
            return base + ".csv";
        }

        boolean holdsLineBreaks() {
            return lineBreaks;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + base + ".csv", e);
            }
        }

        private String typeOf(String name, Object value) {
            return switch (value) {
                case String s -> "string";
                case Integer i -> "long";
                case Long l -> "long";
                case Boolean b -> "boolean";
                case OffsetDateTime t -> "datetime";
                case Double d -> "double";
                case List<?> list when list.isEmpty() -> throw new IllegalStateException("property " + name + " of "
                        + base.getFileName() + " is an empty list, which the importer cannot tell from no property");
                case List<?> list when list.stream().allMatch(String.class::isInstance) -> "string[]";
                case List<?> list when list.stream().allMatch(e -> e instanceof Integer || e instanceof Long) -> "long[]";
                default -> throw new IllegalStateException("property " + name + " of " + base.getFileName()
                        + " holds a " + value.getClass().getSimpleName() + ", which the bulk load does not write");
            };
        }

        private String field(Object value) {
            return switch (value) {
                case String s -> quoted(s);
                case List<?> list -> quoted(String.join(String.valueOf(ARRAY_DELIMITER),
                        list.stream().map(Body::element).toList()));
                default -> value.toString();
            };
        }

        private static String element(Object value) {
            var text = value.toString();
            if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                throw new IllegalStateException("a list element holds the control character U+001F: " + text);
            }
            return text;
        }

        private String quoted(String text) {
            if (!lineBreaks && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
                lineBreaks = true;
            }
            return '"' + text.replace("\"", "\"\"") + '"';
        }
    }
}
