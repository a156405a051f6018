package org.techmatch.store.solr;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.techmatch.store.StoreUnavailableException;

/**
 * The connection to the cluster, made on first use and made again after a failure: the service starts while
 * ZooKeeper or Solr is down, every request that needs the store answers 503 meanwhile, and the first request after
 * the cluster is back connects. A collection of another schema version is refused, naming both versions.
 */
final class SolrConnection implements AutoCloseable {
    /** A call of the cluster through the connected client. */
    @FunctionalInterface
    interface Call<T> {
        T apply(CloudSolrClient client, String collection) throws SolrServerException, IOException;
    }

    /** How long a failed connection is not tried again. */
    private static final long RETRY_NANOS = 3_000_000_000L;

    private final SolrProperties properties;
    private volatile JdkCloudSolrClient client;
    private volatile String problem = "尚未连接";
    /** After a failed connection, requests fail at once until then rather than each waiting for its timeout. */
    private volatile long retryAtNanos = System.nanoTime();
    private volatile String refusal;

    SolrConnection(SolrProperties properties) {
        this.properties = properties;
    }

    String collection() {
        return properties.collection();
    }

    /**
     * Runs call on the cluster. A SolrCloud that cannot be reached or fails (5xx) is a
     * {@link StoreUnavailableException}; other Solr errors (a 409 of optimistic concurrency) reach the caller.
     */
    <T> T call(Call<T> call) {
        CloudSolrClient connected = client();
        try {
            return call.apply(connected, properties.collection());
        } catch (SolrServerException | IOException e) {
            throw unavailable("SolrCloud 无法访问", e);
        } catch (SolrException e) {
            if (e.code() >= 500 || e.code() == -1) {
                throw unavailable("SolrCloud 出错（" + e.code() + "）", e);
            }
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SolrServerException || e.getCause() instanceof IOException) {
                throw unavailable("SolrCloud 无法访问", e); // SolrJ wraps a lost ZooKeeper session this way
            }
            throw e;
        }
    }

    /** Connects if needed (and checks the schema version); the current state for a health check. */
    SolrStatus status() {
        try {
            CloudSolrClient connected = client();
            int live = connected.getClusterStateProvider().getLiveNodes().size();
            return new SolrStatus(live > 0, live, live > 0 ? null : "没有存活的 Solr 节点");
        } catch (RuntimeException e) {
            return new SolrStatus(false, 0, e.getMessage());
        }
    }

    private StoreUnavailableException unavailable(String what, Exception e) {
        problem = what + "：" + e.getMessage();
        return new StoreUnavailableException(what + "（集合「" + properties.collection() + "」）", e);
    }

    private CloudSolrClient client() {
        JdkCloudSolrClient connected = client;
        if (connected != null) {
            return connected;
        }
        synchronized (this) {
            if (client == null) {
                if (System.nanoTime() - retryAtNanos < 0) {
                    throw new StoreUnavailableException(refusal, null);
                }
                try {
                    client = connect();
                } catch (StoreUnavailableException e) {
                    retryAtNanos = System.nanoTime() + RETRY_NANOS;
                    refusal = e.getMessage();
                    throw e;
                }
            }
            return client;
        }
    }

    private JdkCloudSolrClient connect() {
        if (properties.zkHost() == null || properties.zkHost().isBlank()) {
            throw new StoreUnavailableException("未设置 techmatch.solr.zk-host：无法连接 SolrCloud", null);
        }
        JdkCloudSolrClient fresh = new JdkCloudSolrClient(properties.zkHost(), properties.requestTimeoutMs());
        try {
            fresh.connect(Math.min(properties.requestTimeoutMs(), 10_000), TimeUnit.MILLISECONDS);
            int found = schemaVersion(fresh, properties.collection());
            if (found != SolrSchema.VERSION) {
                throw new StoreUnavailableException(schemaMismatch(properties.collection(), found), null);
            }
            problem = null;
            return fresh;
        } catch (StoreUnavailableException e) {
            closeQuietly(fresh);
            problem = e.getMessage();
            throw e;
        } catch (Exception e) {
            closeQuietly(fresh);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            problem = "无法连接 SolrCloud（ZooKeeper " + properties.zkHost() + "）：" + e.getMessage();
            throw new StoreUnavailableException("无法连接 SolrCloud（ZooKeeper " + properties.zkHost() + "）", e);
        }
    }

    /** The schema version of a collection, from the default of its version field (0: a schema without one). */
    static int schemaVersion(CloudSolrClient client, String collection) throws SolrServerException, IOException {
        try {
            Map<String, Object> field = new SchemaRequest.Field(SolrSchema.VERSION_FIELD).process(client, collection)
                    .getField();
            Object value = field == null ? null : field.get("default");
            return value == null ? 0 : Integer.parseInt(value.toString());
        } catch (SolrException e) {
            if (e.code() == 404 && e.getMessage() != null && e.getMessage().contains(SolrSchema.VERSION_FIELD)) {
                return 0;
            }
            if (e.getMessage() != null && e.getMessage().contains("not found")) {
                throw new StoreUnavailableException("SolrCloud 集合「" + collection + "」不存在：请先运行 solr-create", e);
            }
            throw e;
        }
    }

    static String schemaMismatch(String collection, int found) {
        return "SolrCloud 集合「" + collection + "」的结构版本为 " + found + "，本服务需要结构版本 " + SolrSchema.VERSION
                + "：请用本版本的 solr-create 新建集合并迁移记录";
    }

    /** Why the store last failed, or null when the last connection attempt worked. */
    String problem() {
        return problem;
    }

    @Override
    public void close() {
        JdkCloudSolrClient connected = client;
        if (connected != null) {
            closeQuietly(connected);
        }
    }

    private static void closeQuietly(JdkCloudSolrClient c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // nothing to do: the client is dropped either way
        }
    }
}
