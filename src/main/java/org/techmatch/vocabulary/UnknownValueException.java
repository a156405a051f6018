package org.techmatch.vocabulary;

import java.util.List;

/** A value that is not in a controlled vocabulary; carries the accepted values so the error can list them. */
public final class UnknownValueException extends IllegalArgumentException {
    private final String value;
    private final String vocabulary;
    private final List<String> accepted;

    public UnknownValueException(String vocabulary, String value, List<String> accepted) {
        super("「" + value + "」不是有效的" + vocabulary + "，可选值：" + String.join("、", accepted));
        this.vocabulary = vocabulary;
        this.value = value;
        this.accepted = List.copyOf(accepted);
    }

    public String value() {
        return value;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public List<String> accepted() {
        return accepted;
    }
}
