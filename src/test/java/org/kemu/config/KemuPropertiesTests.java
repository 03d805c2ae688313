package org.kemu.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Every {@code kemu.*} setting binds in one place; one that names nothing there stops the start, named. */
class KemuPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KemuProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void aMistypedSettingStopsTheStartAndIsNamed() {
        runner.withPropertyValues("kemu.neo4j.embeded.data-dir=/srv/kemu").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("kemu.neo4j.embeded.data-dir");
        });
    }

    @Test
    void everyDocumentedGroupBindsIncludingTheExplorerSwitchAndTheShutdownDeadline() {
        runner.withPropertyValues("kemu.explore.enabled=false", "kemu.shutdown.deadline=30s",
                "kemu.neo4j.embedded.data-dir=/srv/kemu", "kemu.limits.rate.budget=10").run(context -> {
            assertThat(context).hasNotFailed();
            var properties = context.getBean(KemuProperties.class);
            assertThat(properties.explore().enabled()).isFalse();
            assertThat(properties.shutdown().deadline()).isEqualTo(Duration.ofSeconds(30));
        });
        runner.run(context -> assertThat(context.getBean(KemuProperties.class).shutdown().deadline())
                .isEqualTo(Duration.ofSeconds(45)));
    }
}
