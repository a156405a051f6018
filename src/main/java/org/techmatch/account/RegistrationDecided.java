package org.techmatch.account;

/** Published after a sign-up application is approved or returned, so the applicant can be told. */
public record RegistrationDecided(Account account) {
}
