package org.techmatch.solrharness;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud for the app's tests, in a JVM of its own (Solr 9 brings Lucene 9, the app Lucene 10).
 *
 * <p>Two modes:
 * <ul>
 *   <li>{@code cluster --dir D [--nodes N] [--allow-path P]... [--config NAME=DIR]...}: an embedded ZooKeeper and N
 *       Solr nodes in this JVM ({@link MiniSolrCloudCluster}); a node stops and starts with the cluster's own
 *       stop/start. With {@code --nodes 0} only ZooKeeper runs, for nodes in processes of their own.</li>
 *   <li>{@code node --zk-host Z --dir D --port P [--allow-path P]...}: one Solr node joining the cluster at Z; the
 *       test kills its JVM with {@code kill -9} and starts it again on the same port and directory.</li>
 * </ul>
 *
 * <p>Protocol: stdout carries only the lines below (Solr's log goes to stderr), each a word then values separated
 * by one space: {@code zkHost Z}, {@code node I URL} (one per running node), then {@code ready}. Commands, one per
 * line on stdin: {@code stop I}, {@code start I}, {@code await-active SECONDS} (until every replica of every
 * collection is active), {@code config NAME DIR} (upload a configset), {@code shutdown}
 * (orderly stop, then exit 0), {@code halt} (exit at once, like a crash). Each answers {@code ok ...} or
 * {@code error MESSAGE}. The end of stdin is a shutdown: when the test JVM dies, this one follows, never an orphan.
 */
public final class SolrHarnessMain {

    private final PrintStream protocol;
    private final Options options;
    private MiniSolrCloudCluster cluster;
    private JettySolrRunner soleNode;
    /** The nodes as started: the cluster forgets a stopped node, and start I must find it again. */
    private List<JettySolrRunner> nodes = List.of();

    private SolrHarnessMain(PrintStream protocol, Options options) {
        this.protocol = protocol;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        // Anything Solr or a library prints to System.out would corrupt the protocol: the protocol keeps the real
        // stdout, everything else goes to stderr.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            protocol.println("error " + e.getMessage());
            System.exit(2);
            return;
        }
        SolrHarnessMain harness = new SolrHarnessMain(protocol, options);
        try {
            harness.start();
        } catch (Throwable e) {
            e.printStackTrace();
            protocol.println("error start failed: " + oneLine(e));
            Runtime.getRuntime().halt(1);
        }
        harness.serve();
    }

    private void start() throws Exception {
        Files.createDirectories(options.dir());
        if (!options.allowPaths().isEmpty()) {
            // Backups and restores read and write only below these paths (solr.xml's allowPaths).
            System.setProperty("solr.allowPaths", String.join(",", options.allowPaths()));
        }
        if (options.mode().equals("node")) {
            startSoleNode();
            protocol.println("zkHost " + options.zkHost());
            protocol.println("node 0 " + soleNode.getBaseUrl());
        } else {
            MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(options.nodes(), options.dir())
                    .withJettyConfig(jetty -> jetty.stopAtShutdown(true));
            for (String[] config : options.configs()) {
                builder.addConfig(config[0], Path.of(config[1]));
            }
            cluster = builder.build();
            protocol.println("zkHost " + cluster.getZkServer().getZkAddress());
            nodes = List.copyOf(cluster.getJettySolrRunners());
            for (int i = 0; i < nodes.size(); i++) {
                protocol.println("node " + i + " " + nodes.get(i).getBaseUrl());
            }
        }
        protocol.println("ready");
    }

    private void startSoleNode() throws Exception {
        Path home = options.dir();
        Path solrXml = home.resolve("solr.xml");
        if (!Files.exists(solrXml)) {
            Files.writeString(solrXml, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
        }
        Properties props = new Properties();
        props.setProperty("zkHost", options.zkHost());
        props.setProperty("hostPort", Integer.toString(options.port()));
        JettyConfig config = JettyConfig.builder().setPort(options.port()).stopAtShutdown(true).build();
        soleNode = new JettySolrRunner(home.toString(), props, config);
        soleNode.start();
    }

    private void serve() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split(" ");
            try {
                switch (words[0]) {
                    case "" -> { }
                    case "stop" -> {
                        int i = Integer.parseInt(words[1]);
                        cluster().stopJettySolrRunner(node(i));
                        protocol.println("ok stopped " + i);
                    }
                    case "start" -> {
                        int i = Integer.parseInt(words[1]);
                        JettySolrRunner node = node(i);
                        // Same port as before, so the node keeps its name in ZooKeeper and its replicas come back.
                        cluster().startJettySolrRunner(node, true);
                        cluster().waitForNode(node, 60);
                        protocol.println("ok started " + i + " " + node.getBaseUrl());
                    }
                    case "await-active" -> {
                        int seconds = Integer.parseInt(words[1]);
                        for (String collection : cluster().getZkStateReader().getClusterState().getCollectionNames()) {
                            // A node that is back serves before its replicas have recovered; a test writing with
                            // min_rf = every replica must wait for them (waits are per collection, up to seconds).
                            cluster().waitForActiveCollection(collection, seconds, TimeUnit.SECONDS);
                        }
                        protocol.println("ok active");
                    }
                    case "config" -> {
                        cluster().uploadConfigSet(Path.of(words[2]), words[1]);
                        protocol.println("ok config " + words[1]);
                    }
                    case "shutdown" -> {
                        shutdown();
                        return;
                    }
                    case "halt" -> Runtime.getRuntime().halt(137);
                    default -> protocol.println("error unknown command: " + line);
                }
            } catch (Exception e) {
                e.printStackTrace();
                protocol.println("error " + oneLine(e));
            }
        }
        shutdown();
    }

    private MiniSolrCloudCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("this harness runs a single node: kill its process instead");
        }
        return cluster;
    }

    private JettySolrRunner node(int i) {
        if (i < 0 || i >= nodes.size()) {
            throw new IllegalArgumentException("no node " + i + " (nodes 0.." + (nodes.size() - 1) + ")");
        }
        return nodes.get(i);
    }

    private void shutdown() {
        try {
            if (cluster != null) {
                cluster.shutdown();
            }
            if (soleNode != null) {
                soleNode.stop();
            }
            protocol.println("ok bye");
        } catch (Exception e) {
            e.printStackTrace();
            protocol.println("error shutdown: " + oneLine(e));
        }
        // Non-daemon threads of Solr or ZooKeeper must not keep the JVM alive after its cluster is gone.
        Runtime.getRuntime().halt(0);
    }

    private static String oneLine(Throwable e) {
        return String.valueOf(e).replace('\n', ' ').replace('\r', ' ');
    }

    /** The command line, checked before anything starts. */
    record Options(String mode, Path dir, int nodes, String zkHost, int port, List<String> allowPaths,
            List<String[]> configs) {

        static Options parse(String[] args) {
            if (args.length == 0 || !(args[0].equals("cluster") || args[0].equals("node"))) {
                throw new IllegalArgumentException("usage: cluster|node --dir D [options]");
            }
            Path dir = null;
            int nodes = 2;
            String zkHost = null;
            int port = 0;
            List<String> allowPaths = new ArrayList<>();
            List<String[]> configs = new ArrayList<>();
            for (int i = 1; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--dir" -> dir = Path.of(value).toAbsolutePath();
                    case "--nodes" -> nodes = Integer.parseInt(value);
                    case "--zk-host" -> zkHost = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--allow-path" -> allowPaths.add(Path.of(value).toAbsolutePath().toString());
                    case "--config" -> {
                        String[] nameDir = value.split("=", 2);
                        if (nameDir.length != 2) {
                            throw new IllegalArgumentException("--config takes NAME=DIR, not " + value);
                        }
                        configs.add(nameDir);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("--dir is required");
            }
            if (args[0].equals("node") && (zkHost == null || port <= 0)) {
                throw new IllegalArgumentException("node needs --zk-host and --port");
            }
            return new Options(args[0], dir, nodes, zkHost, port, allowPaths, configs);
        }
    }
}
