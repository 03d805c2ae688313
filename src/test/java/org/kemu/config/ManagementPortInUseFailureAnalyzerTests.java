package org.kemu.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A clash on the management port is named as one, with the setting that moves it; other clashes are Spring's. */
class ManagementPortInUseFailureAnalyzerTests {

    @Test
    void aClashOnTheManagementPortNamesItAndTheSettingThatMovesIt() {
        var environment = new MockEnvironment().withProperty("server.port", "8090")
                .withProperty("management.server.port", "8081");
        var analysis = new ManagementPortInUseFailureAnalyzer(environment).analyze(new PortInUseException(8081));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("Port 8081, the management port (health and metrics), is already in use: most often by"
                        + " another kemu server on this machine.");
        assertThat(analysis.getAction()).startsWith("Give this server another management port with"
                + " MANAGEMENT_SERVER_PORT=PORT").endsWith("or stop the process that listens on 8081.");
    }

    @Test
    void aClashOnTheApiPortOrWithoutAManagementPortIsLeftToSpringBoot() {
        var apiClash = new MockEnvironment().withProperty("management.server.port", "8081");
        assertThat(new ManagementPortInUseFailureAnalyzer(apiClash).analyze(new PortInUseException(8080))).isNull();

        var samePort = new MockEnvironment().withProperty("server.port", "8081")
                .withProperty("management.server.port", "8081");
        assertThat(new ManagementPortInUseFailureAnalyzer(samePort).analyze(new PortInUseException(8081))).isNull();

        assertThat(new ManagementPortInUseFailureAnalyzer(new MockEnvironment()).analyze(new PortInUseException(8081)))
                .isNull();
    }
}
