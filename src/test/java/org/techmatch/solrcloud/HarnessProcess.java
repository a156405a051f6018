package org.techmatch.solrcloud;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One JVM of the SolrCloud harness (solr-harness/, {@code SolrHarnessMain}) and its line protocol: answers on
 * stdout, commands on stdin, Solr's log in a file under target/solr-harness-logs. Closing stdin makes the harness
 * shut down, so it never outlives the test JVM, even one killed with {@code kill -9}.
 */
final class HarnessProcess implements AutoCloseable {

    static final String CLASSPATH_PROPERTY = "techmatch.solr-harness.classpath";
    private static final String END = "\u0000end";

    private final String name;
    private final Process process;
    private final Writer commands;
    private final Path log;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private HarnessProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "solr-harness-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code SolrHarnessMain ARGS} in a new JVM with a small heap; {@link #awaitReady} waits for it. */
    static HarnessProcess launch(String name, List<String> args, List<String> jvmOptions) throws IOException {
        Path logDir = Files.createDirectories(Path.of("target", "solr-harness-logs"));
        Path log = logDir.resolve(name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS")) + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // Small heaps keep a two-node cluster beside the test JVM cheap; serial GC spares the machine's two cores.
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(), "org.techmatch.solrharness.SolrHarnessMain"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new HarnessProcess(name, process, log);
    }

    private static String classpath() throws IOException {
        Path file = Path.of(System.getProperty(CLASSPATH_PROPERTY, "target/solr-harness.classpath"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no SolrCloud harness classpath at " + file.toAbsolutePath()
                    + ": run the tests through Maven (its process-test-classes phase runs src/test/scripts/build-solr-harness.sh)");
        }
        return Files.readString(file).strip();
    }

    private void readAnswers() {
        try (var in = process.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                answers.add(line);
            }
        } catch (IOException ignored) {
            // The process died: the END below tells whoever waits.
        }
        answers.add(END);
    }

    /** The lines before {@code ready}; fails with the log's tail when the harness could not start in time. */
    List<String> awaitReady(Duration timeout) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END) || line.startsWith("error ")) {
                throw failure(line == null ? "not ready after " + timeout : line.equals(END) ? "exited" : line);
            }
            if (line.equals("ready")) {
                return lines;
            }
            lines.add(line);
        }
    }

    /** Sends one command and returns its {@code ok ...} answer; an {@code error} answer or silence is a failure. */
    synchronized String command(String command, Duration timeout) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        String answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null || answer.equals(END) || !answer.startsWith("ok")) {
            throw failure(command + ": " + (answer == null ? "no answer after " + timeout : answer.equals(END) ? "exited" : answer));
        }
        return answer;
    }

    /** Ends the JVM at once, like a crash of its machine (SIGKILL on Linux). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** An orderly shutdown (end of stdin), then a kill if it takes longer than a minute. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        try {
            commands.close();
        } catch (IOException e) {
            // Already gone: the kill below makes sure.
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private IllegalStateException failure(String what) {
        String tail;
        try {
            List<String> all = Files.readAllLines(log);
            tail = String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            tail = "(log unreadable: " + e + ")";
        }
        return new IllegalStateException("SolrCloud harness " + name + ": " + what + "; log " + log.toAbsolutePath()
                + ", its end:\n" + tail);
    }
}
