package org.kemu.support;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationContext;

/**
 * Points a CLI command run inside a test at the integration tests' shared Neo4j, so that it finds the seed loaded
 * and starts no database of its own: a command's own embedded start costs more than the rest of its test.
 */
public final class CliDatabase {

    private CliDatabase() {
    }

    /** The {@code --spring.neo4j.uri=…} setting of the shared database, for a command's arguments. */
    public static String uriSetting(ApplicationContext context) {
        return "--spring.neo4j.uri=" + context.getBean(Neo4jConnectionDetails.class).getUri();
    }
}
