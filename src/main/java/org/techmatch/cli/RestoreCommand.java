package org.techmatch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.backup.BackupInvalidException;
import org.techmatch.backup.Backups;
import org.techmatch.store.backup.LuceneBackups;

/** Puts a backup in place of the index while the service is stopped; the previous index is kept aside. */
final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("from", "index", "imports", "force");
    }

    @Override
    public String usage() {
        return """
                restore --from BACKUP [--index DIR] [--imports DIR] [--force]
                  Stop the service first. Verifies the backup (its manifest, every file and its size, Lucene
                  CheckIndex, the record counts) before touching anything, copies it next to the index, then swaps
                  it in. An index that is not empty is replaced only with --force, and is kept as
                  DIR.before-restore-TIME, never deleted; the same for the imports directory (--imports, default
                  "imports" next to the index) when the backup has one.
                  --index DIR   the index directory (default ./index)""";
    }

    @Override
    public boolean needsContext(Options options) {
        return false;
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) throws Exception {
        if (!options.has("from")) {
            throw new IllegalArgumentException("--from BACKUP is required");
        }
        Path index = Path.of(options.get("index", "index")).toAbsolutePath().normalize();
        Path imports = Path.of(options.get("imports", index.resolveSibling("imports").toString()));
        try {
            Backups.Restored result = LuceneBackups.offline().restore(Path.of(options.get("from", "")), index, imports,
                    options.has("force"), Clock.systemUTC());
            System.out.println("restored " + result.manifest().totalRecords() + " records " + result.restoredRecords()
                    + " from the backup of " + result.manifest().createdAt() + " into " + index);
            if (result.keptIndex() != null) {
                System.out.println("previous index kept as " + result.keptIndex());
            }
            if (result.keptImports() != null) {
                System.out.println("previous imports kept as " + result.keptImports());
            }
            return 0;
        } catch (BackupInvalidException e) {
            System.err.println("restore refused: " + e.getMessage() + "\nthe index " + index + " was not touched");
            return 1;
        }
    }
}
