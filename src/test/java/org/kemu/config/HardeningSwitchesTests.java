package org.kemu.config;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.servlet.function.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The two switches of a hardened deployment: no GraphiQL page, no schema introspection. */
class HardeningSwitchesTests {

    private static final String INTROSPECTION = "{ __schema { queryType { name } } }";

    @Test
    void graphiqlIsServedUnlessSwitchedOff() {
        var runner = new ApplicationContextRunner().withUserConfiguration(GraphiqlConfiguration.class);
        runner.run(context -> assertThat(context).hasSingleBean(RouterFunction.class));
        runner.withPropertyValues("kemu.graphiql.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
    }

    @Test
    void introspectionAnswersUnlessSwitchedOff() {
        var runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GraphQlAutoConfiguration.class))
                .withUserConfiguration(GraphQlConfiguration.class)
                .withPropertyValues("spring.graphql.schema.locations=classpath:graphql/");
        runner.run(context -> {
            var answer = execute(context.getBean(GraphQlSource.class), INTROSPECTION);
            assertThat(answer.getErrors()).isEmpty();
            assertThat(answer.<Map<String, Object>>getData()).isEqualTo(Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))));
        });
        runner.withPropertyValues("spring.graphql.schema.introspection.enabled=false").run(context -> {
            var source = context.getBean(GraphQlSource.class);
            assertThat(execute(source, INTROSPECTION).getErrors()).isNotEmpty();
            assertThat(execute(source, "{ __type(name: \"Query\") { name } }").getErrors()).isNotEmpty();
        });
    }

    private static ExecutionResult execute(GraphQlSource source, String query) {
        return source.graphQl().execute(ExecutionInput.newExecutionInput(query).build());
    }
}
