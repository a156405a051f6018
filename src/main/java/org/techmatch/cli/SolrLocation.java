package org.techmatch.cli;

import org.techmatch.store.solr.SolrProperties;

/**
 * A collection named on the command line as ZKHOST/COLLECTION: the ZooKeeper ensemble with its chroot, if any, then
 * the collection after the last slash ("zk1:2181,zk2:2181/solr/techmatch" is collection techmatch under /solr).
 */
record SolrLocation(String zkHost, String collection) {
    static SolrLocation parse(String option, String value) {
        int slash = value.lastIndexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            throw new IllegalArgumentException("--" + option + " takes ZKHOST/COLLECTION (e.g. zk1:2181/solr/techmatch), not '"
                    + value + "'");
        }
        return new SolrLocation(value.substring(0, slash), value.substring(slash + 1));
    }

    /** The backend's properties for this collection; a new collection gets these shards and replicas. */
    SolrProperties properties(Integer shards, Integer replicationFactor) {
        return new SolrProperties(zkHost, collection, shards, replicationFactor, null, null, null);
    }

    @Override
    public String toString() {
        return zkHost + "/" + collection;
    }
}
