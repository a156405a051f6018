package org.techmatch.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.account.Account;
import org.techmatch.account.AccountService;
import org.techmatch.catalog.Role;

/** Who a notification about an organisation's record or a district's business reaches, as usernames. */
@Component
public class Recipients {
    private final AccountService accounts;

    Recipients(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The enabled accounts of an organisation (its enterprise or university users; its managers for a centre). */
    public List<String> ofOrganisation(String organisation) {
        if (organisation == null) {
            return List.of();
        }
        return accounts.enabledAccounts().stream()
                .filter(a -> a.role() != Role.REVIEWER && a.role() != Role.OFFICIAL)
                .filter(a -> org.techmatch.catalog.Texts.sameOrganisation(a.organisation(), organisation))
                .map(Account::username).toList();
    }

    /**
     * {@link #ofOrganisation} for many look-ups from one reading of the accounts: a digest over every record of
     * the libraries would otherwise read every account once per record.
     */
    public java.util.function.Function<String, List<String>> organisationsSnapshot() {
        java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();
        for (Account a : accounts.enabledAccounts()) {
            if (a.role() != Role.REVIEWER && a.role() != Role.OFFICIAL && a.organisation() != null) {
                byKey.computeIfAbsent(org.techmatch.catalog.Texts.organisationKey(a.organisation()),
                        k -> new ArrayList<>()).add(a.username());
            }
        }
        return organisation -> organisation == null ? List.of()
                : byKey.getOrDefault(org.techmatch.catalog.Texts.organisationKey(organisation), List.of());
    }

    /**
     * The technology managers of a district: those whose account is in it, or, when a district has none, every
     * manager without a district (the city's brokers cover it).
     */
    public List<String> managersOf(String district) {
        List<Account> managers = accounts.enabledAccounts().stream().filter(a -> a.role() == Role.MANAGER).toList();
        List<String> local = managers.stream().filter(a -> district != null && district.equals(a.district()))
                .map(Account::username).toList();
        return !local.isEmpty() ? local
                : managers.stream().filter(a -> a.district() == null).map(Account::username).toList();
    }

    /**
     * The officials of a district's science bureau, or, when it has none, the city-level officials (no district):
     * who answers for a challenge the district runs.
     */
    public List<String> officialsOf(String district) {
        List<Account> officials = accounts.enabledAccounts().stream().filter(a -> a.role() == Role.OFFICIAL).toList();
        List<String> local = officials.stream().filter(a -> district != null && district.equals(a.district()))
                .map(Account::username).toList();
        return !local.isEmpty() ? local
                : officials.stream().filter(a -> a.district() == null).map(Account::username).toList();
    }

    /** The first manager of a district (see {@link #managersOf}): whom an accepted interest's docking is assigned to. */
    public java.util.Optional<Account> firstManagerOf(String district) {
        List<String> names = managersOf(district);
        return names.isEmpty() ? java.util.Optional.empty() : accounts.byUsername(names.getFirst());
    }

    static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(name -> !all.contains(name)).forEach(all::add);
        return all;
    }
}
