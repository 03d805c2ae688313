package org.kemu.explore;

import org.junit.jupiter.api.Test;
import org.kemu.limits.QueryPath;
import org.mockito.Mockito;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer and its download are served, and budgeted, unless a hardened deployment switches them off. */
class ExploreSwitchTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(ExploreConfiguration.class)
            .withBean(WebGraphQlHandler.class, () -> Mockito.mock(WebGraphQlHandler.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void servedAndBudgetedUnlessSwitchedOff() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(RouterFunction.class);
            assertThat(context.getBean(QueryPath.class).path()).isEqualTo("/explore/csv");
        });
        runner.withPropertyValues("kemu.explore.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(RouterFunction.class);
            assertThat(context).doesNotHaveBean(QueryPath.class);
        });
    }
}
