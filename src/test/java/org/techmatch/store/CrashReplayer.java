package org.techmatch.store;

import java.nio.file.Path;

/**
 * The victim of {@link CrashTest#aKillDuringTheReplayLosesNothing}: opens the store, which replays the write-ahead
 * log after the last commit, and says when it starts and when the replay is done. The test kills it in between.
 */
public final class CrashReplayer {
    public static void main(String[] args) {
        Path index = Path.of(args[0]);
        TestLibraries.warmUp();
        System.out.println("OPENING");
        System.out.flush();
        TestLibraries libraries = TestLibraries.open(index, 3_600_000);
        System.out.println("OPENED");
        System.out.flush();
        libraries.close();
    }
}
