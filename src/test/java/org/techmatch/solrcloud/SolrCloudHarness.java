package org.techmatch.solrcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real SolrCloud for the tests (issue 17): an embedded ZooKeeper and Solr 9.10.1 nodes from
 * {@code MiniSolrCloudCluster}, in JVMs of their own — Solr brings Lucene 9, which must never share a classpath with
 * the app's Lucene 10. The app talks to it over HTTP/SolrJ only, through {@link #zkHost()} and {@link #solrUrls()}.
 *
 * <p>Two layouts: all nodes in one JVM beside ZooKeeper (the default; cheapest), where {@link #stopNode} is the
 * cluster's own stop of that node's Jetty; or {@link Builder#processPerNode() a JVM per node}, where
 * {@link #stopNode} is a {@code kill -9} of that node's JVM. Either way {@link #startNode} brings the node back on
 * the same port and data directory. {@link #close()} and a shutdown hook end every JVM; the harness also ends
 * itself when the test JVM's end closes its stdin.
 */
public final class SolrCloudHarness implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static SolrCloudHarness shared;

    private final Path dir;
    private final HarnessProcess main;
    private final String zkHost;
    private final List<String> urls;
    private final List<HarnessProcess> nodeProcesses;
    private final List<Integer> nodePorts;
    private final Thread shutdownHook = new Thread(this::killAll, "solr-harness-shutdown");

    private SolrCloudHarness(Path dir, HarnessProcess main, String zkHost, List<String> urls,
            List<HarnessProcess> nodeProcesses, List<Integer> nodePorts) {
        this.dir = dir;
        this.main = main;
        this.zkHost = zkHost;
        this.urls = urls;
        this.nodeProcesses = nodeProcesses;
        this.nodePorts = nodePorts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A two-node cluster for the whole test JVM, started on first use and ended when the JVM ends. */
    public static synchronized SolrCloudHarness shared() {
        if (shared == null) {
            shared = builder().start();
        }
        return shared;
    }

    /** ZooKeeper's address with the cluster's chroot, e.g. {@code 127.0.0.1:40853/solr}: what SolrJ's cloud client takes. */
    public String zkHost() {
        return zkHost;
    }

    /** Each node's base URL, e.g. {@code http://127.0.0.1:34067/solr}, by node index; a stopped node keeps its URL. */
    public List<String> solrUrls() {
        return List.copyOf(urls);
    }

    /** A directory every node may read and write (solr.allowPaths): where Collections API backups go. */
    public Path backupDir() {
        return dir.resolve("backups");
    }

    /** Stops node {@code i}: the cluster's own stop, or {@code kill -9} of its JVM in {@link Builder#processPerNode()}. */
    public void stopNode(int i) {
        run(() -> {
            if (nodeProcesses.isEmpty()) {
                main.command("stop " + i, COMMAND_TIMEOUT);
            } else {
                nodeProcesses.get(i).kill();
            }
        });
    }

    /**
     * Starts node {@code i} again on the same port and data, and waits until it has joined the cluster and every
     * replica of every collection is active again (its own have recovered), so the next test's writes reach them.
     */
    public void startNode(int i) {
        run(() -> {
            if (nodeProcesses.isEmpty()) {
                main.command("start " + i, COMMAND_TIMEOUT);
            } else {
                nodeProcesses.get(i).close();
                nodeProcesses.set(i, startNodeProcess(dir, zkHost, i, nodePorts.get(i)));
            }
            main.command("await-active " + COMMAND_TIMEOUT.minusSeconds(30).toSeconds(), COMMAND_TIMEOUT);
        });
    }

    /** Uploads a configset to ZooKeeper under {@code name}, for collections to be created from. */
    public void uploadConfigSet(String name, Path confDir) {
        run(() -> main.command("config " + name + " " + confDir.toAbsolutePath(), COMMAND_TIMEOUT));
    }

    /** The JVMs of this cluster: ZooKeeper's (with the nodes, unless a JVM per node) first. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>(List.of(main.handle()));
        nodeProcesses.forEach(p -> all.add(p.handle()));
        return all;
    }

    @Override
    public void close() {
        run(() -> {
            for (HarnessProcess node : nodeProcesses) {
                node.close();
            }
            main.close();
        });
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run: nothing left to remove.
        }
        deleteQuietly(dir);
    }

    /** The shutdown hook: no time for an orderly stop, and no JVM may outlive the tests. */
    private void killAll() {
        List<ProcessHandle> all = processes();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // Gone or going: SIGKILL cannot be refused.
            }
        }
        deleteQuietly(dir);
    }

    private static HarnessProcess startNodeProcess(Path dir, String zkHost, int i, int port) throws Exception {
        HarnessProcess node = HarnessProcess.launch("node" + i, List.of("node", "--zk-host", zkHost,
                "--dir", dir.resolve("node" + i).toString(), "--port", Integer.toString(port),
                "--allow-path", dir.resolve("backups").toString()),
                // A killed node's ZooKeeper session must expire before its replacement may register under the
                // same name, and before the cluster elects new leaders for its shards: 10 s rather than Solr's 30.
                List.of("-Dsolr.zkclienttimeout=10000"));
        node.awaitReady(START_TIMEOUT);
        return node;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leftovers under target/ are harmless; the next mvn clean takes them.
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** How many nodes, in which layout, with which configsets. */
    public static final class Builder {
        private int nodes = 2;
        private boolean processPerNode;
        private final Map<String, Path> configSets = new LinkedHashMap<>();

        public Builder nodes(int nodes) {
            this.nodes = nodes;
            return this;
        }

        /** One JVM per node, so that {@link #stopNode} is a real {@code kill -9}. */
        public Builder processPerNode() {
            this.processPerNode = true;
            return this;
        }

        /** A configset uploaded to ZooKeeper before the cluster is ready. */
        public Builder configSet(String name, Path confDir) {
            configSets.put(name, confDir.toAbsolutePath());
            return this;
        }

        public SolrCloudHarness start() {
            Path dir = Path.of("target", "solr-harness-data", UUID.randomUUID().toString()).toAbsolutePath();
            List<String> args = new ArrayList<>(List.of("cluster", "--dir", dir.resolve("cluster").toString(),
                    "--nodes", Integer.toString(processPerNode ? 0 : nodes), "--allow-path", dir.resolve("backups").toString()));
            configSets.forEach((name, path) -> args.addAll(List.of("--config", name + "=" + path)));
            List<HarnessProcess> started = new ArrayList<>();
            try {
                Files.createDirectories(dir.resolve("backups"));
                HarnessProcess main = HarnessProcess.launch("cluster", args, List.of());
                started.add(main);
                List<String> lines = main.awaitReady(START_TIMEOUT);
                String zkHost = value(lines, "zkHost");
                List<String> urls = new ArrayList<>();
                List<Integer> ports = new ArrayList<>();
                List<HarnessProcess> nodeProcesses = new ArrayList<>();
                if (processPerNode) {
                    for (int i = 0; i < nodes; i++) {
                        ports.add(freePort());
                    }
                    for (int i = 0; i < nodes; i++) {
                        HarnessProcess node = startNodeProcess(dir, zkHost, i, ports.get(i));
                        started.add(node);
                        nodeProcesses.add(node);
                        urls.add("http://127.0.0.1:" + ports.get(i) + "/solr");
                    }
                } else {
                    lines.stream().filter(l -> l.startsWith("node ")).forEach(l -> urls.add(l.split(" ")[2]));
                }
                SolrCloudHarness harness = new SolrCloudHarness(dir, main, zkHost, urls, nodeProcesses, ports);
                Runtime.getRuntime().addShutdownHook(harness.shutdownHook);
                return harness;
            } catch (Exception e) {
                started.forEach(p -> p.handle().destroyForcibly());
                throw e instanceof RuntimeException r ? r : new IllegalStateException("SolrCloud harness did not start", e);
            }
        }

        private static String value(List<String> lines, String key) {
            return lines.stream().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1))
                    .findFirst().orElseThrow(() -> new IllegalStateException("harness did not say its " + key + ": " + lines));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
