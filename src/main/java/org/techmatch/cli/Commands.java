package org.techmatch.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.TechMatchApplication;

/** Dispatches "java -jar techmatch.jar COMMAND [options]" to the command, in a context without a web server. */
public final class Commands {
    private static final List<Command> ALL = List.of(new ReindexCommand(), new StoreBenchmarkCommand(),
            new EvalCommand(), new ImportCommand(), new ImportBenchmarkCommand(), new MatchBenchmarkCommand(),
            new BackupCommand(), new RestoreCommand(), new LoadTestCommand(), new RefitCommand(),
            new SolrCreateCommand(), new MigrateCommand(), new SolrBackupCommand(), new SolrRestoreCommand());

    private Commands() {
    }

    public static boolean isCommand(String name) {
        return name.equals("help") || ALL.stream().anyMatch(c -> c.name().equals(name));
    }

    /**
     * Starts the application without a web server, fixture loading, the background embedding job or the expiry of
     * demands, unless the properties say otherwise (a command may start several, e.g. one per index).
     */
    static ConfigurableApplicationContext start(Map<String, Object> commandProperties) {
        Map<String, Object> properties = new HashMap<>(commandProperties);
        properties.putIfAbsent("techmatch.fixtures.load-on-empty", false);
        properties.putIfAbsent("techmatch.semantic.background-job", false);
        properties.putIfAbsent("techmatch.expiry.enabled", false);
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        // Passed as command-line properties: they must win over application.yml (default properties do not).
        String[] springArgs = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TechMatchApplication.class).web(WebApplicationType.NONE).run(springArgs);
    }

    public static int run(String[] args) {
        if (args[0].equals("help")) {
            System.out.println("Commands:\n");
            ALL.forEach(c -> System.out.println(c.usage() + "\n"));
            return 0;
        }
        Command command = ALL.stream().filter(c -> c.name().equals(args[0])).findFirst().orElseThrow();
        Options options;
        try {
            options = Options.parse(Arrays.asList(args).subList(1, args.length), command.optionNames());
        } catch (IllegalArgumentException e) {
            System.err.println(command.name() + ": " + e.getMessage() + "\n\n" + command.usage());
            return 2;
        }
        if (options.has("help")) {
            System.out.println(command.usage());
            return 0;
        }
        if (!command.needsContext(options)) {
            try {
                return command.run(options, null);
            } catch (IllegalArgumentException e) {
                System.err.println(command.name() + ": " + e.getMessage());
                return 2;
            } catch (Exception e) {
                System.err.println(command.name() + " failed: " + e);
                return 1;
            }
        }
        Map<String, Object> properties = new HashMap<>(command.properties(options));
        if (options.has("index")) {
            properties.put("techmatch.index.path", options.get("index", "index"));
        }
        try (ConfigurableApplicationContext context = start(properties)) {
            return command.run(options, context);
        } catch (IllegalArgumentException e) {
            System.err.println(command.name() + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println(command.name() + " failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }
}
