package org.kemu.deadline;

import org.kemu.config.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the application's Neo4j driver so that a query's statements run read-only and end by its deadline, in the
 * database of this process when it is embedded.
 */
@Configuration(proxyBeanMethods = false)
class QueryStatementsConfiguration {

    @Bean
    static BeanPostProcessor queryStatementsDriver(ObjectProvider<EmbeddedNeo4j> embedded) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Driver driver && !(bean instanceof QueryStatementsDriver)) {
                    var database = embedded.getIfAvailable();
                    return new QueryStatementsDriver(driver, database == null ? null : new InProcessStatements(database));
                }
                return bean;
            }
        };
    }
}
