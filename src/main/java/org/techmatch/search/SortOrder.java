package org.techmatch.search;

/** How a result list is ordered; ties are always broken by id so paging is stable. */
public enum SortOrder {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    UPDATED("updated"),
    AMOUNT_ASC("amount_asc"),
    AMOUNT_DESC("amount_desc");

    private final String param;

    SortOrder(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public boolean byAmount() {
        return this == AMOUNT_ASC || this == AMOUNT_DESC;
    }
}
