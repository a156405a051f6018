package org.techmatch.vocabulary;

import java.util.List;

/** A controlled value with its Chinese label (what users see and what the JSON carries) and accepted aliases. */
public interface Labelled {
    String label();

    /** Other spellings accepted on input, e.g. 技术转让 for 转让; never written back out. */
    default List<String> aliases() {
        return List.of();
    }
}
