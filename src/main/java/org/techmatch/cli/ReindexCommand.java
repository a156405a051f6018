package org.techmatch.cli;

import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.catalog.Libraries;
import org.techmatch.store.RecordStore;

/** Rebuilds every indexed field from the stored JSON sources: how a mapping change reaches an existing index. */
final class ReindexCommand implements Command {
    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public java.util.Set<String> optionNames() {
        return java.util.Set.of("index");
    }

    @Override
    public String usage() {
        return """
                reindex [--index DIR]
                  Rebuilds all indexed fields of every record from its stored JSON source, with the current
                  analysis and mapping. Stop the service first (the index is locked while it runs).
                  --index DIR   the index directory (default: techmatch.index.path, ./index)""";
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) {
        RecordStore store = context.getBean(RecordStore.class);
        Libraries libraries = context.getBean(Libraries.class);
        long started = System.nanoTime();
        int count = store.rewriteAll(libraries::remap);
        store.markMapped();
        System.out.printf("reindexed %d records in %s in %.1f s%n", count, store.location(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
