package org.techmatch.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.junit.jupiter.api.Test;

/**
 * Closing the store's Solr client must not wait for a node that stopped answering: the JDK's HttpClient.close()
 * waits for every exchange to end, and a request to a node that accepted it and then went silent ends only with its
 * request timeout (a CI run hung in such a close for an hour).
 */
class JdkCloudSolrClientCloseTest {

    @Test
    void closingWhileANodeHoldsARequestReturnsWithinTheCloseWait() throws Exception {
        List<Socket> held = new ArrayList<>();
        CountDownLatch accepted = new CountDownLatch(1);
        try (ServerSocket silentNode = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        Socket socket = silentNode.accept();
                        held.add(socket);
                        InputStream in = socket.getInputStream();
                        in.read(); // the request has arrived; no answer ever follows
                        accepted.countDown();
                    }
                } catch (Exception e) {
                    // the server socket closed at the end of the test
                }
            });
            JdkCloudSolrClient.NodeClients nodes = new JdkCloudSolrClient.NodeClients(60_000);
            String url = "http://127.0.0.1:" + silentNode.getLocalPort() + "/solr";
            Thread request = Thread.ofPlatform().daemon().start(() -> {
                try {
                    nodes.getClient(url).request(new QueryRequest(new SolrQuery("*:*")), "techmatch");
                } catch (Exception e) {
                    // closed or timed out: either way the close below is what is measured
                }
            });
            assertThat(accepted.await(30, TimeUnit.SECONDS)).as("the silent node received the request").isTrue();

            long start = System.nanoTime();
            nodes.close();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).as("close with a request held by a silent node")
                    .isLessThan(JdkCloudSolrClient.NodeClients.CLOSE_WAIT.plusSeconds(3));
            assertThat(request.isAlive()).as("the held request is still waiting for its timeout").isTrue();
            acceptor.interrupt();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
