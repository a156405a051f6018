package org.techmatch.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/**
 * The victim of {@link CrashTest}: writes from several threads until it is killed, printing one line per
 * acknowledged write: "ACK id version base64(json)". Each thread creates records and updates its own.
 */
public final class CrashWriter {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        // the background commit interval: short to be killed during a commit, long to leave a log to replay
        long commitMillis = args.length > 2 ? Long.parseLong(args[2]) : 2_000;
        TestLibraries libraries = TestLibraries.open(index, commitMillis);
        RecordCodec codec = new RecordCodec();
        System.out.println("READY");
        System.out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(Thread.ofPlatform().start(() -> {
                List<Achievement> mine = new ArrayList<>();
                for (int i = 0; ; i++) {
                    Achievement written;
                    if (mine.isEmpty() || ThreadLocalRandom.current().nextInt(3) > 0) {
                        written = libraries.achievements().create(record(thread, i, "初版"));
                        mine.add(written);
                    } else {
                        int pick = ThreadLocalRandom.current().nextInt(mine.size());
                        Achievement current = mine.get(pick);
                        written = libraries.achievements().update(current.id(), current.version(),
                                record(thread, i, "修订第" + (current.version() + 1) + "版"));
                        mine.set(pick, written);
                    }
                    String line = "ACK " + written.id() + " " + written.version() + " "
                            + Base64.getEncoder().encodeToString(codec.encode(written));
                    synchronized (System.out) {
                        System.out.println(line);
                        System.out.flush();
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private static Achievement record(int thread, int i, String edition) {
        return new Achievement(null, 0, null, "崩溃测试成果 线程" + thread + " 序号" + i + " " + edition,
                "用于验证强制终止后已确认写入不丢失的测试记录，包含中文正文与编号 " + i + "。",
                new Organisation("天津大学", OrgKind.UNIVERSITY), null, null, TechField.NEW_MATERIALS, null,
                List.of("崩溃测试"), Maturity.SAMPLE, null, null, null, null, null, null, null, null);
    }
}
