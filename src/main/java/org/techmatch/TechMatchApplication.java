package org.techmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.techmatch.cli.Commands;

/**
 * Starts the service, or runs one of the project's commands when the first argument names one:
 * {@code java -jar techmatch.jar reindex --index DIR}.
 */
@SpringBootApplication
public class TechMatchApplication {
    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(TechMatchApplication.class, args);
    }
}
