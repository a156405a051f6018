package org.techmatch.loadtest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Whom each client of the load test acts as. With one account (--user) every request is that account's, so every
 * search and match follows the same account's writes and waits for them to be shown. With several (--accounts) the
 * work is split as on the real service: managers and officials search and match, university and enterprise
 * accounts create and update their own achievements and demands; each client reads as one of the readers and writes
 * as one of the writers, so the mix of operations stays the same in both modes.
 */
public final class Accounts {
    /** A username and password given on the command line. */
    public record Credential(String username, String password) {
        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A signed-in account as the service describes it ({@code GET /api/me}); a null role is an older service. */
    record Account(String username, String authorization, String role, String organisation) {
        /** An enterprise account writes demands; every other role (and an unknown one) achievements. */
        boolean writesDemands() {
            return "ENTERPRISE".equals(role);
        }

        String writtenType() {
            return writesDemands() ? "demand" : "achievement";
        }

        String label() {
            return (username == null ? "(--user)" : username) + " " + (role == null ? "unknown role" : role);
        }
    }

    /** The account a client searches and matches as, and the one it creates and updates as. */
    record ClientAccounts(Account reader, Account writer) {
    }

    private final List<Account> readers;
    private final List<Account> writers;

    private Accounts(List<Account> readers, List<Account> writers) {
        this.readers = List.copyOf(readers);
        this.writers = List.copyOf(writers);
    }

    /** Every request as one account (or anonymous, with a null authorization). */
    static Accounts single(Account account) {
        return new Accounts(List.of(account), List.of(account));
    }

    /**
     * Readers and writers by role: university and enterprise accounts write, every other role reads. Refused
     * unless there is at least one of each, since a mix without one of them is not the one measured.
     */
    static Accounts byRole(List<Account> accounts) {
        List<Account> readers = new ArrayList<>();
        List<Account> writers = new ArrayList<>();
        for (Account account : accounts) {
            ("UNIVERSITY".equals(account.role()) || "ENTERPRISE".equals(account.role()) ? writers : readers)
                    .add(account);
        }
        if (readers.isEmpty() || writers.isEmpty()) {
            throw new IllegalArgumentException("--accounts needs at least one account that searches and matches "
                    + "(manager, official) and one that writes (university, enterprise); got "
                    + accounts.stream().map(Account::label).toList());
        }
        return new Accounts(readers, writers);
    }

    /** Client c's accounts: the readers and the writers taken in turn, so every account gets its share. */
    ClientAccounts forClient(int client) {
        return new ClientAccounts(readers.get(client % readers.size()), writers.get(client % writers.size()));
    }

    /** The first reader, which lists the demands to match at start. */
    Account lister() {
        return readers.getFirst();
    }

    /** The record types the writers create, in the order first met. */
    List<String> writtenTypes() {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        writers.forEach(w -> types.add(w.writtenType()));
        return List.copyOf(types);
    }

    List<String> labels() {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        readers.forEach(a -> labels.add(a.label() + " reads"));
        writers.forEach(a -> labels.add(a.label() + " writes"));
        return List.copyOf(labels);
    }

    /** "user:password,user:password" (a password may hold ':' but not ','). */
    public static List<Credential> parse(String spec) {
        List<Credential> credentials = new ArrayList<>();
        for (String item : spec.split(",")) {
            String pair = item.strip();
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("--accounts: '" + pair + "' is not username:password");
            }
            credentials.add(new Credential(pair.substring(0, colon), pair.substring(colon + 1)));
        }
        return List.copyOf(credentials);
    }
}
