package org.kemu.deadline;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the application's Neo4j driver so that a query's statements run read-only and end by its deadline. */
@Configuration(proxyBeanMethods = false)
class QueryStatementsConfiguration {

    @Bean
    static BeanPostProcessor queryStatementsDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Driver driver && !(bean instanceof QueryStatementsDriver)
                        ? new QueryStatementsDriver(driver) : bean;
            }
        };
    }
}
