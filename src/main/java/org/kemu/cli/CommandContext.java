package org.kemu.cli;

import java.util.List;

import org.kemu.KemuApplication;
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

    private static ConfigurableApplicationContext start(WebApplicationType web, List<String> settings,
                                                        String... properties) {
        return new SpringApplicationBuilder(KemuApplication.class)
                .web(web)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.kemu=WARN",
                        "logging.level.org.springframework.data.neo4j=ERROR")
                .properties(properties)
                .run(settings.toArray(String[]::new));
    }
}
