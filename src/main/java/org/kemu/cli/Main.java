package org.kemu.cli;

import org.kemu.KemuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The jar's entry point: without a command it starts the GraphQL server, with one it runs the command and exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.startsServer(args)) {
            // named as the application's main class, so the server's startup log reads as before
            try {
                new SpringApplicationBuilder(KemuApplication.class).main(KemuApplication.class).run(args);
            } catch (RuntimeException failed) {
                // Spring has logged why; the embedded database's threads would keep a server that failed to start alive
                System.exit(1);
            }
        } else {
            System.exit(new CommandLine(System.out, System.err).run(args));
        }
    }
}
