package org.techmatch.store.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.techmatch.store.StoreUnavailableException;

/**
 * Makes the collection of the solrcloud backend: uploads the configset shipped in the jar (src/main/solr) under a
 * name carrying its schema version, then creates the collection from it. An existing collection is kept when its
 * schema version is ours and refused, naming both versions, when it is not.
 */
public final class SolrCollections {
    /** The configset's files, read from the classpath (the jar). */
    static final List<String> CONFIG_FILES = List.of("managed-schema.xml", "solrconfig.xml");
    private static final String CONFIG_RESOURCES = "/solr/techmatch/conf/";

    /** What {@link #create} did. */
    public enum Outcome { CREATED, EXISTED }

    private SolrCollections() {
    }

    /**
     * Creates the collection of these properties (their shards and replication factor) unless it exists.
     *
     * @throws IllegalStateException when it exists with another schema version (the message names both)
     */
    public static Outcome create(SolrProperties properties) {
        if (properties.zkHost() == null || properties.zkHost().isBlank()) {
            throw new IllegalArgumentException("未设置 ZooKeeper 地址（--zk-host 或 techmatch.solr.zk-host）");
        }
        try {
            return createOrCheck(properties);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new StoreUnavailableException("无法在 SolrCloud（ZooKeeper " + properties.zkHost() + "）建立集合「"
                    + properties.collection() + "」：" + e.getMessage(), e);
        }
    }

    private static Outcome createOrCheck(SolrProperties properties) throws SolrServerException, IOException {
        try (JdkCloudSolrClient client = new JdkCloudSolrClient(properties.zkHost(), properties.requestTimeoutMs())) {
            client.connect();
            String collection = properties.collection();
            if (CollectionAdminRequest.listCollections(client).contains(collection)) {
                int found = SolrConnection.schemaVersion(client, collection);
                if (found != SolrSchema.VERSION) {
                    throw new IllegalStateException(SolrConnection.schemaMismatch(collection, found));
                }
                return Outcome.EXISTED;
            }
            upload(client);
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection,
                    SolrSchema.CONFIGSET, properties.shards(), properties.replicationFactor());
            create.setWaitForFinalState(true); // answer once every replica is active
            create.process(client);
            // a new collection is written with the current field layout from its first record on
            new UpdateRequest().add(SolrRecordStore.mappingDocument()).commit(client, collection);
            return Outcome.CREATED;
        }
    }

    private static void upload(CloudSolrClient client) throws SolrServerException, IOException {
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zippedConfig(),
                SolrSchema.CONFIGSET + ".zip", "application/octet-stream");
        new ConfigSetAdminRequest.Upload().setConfigSetName(SolrSchema.CONFIGSET).setUploadStream(zip)
                .setOverwrite(true).setCleanup(true).process(client);
    }

    static byte[] zippedConfig() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIG_FILES) {
                try (InputStream in = SolrCollections.class.getResourceAsStream(CONFIG_RESOURCES + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar lacks the configset file " + file);
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
