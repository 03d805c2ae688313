package org.kemu;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** kemu: a GraphQL API over China's government budget disclosures. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KemuApplication {
}
