package org.techmatch.challenge;

import org.springframework.stereotype.Component;
import org.techmatch.account.Account;
import org.techmatch.account.AccountService;
import org.techmatch.catalog.Viewer;

/**
 * The name a review is signed with: the signed-in account's display name (its login name when it has none), never
 * a name typed into the request, so a reviewer cannot file reviews under someone else's name.
 */
@Component
class ReviewerNames {
    private final AccountService accounts;

    ReviewerNames(AccountService accounts) {
        this.accounts = accounts;
    }

    String of(Viewer viewer) {
        return accounts.byUsername(viewer.username()).map(Account::displayName).filter(name -> !name.isBlank())
                .orElse(viewer.username());
    }
}
