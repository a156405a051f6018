package org.techmatch.catalog;

/** A contact person; confidential on demands whose visibility is 仅技术经理人可见. */
public record Contact(String person, String phone, String email) {
    public Contact {
        person = Texts.clean(person);
        phone = Texts.clean(phone);
        email = Texts.clean(email);
    }

    /**
     * The contact as the public sees it: the person's name, not their phone or e-mail (personal data, passed on
     * by a technology manager). Null when nothing is left.
     */
    public Contact withoutPersonalData() {
        return person == null ? null : new Contact(person, null, null);
    }
}
