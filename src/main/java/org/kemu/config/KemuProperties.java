package org.kemu.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code kemu.*} setting, bound in one place. The defaults are those of {@code application.properties} and
 * the README's configuration table, so a setting left out of either behaves the same.
 *
 * @param neo4j     the database that runs in this process when no external {@code spring.neo4j.uri} is configured
 * @param seed      loading {@code seed/} at startup
 * @param synthetic loading generated datasets ({@code synthetic} and {@code benchmark} commands)
 * @param apiKeys   keys accepted in the X-Api-Key header of {@code importReports}; none refuses imports over GraphQL
 * @param requests  how long one GraphQL request may take and how many execute at once
 * @param web       GET requests, persisted queries, HTTP caching and CORS of the GraphQL endpoint
 * @param limits    what one query may ask for and how much a client may ask per time window
 * @param graphiql  the GraphiQL page at /graphiql
 * @param revisions the replaced versions kept of each report
 * @param explore   the explorer pages at /explore
 * @param shutdown  how long stopping may take
 * <p>
 * A {@code kemu.*} setting given as an argument or in a properties file that none of these names (a typo) stops
 * the start with the setting named, rather than being ignored. Environment variables are not checked so: Spring
 * cannot tell a mistyped {@code KEMU_…} from another program's variable.
 */
