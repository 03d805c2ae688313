package org.kemu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.kemu.KemuApplication;
import org.kemu.config.EmbeddedDatabaseInUseException;
import org.kemu.config.EmbeddedDirectoryException;
import org.kemu.config.EmbeddedDirectoryNotWritableException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * kemu's application context started for a command: the server's own configuration and database (embedded unless
 * {@code --spring.neo4j.uri} or the environment names one), without the banner and with the logs quiet, so that
 * the command's output is what the user sees.
 */
public final class CommandContext {

    private static final String DATA_DIR = "kemu.neo4j.embedded.data-dir";

    private CommandContext() {
    }

    /**
     * Without a web server: all that import, export and synthetic need. {@code defaults} are properties
     * ({@code name=value}) that the settings, the environment and application.properties override.
     */
    public static ConfigurableApplicationContext start(List<String> settings, String... defaults) {
        return start(WebApplicationType.NONE, settings, defaults);
    }

    /** With the GraphQL server listening on a free port, for a caller that queries kemu over HTTP. */
    public static ConfigurableApplicationContext startWebServer(List<String> settings) {
        return start(WebApplicationType.SERVLET, settings, "server.port=0");
    }

    /**
     * @throws EmbeddedDirectoryException when the embedded database's directory is held by another process or cannot
     *                                    be created or written; any other failure to start is rethrown as it is
     */
    private static ConfigurableApplicationContext start(WebApplicationType web, List<String> settings,
                                                        String... properties) {
        if (embedded(settings)) {
            var dataDir = Path.of(dataDir(settings, properties)).toAbsolutePath().normalize();
            // both said before the application starts, which would log Spring Boot's failure analysis of them
            EmbeddedDirectoryNotWritableException.requireWritable(dataDir);
            if (StoreLock.isHeld(dataDir)) {
                throw inUse(settings, properties);
            }
        }
        try {
            return new SpringApplicationBuilder(KemuApplication.class)
                    .web(web)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN", "logging.level.org.kemu=WARN",
                            "logging.level.org.springframework.data.neo4j=ERROR",
                            // a failed start is the command's to report: rethrown below, said once
                            "logging.level.org.springframework.boot.SpringApplication=OFF",
                            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR")
                    .properties(DocumentLibraryLogs.settings())
                    .properties(properties)
                    .run(settings.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (EmbeddedDatabaseInUseException.isStoreLocked(e)) {
                throw inUse(settings, properties);
            }
            throw e;
        }
    }

    private static EmbeddedDatabaseInUseException inUse(List<String> settings, String... properties) {
        return EmbeddedDatabaseInUseException.of(Path.of(dataDir(settings, properties)));
    }

    /** Whether the database runs in this process: no external one named by a setting or the environment. */
    static boolean embedded(List<String> settings) {
        var uri = settings.stream().filter(s -> s.startsWith("--spring.neo4j.uri=")).findFirst()
                .map(s -> s.substring("--spring.neo4j.uri=".length()))
                .orElse(System.getenv("SPRING_NEO4J_URI"));
        return uri == null || uri.isBlank();
    }

    /** The embedded database's directory as the settings, the command's defaults or the environment name it. */
    static String dataDir(List<String> settings, String... defaults) {
        var setting = settings.stream().filter(s -> s.startsWith("--" + DATA_DIR + "="))
                .map(s -> s.substring(DATA_DIR.length() + 3)).findFirst();
        var fallback = Arrays.stream(defaults).filter(d -> d.startsWith(DATA_DIR + "="))
                .map(d -> d.substring(DATA_DIR.length() + 1)).findFirst()
                .orElse(System.getenv().getOrDefault("KEMU_NEO4J_EMBEDDED_DATA_DIR", "./data/neo4j"));
        return setting.orElse(fallback);
    }
}
