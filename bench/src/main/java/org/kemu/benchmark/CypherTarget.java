package org.kemu.benchmark;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/** The same answers as plain Cypher through the Java driver: the floor any API over this database stands on. */
final class CypherTarget implements Target {

    private final Driver driver;

    CypherTarget(Driver driver) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "raw Cypher";
    }

    @Override
    public boolean supports(Shape shape) {
        return true;
    }

    @Override
    public Map<String, Long> answer(Shape shape) {
        var records = driver.executableQuery(shape.cypher()).withParameters(shape.cypherParameters()).execute().records();
        var rows = new TreeMap<String, Long>();
        switch (shape.answer()) {
            case AMOUNTS_BY_CODE -> records.forEach(r -> rows.put(r.get("code").asString(), r.get("fen").asLong()));
            case AMOUNTS_BY_SIDE_AND_CODE -> records.forEach(r ->
                    rows.put(r.get("side").asString() + ":" + r.get("code").asString(), r.get("fen").asLong()));
            case ROW_COUNT, ANSWERED -> rows.put("rows", (long) records.size());
            case CODES -> records.getFirst().get("descendants").asList(d -> d.get("code").asString())
                    .forEach(code -> rows.put(code, 1L));
        }
        return rows;
    }
}
