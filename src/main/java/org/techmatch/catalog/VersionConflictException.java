package org.techmatch.catalog;

/** An update based on a stale version. Maps to HTTP 409; nothing was written. */
public final class VersionConflictException extends RuntimeException {
    private final long currentVersion;

    public VersionConflictException(String id, long givenVersion, long currentVersion) {
        super("记录「" + id + "」已被他人修改：提交的版本为 " + givenVersion + "，当前版本为 " + currentVersion
                + "，请刷新后重试");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
