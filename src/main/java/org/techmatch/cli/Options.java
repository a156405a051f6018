package org.techmatch.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options of a command, plus --help; unknown names are an error, said before anything runs. */
final class Options {
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("help", "force", "list");
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(List<String> args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name) && !name.equals("help")) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (FLAGS.contains(name) && inline == null) {
                values.put(name, "true");
            } else if (inline != null) {
                values.put(name, inline);
            } else if (i + 1 < args.size()) {
                values.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
        }
        return new Options(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback) {
        String raw = values.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + raw + "'");
        }
    }
}
