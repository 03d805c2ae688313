package org.kemu.deadline;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.DurationValue;

/**
 * What the embedded database returns, as the driver would have received it over Bolt: nodes, relationships and paths
 * with their ids, labels and properties; durations and points as the driver's types; arrays as lists.
 */
final class EmbeddedValues {

    private EmbeddedValues() {
    }

    static Value asDriverValue(Object value) {
        return switch (value) {
            case null -> Values.NULL;
            case Node node -> node(node).asValue();
            case Relationship relationship -> relationship(relationship).asValue();
            case Path path -> path(path);
            case DurationValue duration -> Values.isoDuration(duration.get(ChronoUnit.MONTHS),
                    duration.get(ChronoUnit.DAYS), duration.get(ChronoUnit.SECONDS),
                    Math.toIntExact(duration.get(ChronoUnit.NANOS)));
            case Point point -> point(point);
            case byte[] bytes -> Values.value(bytes);
            case List<?> list -> Values.value(list.stream().map(EmbeddedValues::asDriverValue).toList());
            case Map<?, ?> map -> Values.value(properties(map));
            default -> value.getClass().isArray() ? arrayValue(value) : Values.value(value);
        };
    }

    /** The driver's Java form of a transaction's metadata, for the embedded transaction. */
    static Map<String, Object> asJava(Map<String, Value> values) {
        var java = new HashMap<String, Object>();
        values.forEach((key, value) -> java.put(key, value.asObject()));
        return java;
    }

    private static InternalNode node(Node node) {
        var labels = new ArrayList<String>();
        for (Label label : node.getLabels()) {
            labels.add(label.name());
        }
        return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
    }

    private static InternalRelationship relationship(Relationship relationship) {
        var start = relationship.getStartNode();
        var end = relationship.getEndNode();
        return new InternalRelationship(relationship.getId(), relationship.getElementId(), start.getId(),
                start.getElementId(), end.getId(), end.getElementId(), relationship.getType().name(),
                properties(relationship.getAllProperties()));
    }

    private static Value path(Path path) {
        var entities = new ArrayList<Entity>();
        for (var entity : path) {
            entities.add(entity instanceof Node node ? node(node) : relationship((Relationship) entity));
        }
        return new InternalPath(entities).asValue();
    }

    private static Value point(Point point) {
        var srid = point.getCRS().getCode();
        var coordinates = point.getCoordinate().getCoordinate();
        return coordinates.length == 3 ? Values.point(srid, coordinates[0], coordinates[1], coordinates[2])
                : Values.point(srid, coordinates[0], coordinates[1]);
    }

    private static Value arrayValue(Object array) {
        var values = new ArrayList<Value>(Array.getLength(array));
        for (var i = 0; i < Array.getLength(array); i++) {
            values.add(asDriverValue(Array.get(array, i)));
        }
        return Values.value(values);
    }

    private static Map<String, Value> properties(Map<?, ?> map) {
        var values = new HashMap<String, Value>(map.size() * 2);
        map.forEach((key, value) -> values.put((String) key, asDriverValue(value)));
        return values;
    }
}
