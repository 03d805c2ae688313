package org.kemu.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

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
    void aMistypedSettingIsExplainedWithWhereItCameFromAndTheSettingItMostLikelyMeant() {
        runner.withPropertyValues("kemu.neo4j.embeded.data-dir=/srv/kemu", "kemu.colour=blue").run(context -> {
            var analysis = new UnknownSettingFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription().lines()).containsExactly(
                    "kemu.colour (from test) is not a kemu setting",
                    "kemu.neo4j.embeded.data-dir (from test) is not a kemu setting; did you mean"
                            + " kemu.neo4j.embedded.data-dir?");
            assertThat(analysis.getAction()).contains("README (Configuration)");
        });
    }

    @Test
    void everySettingIsDocumentedInTheReadmeByItsNameOrItsEnvironmentVariable() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        assertThat(KemuProperties.settingNames()).isNotEmpty().allSatisfy(name -> assertThat(
                readme.contains(name) || readme.contains(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')))
                .as(name + " in the README").isTrue());
    }

    @Test
    void settingNamesAreWrittenAsInConfigurationFiles() {
        assertThat(KemuProperties.settingNames()).contains("kemu.neo4j.embedded.data-dir", "kemu.neo4j.startup-wait",
                "kemu.api-keys", "kemu.limits.rate.key-budget", "kemu.web.cors.allowed-origins",
                "kemu.web.persisted-queries.max-entries", "kemu.explore.enabled", "kemu.shutdown.deadline")
                .allSatisfy(name -> assertThat(name).matches("kemu(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
        assertThat(UnknownSettingFailureAnalyzer.distance("kemu.requests.timeot", "kemu.requests.timeout")).isEqualTo(1);
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
