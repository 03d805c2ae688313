package org.kemu.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * A server that cannot open its management port names that port as such: Spring Boot's own analysis would say
 * "configure this application to listen on another port" to someone who already gave it another API port, and a
 * second kemu on one machine meets exactly that (both default to {@value ManagementPortDefault#DEFAULT_PORT}).
 * A clash on any other port is left to Spring Boot's analysis.
 */
final class ManagementPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

    private final Environment environment;

    ManagementPortInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        var management = environment.getProperty("management.server.port", Integer.class);
        var api = environment.getProperty("server.port", Integer.class, 8080);
        if (management == null || management != cause.getPort() || api == cause.getPort()) {
            return null;
        }
        return new FailureAnalysis(
                "Port " + cause.getPort() + ", the management port (health and metrics), is already in use: most"
                        + " often by another kemu server on this machine.",
                "Give this server another management port with MANAGEMENT_SERVER_PORT=PORT (or"
                        + " --management.server.port=PORT; 0 picks a free one), or stop the process that listens on "
                        + cause.getPort() + ".",
                cause);
    }

    /** Before Spring Boot's analysis of the same failure, which would answer first otherwise. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
