package org.techmatch.store.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;

/**
 * A SolrCloud client (routing by ZooKeeper's cluster state, updates to shard leaders, retries on stale state)
 * whose HTTP goes through SolrJ's JDK client. SolrJ 9's own cloud client only speaks through its Jetty 10 client,
 * which cannot run beside the Jetty 12 that Spring Boot manages; the JDK client has no such dependency.
 */
final class JdkCloudSolrClient extends CloudSolrClient {
    private final ZkClientClusterStateProvider state;
    private final NodeClients nodes;

    JdkCloudSolrClient(String zkHost, long requestTimeoutMs) {
        super(true, true, true); // updates to leaders, in parallel per shard, only to leaders
        this.state = new ZkClientClusterStateProvider(zkHost);
        // a start with ZooKeeper down must fail fast (the store reports itself unavailable and retries later)
        int zkTimeout = (int) Math.min(requestTimeoutMs, 10_000);
        state.setZkConnectTimeout(zkTimeout);
        state.setZkClientTimeout(Math.max(zkTimeout, 10_000));
        this.nodes = new NodeClients(requestTimeoutMs);
    }

    @Override
    protected LBSolrClient getLbClient() {
        return nodes;
    }

    @Override
    public ClusterStateProvider getClusterStateProvider() {
        return state;
    }

    @Override
    public void close() throws IOException {
        try {
            nodes.close();
        } finally {
            state.close();
        }
    }

    /** One JDK HTTP client per node base URL, reused for every request to that node. */
    static final class NodeClients extends LBSolrClient {
        /**
         * How long closing waits for the node clients. The JDK's HttpClient.close() (which SolrJ calls on Java 21+)
         * waits until every exchange has ended, and one whose response body nobody finished reading never does: a
         * closed store must not hold its caller (a reconnect, the service's shutdown) for that.
         */
        static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

        private final long requestTimeoutMs;
        private final ConcurrentHashMap<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
        /**
         * The threads of every node client, started for each task as it comes. SolrJ's own pool for a client keeps
         * 4 threads until its queue of 1,024 fills, and an update needs two of its tasks: one writes the request's
         * body into a pipe, the HTTP client's reads it. A request that times out while its writer is still queued
         * cancels the writer, and its reader then waits on the pipe forever, holding a thread; four such and every
         * later update to that node waits forever behind them (seen with concurrent writers while a node was
         * killed). Here a writer never waits in a queue, so no reader is left without one.
         */
        private final ExecutorService threads = Executors.newCachedThreadPool(
                Thread.ofPlatform().daemon().name("solr-http-", 0).factory());

        NodeClients(long requestTimeoutMs) {
            super(List.of());
            this.requestTimeoutMs = requestTimeoutMs;
        }

        @Override
        protected SolrClient getClient(String baseUrl) {
            return clients.computeIfAbsent(baseUrl, url -> new HttpJdkSolrClient.Builder(url)
                    .useHttp1_1(true) // no h2c upgrade dance with Solr's Jetty: plain keep-alive connections
                    .withConnectionTimeout(Math.min(requestTimeoutMs, 5_000), TimeUnit.MILLISECONDS)
                    .withRequestTimeout(requestTimeoutMs, TimeUnit.MILLISECONDS)
                    .withExecutor(threads)
                    .build());
        }

        @Override
        protected SolrClient getClient(Endpoint endpoint) {
            return getClient(endpoint.getBaseUrl());
        }

        /** Closes every node client, each on a daemon thread of its own, waiting at most {@link #CLOSE_WAIT}. */
        @Override
        public void close() {
            List<Thread> closing = clients.values().stream()
                    .map(client -> Thread.ofPlatform().daemon().name("solr-client-close")
                            .start(() -> closeQuietly(client)))
                    .toList();
            long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
            try {
                for (Thread thread : closing) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
                        break; // its exchanges end with their request timeout; the daemon thread does not hold the JVM
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            threads.shutdownNow(); // the clients do not shut down a pool they were given
            super.close();
        }

        private static void closeQuietly(SolrClient client) {
            try {
                client.close();
            } catch (IOException | RuntimeException e) {
                // closing a JDK client only drops its connections
            }
        }
    }
}
