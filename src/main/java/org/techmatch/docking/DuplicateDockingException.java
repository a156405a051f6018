package org.techmatch.docking;

/**
 * A second live docking for a pair that already has one: the broker is sent to the existing docking instead
 * (HTTP 409 whose detail names it and whose {@code existingId}/{@code existingUrl} link to it). Nothing was written.
 */
final class DuplicateDockingException extends RuntimeException {
    private final String existingId;

    DuplicateDockingException(Docking existing) {
        super("该需求与该供给方已有进行中的对接「" + existing.id() + "」（" + existing.stage().label()
                + "），请在原对接中继续记录进展：" + pageOf(existing.id()));
        this.existingId = existing.id();
    }

    String existingId() {
        return existingId;
    }

    String existingUrl() {
        return pageOf(existingId);
    }

    static String pageOf(String id) {
        return "/docking.html?id=" + id;
    }
}
