package org.techmatch.challenge;

/** The government's support for a challenge: an amount in 万元 and its form; milestones release shares of it. */
public record Support(Double amountWan, SupportForm form) {
}
