package org.kemu.config;

import graphql.scalars.ExtendedScalars;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars of the schema (exact decimals for money, JSON for import documents), how controllers are invoked, and the
 * check of the schema against them.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(ExtendedScalars.GraphQLBigDecimal).scalar(ExtendedScalars.Json);
    }

    /** In place of Spring Boot's report (turned off in application.properties), one that speaks only of faults. */
    @Bean
    GraphQlSourceBuilderCustomizer schemaMappingCheck() {
        return builder -> builder.inspectSchemaMappings(SchemaMappingCheck::report);
    }

    /**
     * Controller methods run on the request's own thread. By default every synchronous method is handed
     * to the task executor, one thread hop per field: a report page resolves hundreds of fields (an amount per
     * line), and the hops cost more than the database.
     */
    @Bean
    static BeanPostProcessor controllerMethodsOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }
}
