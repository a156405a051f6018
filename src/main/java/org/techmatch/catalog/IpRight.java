package org.techmatch.catalog;

import org.techmatch.vocabulary.IpKind;

/** One intellectual-property right: its kind and its number (ZL…, 20xxSR…), if any. */
public record IpRight(IpKind kind, String number) {
    public IpRight {
        number = Texts.clean(number);
    }
}
