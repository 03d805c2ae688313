package org.kemu;

import org.kemu.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** kemu: a GraphQL API over China's government budget disclosures. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KemuApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(new CommandLine(System.out, System.err).run(args));
        }
        SpringApplication.run(KemuApplication.class, args);
    }
}
