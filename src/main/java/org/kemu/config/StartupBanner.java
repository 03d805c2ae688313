package org.kemu.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where to point their browser, and the operator where to probe it. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean graphiql;

    StartupBanner(KemuProperties kemu) {
        this.graphiql = kemu.graphiql().enabled();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            var port = web.getWebServer().getPort();
            var environment = web.getEnvironment();
            var page = graphiql ? "GraphiQL at http://localhost:" + port + "/graphiql , " : "";
            log.info("kemu is ready: {}GraphQL endpoint http://localhost:{}/graphql ; health and metrics at http://{}:{}/actuator",
                    page, port, environment.getProperty("management.server.address", "localhost"),
                    environment.getProperty("local.management.port", String.valueOf(port)));
        }
    }
}