@ConfigurationProperties(prefix = "kemu", ignoreUnknownFields = false)
public record KemuProperties(@DefaultValue Neo4j neo4j, @DefaultValue Seed seed, @DefaultValue Synthetic synthetic,
                             @DefaultValue List<String> apiKeys, @DefaultValue Requests requests,
                             @DefaultValue Web web, @DefaultValue Limits limits, @DefaultValue Graphiql graphiql,
                             @DefaultValue Revisions revisions, @DefaultValue Explore explore,
                             @DefaultValue Shutdown shutdown) {

    /**
     * @param embedded    the in-process Neo4j
     * @param startupWait how long start-up waits for an unreachable database (an external one starting at the same
     *                    time) before it gives up, trying again with growing pauses
     */
    public record Neo4j(@DefaultValue Embedded embedded, @DefaultValue("2m") Duration startupWait) {
    }

    /**
     * @param dataDir                    where the database files live; survives restarts
     * @param boltPort                   Bolt port on 127.0.0.1, 0 for any free port (the chosen port is logged)
     * @param preallocateTransactionLogs whether Neo4j reserves each transaction log file's full size up front: on,
     *                                   a commit that meets a full disk fails before it is half-written, so the
     *                                   store recovers at the next start
     * @param transactionLogSize         the size at which a transaction log file is rotated, hence what is
     *                                   reserved per database (Neo4j's own default, 256 MB, makes an empty data
     *                                   directory take over 500 MB)
     */
    public record Embedded(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("0") int boltPort,
                           @DefaultValue("true") boolean preallocateTransactionLogs,
                           @DefaultValue("16MB") DataSize transactionLogSize) {
    }

    /** @param enabled whether startup loads {@code seed/} when the database does not hold this version of it */
    public record Seed(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param batchReports reports per import transaction: large enough to amortise statements, small enough to keep
     *                     memory flat
     */
    public record Synthetic(@DefaultValue("500") int batchReports) {
    }

    /**
     * @param timeout       each request's deadline: the execution is cancelled and its statements timed out
     *                      by the database then
     * @param maxConcurrent GraphQL requests executing at once; more wait
     * @param queueWait     how long a request waits for its turn before it is answered SERVER_BUSY
     */
    public record Requests(@DefaultValue("10s") Duration timeout, @DefaultValue("16") int maxConcurrent,
                           @DefaultValue("2s") Duration queueWait) {
    }

    /**
     * @param cacheMaxAge          how long browsers, CDNs and proxies may reuse a query's answer (Cache-Control
     *                             max-age); past it they revalidate with If-None-Match, which costs no query
     * @param dataVersionTtl       how long an instance reuses the data version it read: one small statement per
     *                             period instead of per request, at the price of ETags lagging an import by as much
     * @param persistedQueries     the documents the server keeps by their sha256
     * @param trustedDocumentsOnly when on, only registered documents run (the GraphiQL examples and
     *                             {@code trustedDocuments}); clients can no longer register their own
     * @param trustedDocuments     further files of registered documents (Spring resource locations), one document
     *                             per blank-line separated block, each registered by the sha256 of its exact text
     * @param cors                 browsers on other origins
     */
    public record Web(@DefaultValue("60s") Duration cacheMaxAge, @DefaultValue("1s") Duration dataVersionTtl,
                      @DefaultValue PersistedQueries persistedQueries, @DefaultValue("false") boolean trustedDocumentsOnly,
                      @DefaultValue List<String> trustedDocuments, @DefaultValue Cors cors) {
    }

    /**
     * A bound on what clients can make the server remember, so that registering documents cannot exhaust memory;
     * the least used go first.
     *
     * @param maxEntries documents kept
     * @param maxSize    their text in total (the parsed form takes a few times more)
     */
    public record PersistedQueries(@DefaultValue("2000") int maxEntries, @DefaultValue("8MB") DataSize maxSize) {
    }

    /**
     * @param allowedOrigins origins (or patterns such as {@code https://*.example.org}) whose pages may call the API;
     *                       none sends no CORS headers at all
     * @param maxAge         how long a browser may reuse a preflight answer
     */
    public record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("30m") Duration maxAge) {
    }

    /**
     * Checked before a query runs; the defaults pass every README example and test query with a wide margin.
     *
     * @param maxDepth          deepest field nesting
     * @param maxCost           objects the answer may hold at most, each list counted at its {@code first} or cap
     * @param maxFields         field selections, fragments expanded
     * @param maxAliases        aliased fields
     * @param maxDocumentBytes  size of the query text in UTF-8
     * @param maxRequestSize    size of a request body, variables included (an import's documents travel there)
     * @param trustForwardedFor take the client address from the last X-Forwarded-For entry: only behind a proxy
     *                          that sets it, or any client could pick its own address
     * @param rate              the per-client budget
     */
    public record Limits(@DefaultValue("15") int maxDepth, @DefaultValue("5000000") long maxCost,
                         @DefaultValue("1000") int maxFields, @DefaultValue("30") int maxAliases,
                         @DefaultValue("65536") int maxDocumentBytes, @DefaultValue("8MB") DataSize maxRequestSize,
                         @DefaultValue("false") boolean trustForwardedFor, @DefaultValue Rate rate) {
    }

    /**
     * @param enabled    whether query cost is budgeted per client at all
     * @param budget     cost points per period for a client known by its address
     * @param keyBudget  cost points per period for a client presenting one of {@code kemu.api-keys}
     * @param period     time in which an empty budget fills up again
     * @param loopback   whether clients on 127.0.0.1 / ::1 are budgeted too; off, a local run is never throttled
     * @param maxClients budgets kept at once; the least recently seen client is forgotten first
     */
    public record Rate(@DefaultValue("true") boolean enabled, @DefaultValue("20000000") long budget,
                       @DefaultValue("200000000") long keyBudget, @DefaultValue("PT1M") Duration period,
                       @DefaultValue("false") boolean loopback, @DefaultValue("10000") int maxClients) {
    }

    /** @param enabled whether /graphiql serves the page; off for a deployment that offers only the API */
    public record Graphiql(@DefaultValue("true") boolean enabled) {
    }

    /** @param keep how many replaced versions of a report are kept, the newest; older ones are removed on import */
    public record Revisions(@DefaultValue("10") int keep) {
    }

    /** Every setting's name as it is written ({@code kemu.neo4j.embedded.data-dir}), from the records above. */
    public static SortedSet<String> settingNames() {
        var names = new TreeSet<String>();
        collectNames(KemuProperties.class, "kemu", names);
        return names;
    }

    private static void collectNames(Class<?> type, String prefix, Set<String> names) {
        for (var component : type.getRecordComponents()) {
            var name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (component.getType().isRecord()) {
                collectNames(component.getType(), name, names);
            } else {
                names.add(name);
            }
        }
    }

    /** @param enabled whether the explorer (/explore, /explore/csv) is served; read by its configuration's condition */
    public record Explore(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param deadline how long stopping may take before the process ends anyway: requests (20 s) and the embedded
     *                 database (10 s), with room
     */
    public record Shutdown(@DefaultValue("45s") Duration deadline) {
    }
}
