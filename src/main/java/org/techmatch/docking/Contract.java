package org.techmatch.docking;

import java.time.LocalDate;
import org.techmatch.catalog.Texts;

/** The technology contract a docking ended in: kind, value (技术合同成交额, 万元), payment terms, signing date. */
public record Contract(ContractKind kind, Double valueWan, PaymentTerms paymentTerms, LocalDate signedOn, String note) {
    public Contract {
        note = Texts.clean(note);
    }

    Contract signedOn(LocalDate date) {
        return new Contract(kind, valueWan, paymentTerms, signedOn == null ? date : signedOn, note);
    }
}
