package org.kemu.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j used when no external {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir  where the database files live; survives restarts
 * @param boltPort Bolt port on 127.0.0.1, 0 for any free port (the chosen port is logged)
 */
@ConfigurationProperties("kemu.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("0") int boltPort) {
}
