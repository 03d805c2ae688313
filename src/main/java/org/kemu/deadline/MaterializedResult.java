package org.kemu.deadline;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.internal.summary.InternalSummaryCounters;
import org.neo4j.driver.summary.DatabaseInfo;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.ServerInfo;
import org.neo4j.driver.summary.SummaryCounters;

/** The records of a statement run in process, read whole before its transaction ended, behind the driver's API. */
final class MaterializedResult implements Result {

    private final List<String> keys;
    private final List<Record> records;
    private final ResultSummary summary;
    private int next;
    private boolean consumed;

    MaterializedResult(Query query, List<String> keys, List<Record> records, String database, long tookNanos) {
        this.keys = List.copyOf(keys);
        this.records = records;
        this.summary = new Summary(query, database, TimeUnit.NANOSECONDS.toMillis(tookNanos));
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public boolean hasNext() {
        return !consumed && next < records.size();
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchRecordException("the result has no more records");
        }
        return records.get(next++);
    }

    @Override
    public Record single() {
        if (!hasNext()) {
            throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
        }
        var record = next();
        if (hasNext()) {
            throw new NoSuchRecordException("Expected a result with a single record, but this result contains at"
                    + " least one more. Ensure your query returns only one record.");
        }
        return record;
    }

    @Override
    public Record peek() {
        if (!hasNext()) {
            throw new NoSuchRecordException("Cannot peek past the last record");
        }
        return records.get(next);
    }

    @Override
    public Stream<Record> stream() {
        return list().stream();
    }

    @Override
    public List<Record> list() {
        return list(Function.identity());
    }

    @Override
    public <T> List<T> list(Function<Record, T> mapFunction) {
        var remaining = consumed ? List.<Record>of() : records.subList(next, records.size());
        next = records.size();
        return remaining.stream().map(mapFunction).toList();
    }

    @Override
    public ResultSummary consume() {
        consumed = true;
        return summary;
    }

    @Override
    public boolean isOpen() {
        return !consumed;
    }

    /** A read's summary: no counters, plan or notifications; the time the statement took as both of its times. */
    private record Summary(Query query, String databaseName, long tookMillis) implements ResultSummary {

        @Override
        public SummaryCounters counters() {
            return InternalSummaryCounters.EMPTY_STATS;
        }

        @Override
        public QueryType queryType() {
            return QueryType.READ_ONLY;
        }

        @Override
        public boolean hasPlan() {
            return false;
        }

        @Override
        public boolean hasProfile() {
            return false;
        }

        @Override
        public Plan plan() {
            return null;
        }

        @Override
        public ProfiledPlan profile() {
            return null;
        }

        @Override
        public List<Notification> notifications() {
            return List.of();
        }

        @Override
        public Set<GqlStatusObject> gqlStatusObjects() {
            return Set.of();
        }

        @Override
        public long resultAvailableAfter(TimeUnit unit) {
            return unit.convert(tookMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public long resultConsumedAfter(TimeUnit unit) {
            return unit.convert(tookMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public ServerInfo server() {
            return InProcessServer.INSTANCE;
        }

        @Override
        public DatabaseInfo database() {
            return () -> databaseName;
        }
    }

    private enum InProcessServer implements ServerInfo {
        INSTANCE;

        @Override
        public String address() {
            return "in-process";
        }

        @Override
        public String protocolVersion() {
            return "embedded";
        }

        @Override
        public String agent() {
            return "Neo4j, embedded in kemu";
        }
    }
}
