package org.techmatch.store.solr;

import java.io.IOException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.apache.solr.common.util.NamedList;

/**
 * Backs up and restores a collection of the solrcloud backend with Solr's own Collections API (BACKUP, RESTORE):
 * every shard's index and the configset go to a location each node can reach and that the cluster allows
 * (solr.allowPaths for a local or shared file system). A restore makes a new collection; the records it holds are
 * counted per type afterwards, to compare with those the backup counted.
 */
public final class SolrBackups {
    /**
     * What a backup or a restore did: the collection and its records per type (for a backup, at the commit it
     * copied: writes during the backup may or may not be in it; for a restore, in the restored collection).
     */
    public record Outcome(String collection, String backupName, String location, SortedMap<String, Long> records,
                          long millis) {
        public long total() {
            return records.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private SolrBackups() {
    }

    /**
     * Backs up the collection of these properties as name under location (a directory every node sees). Solr
     * keeps the backups of one name as numbered incremental points.
     *
     * @throws IllegalStateException when Solr reports the backup failed, with its reason
     */
    public static Outcome backup(SolrProperties properties, String name, String location, long timeoutSeconds)
            throws SolrServerException, IOException, InterruptedException {
        long started = System.nanoTime();
        try (JdkCloudSolrClient client = connect(properties)) {
            // A backup copies each shard's last hard commit; acknowledged writes newer than that live only in the
            // transaction logs (autoCommit every 15 s). Commit first, so the backup holds every acknowledged write.
            client.commit(properties.collection(), true, true);
            SortedMap<String, Long> records = counts(client, properties.collection());
            // Solr answers a BACKUP only when it is done, which for a large collection outlasts any HTTP timeout:
            // ask asynchronously and wait on its status instead.
            CollectionAdminRequest.Backup backup = CollectionAdminRequest.backupCollection(properties.collection(),
                    name).setLocation(location);
            run(client, backup, timeoutSeconds, "备份");
            return new Outcome(properties.collection(), name, location, records,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Restores the newest backup point of name under location into the collection of these properties, which
     * must not exist yet (Solr creates it with the backed-up configset and shard layout).
     */
    public static Outcome restore(SolrProperties properties, String name, String location, long timeoutSeconds)
            throws SolrServerException, IOException, InterruptedException {
        long started = System.nanoTime();
        try (JdkCloudSolrClient client = connect(properties)) {
            if (CollectionAdminRequest.listCollections(client).contains(properties.collection())) {
                throw new IllegalArgumentException("the collection " + properties.collection()
                        + " exists: restore into a new collection name (then switch techmatch.solr.collection)");
            }
            CollectionAdminRequest.Restore restore = CollectionAdminRequest.restoreCollection(properties.collection(),
                    name).setLocation(location);
            restore.setWaitForFinalState(true);
            run(client, restore, timeoutSeconds, "恢复");
            return new Outcome(properties.collection(), name, location, counts(client, properties.collection()),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static JdkCloudSolrClient connect(SolrProperties properties) {
        JdkCloudSolrClient client = new JdkCloudSolrClient(properties.zkHost(), properties.requestTimeoutMs());
        client.connect();
        return client;
    }

    private static void run(CloudSolrClient client, CollectionAdminRequest.AsyncCollectionAdminRequest request,
                            long timeoutSeconds, String what)
            throws SolrServerException, IOException, InterruptedException {
        String asyncId = "techmatch-" + UUID.randomUUID();
        RequestStatusState state = request.processAndWait(asyncId, client, timeoutSeconds);
        if (state == RequestStatusState.COMPLETED) {
            return;
        }
        NamedList<Object> status = CollectionAdminRequest.requestStatus(asyncId).process(client).getResponse();
        Object reason = status.findRecursive("exception", "msg");
        throw new IllegalStateException("SolrCloud " + what + " " + (state == RequestStatusState.FAILED ? "失败" : "未在 "
                + timeoutSeconds + " 秒内完成（" + state.getKey() + "）") + (reason == null ? "" : "：" + reason));
    }

    /** Records per type, without the store's own bookkeeping document. */
    private static SortedMap<String, Long> counts(CloudSolrClient client, String collection)
            throws SolrServerException, IOException {
        SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(SolrSchema.TYPE)
                .setFacetLimit(-1).setFacetMinCount(1);
        SortedMap<String, Long> counts = new TreeMap<>();
        FacetField types = client.query(collection, query).getFacetField(SolrSchema.TYPE);
        for (FacetField.Count count : types.getValues()) {
            if (!SolrRecordStore.META_TYPE.equals(count.getName())) {
                counts.put(count.getName(), count.getCount());
            }
        }
        return counts;
    }
}
