package org.kemu.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code kemu.*} setting, bound in one place. The defaults are those of {@code application.properties} and
 * the README's configuration table, so a setting left out of either behaves the same.
 *
 * @param neo4j     the database that runs in this process when no external {@code spring.neo4j.uri} is configured
 * @param seed      loading {@code seed/} at startup
 * @param synthetic loading generated datasets ({@code synthetic} and {@code benchmark} commands)
 * @param apiKeys   keys accepted in the X-Api-Key header of {@code importReports}; none refuses imports over GraphQL
 * @param graphiql  the GraphiQL page at /graphiql
 */
@ConfigurationProperties("kemu")
public record KemuProperties(@DefaultValue Neo4j neo4j, @DefaultValue Seed seed, @DefaultValue Synthetic synthetic,
                             @DefaultValue List<String> apiKeys, @DefaultValue Graphiql graphiql) {

    /** @param embedded the in-process Neo4j */
    public record Neo4j(@DefaultValue Embedded embedded) {
    }

    /**
     * @param dataDir                    where the database files live; survives restarts
     * @param boltPort                   Bolt port on 127.0.0.1, 0 for any free port (the chosen port is logged)
     * @param preallocateTransactionLogs whether Neo4j reserves each transaction log file's full size (256 MB) up
     *                                   front; off, an empty database takes a few MB instead of over 500
     */
    public record Embedded(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("0") int boltPort,
                           @DefaultValue("false") boolean preallocateTransactionLogs) {
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

    /** @param enabled whether /graphiql serves the page; off for a deployment that offers only the API */
    public record Graphiql(@DefaultValue("true") boolean enabled) {
    }
}
