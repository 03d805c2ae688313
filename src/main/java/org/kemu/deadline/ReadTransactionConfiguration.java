package org.kemu.deadline;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Wraps the application's Neo4j client so that a query's statements begin its read transaction when it needs one. */
@Configuration(proxyBeanMethods = false)
class ReadTransactionConfiguration {

    @Bean
    static BeanPostProcessor statementsBeginTheReadTransaction() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Neo4jClient client && !(bean instanceof StatementsBeginTheReadTransaction)
                        ? new StatementsBeginTheReadTransaction(client) : bean;
            }
        };
    }
}
