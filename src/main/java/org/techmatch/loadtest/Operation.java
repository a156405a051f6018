package org.techmatch.loadtest;

/** The kinds of request in the mix, with their share of a client's requests (in percent). */
enum Operation {
    SEARCH("search", 50), MATCH("match", 25), CREATE("create", 10), UPDATE("update", 15);

    final String label;
    final int percent;

    Operation(String label, int percent) {
        this.label = label;
        this.percent = percent;
    }

    static Operation pick(int roll) {
        int sum = 0;
        for (Operation op : values()) {
            sum += op.percent;
            if (roll < sum) {
                return op;
            }
        }
        return SEARCH;
    }
}
