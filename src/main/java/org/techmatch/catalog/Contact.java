package org.techmatch.catalog;

/** A contact person; confidential on demands whose visibility is 仅技术经理人可见. */
public record Contact(String person, String phone, String email) {
    public Contact {
        person = Texts.clean(person);
        phone = Texts.clean(phone);
        email = Texts.clean(email);
    }
}
