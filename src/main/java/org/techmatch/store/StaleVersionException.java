package org.techmatch.store;

/**
 * A write based on a version of the record that is no longer current: the services' own check under the record's
 * lock, or a SolrCloud conditional write another service instance won first. Maps to HTTP 409; nothing of the
 * refused write was stored.
 */
public final class StaleVersionException extends RuntimeException {
    private final long currentVersion;

    public StaleVersionException(String id, long givenVersion, long currentVersion) {
        super("记录「" + id + "」已被他人修改：提交的版本为 " + givenVersion + "，当前版本为 " + currentVersion
                + "，请刷新后重试");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
