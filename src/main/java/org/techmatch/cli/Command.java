package org.techmatch.cli;

import org.springframework.context.ConfigurableApplicationContext;

/** One command of the jar. */
interface Command {
    String name();

    /** Names of the options it takes ("index" for --index DIR). */
    java.util.Set<String> optionNames();

    /** One paragraph: what it does, its options and their defaults. */
    String usage();

    /** Runs against a started (non-web) application context; returns the exit status. */
    int run(Options options, ConfigurableApplicationContext context) throws Exception;

    /**
     * False for commands that must not start the application (restore replaces the index the context would
     * open; loadtest and backup --url talk to a running service): {@link #run} then gets a null context.
     */
    default boolean needsContext(Options options) {
        return true;
    }

    /** Properties the context needs for this command (e.g. no fixture loading, another index). */
    default java.util.Map<String, Object> properties(Options options) {
        return java.util.Map.of();
    }
}
