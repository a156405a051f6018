package org.techmatch.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How --accounts splits the clients' work by role, and what it refuses. */
class AccountsTest {
    private static final Accounts.Account MANAGER = account("manager", "MANAGER");
    private static final Accounts.Account OFFICIAL = account("official", "OFFICIAL");
    private static final Accounts.Account UNIVERSITY = account("university", "UNIVERSITY");
    private static final Accounts.Account ENTERPRISE = account("enterprise", "ENTERPRISE");

    @Test
    void managersAndOfficialsReadUniversitiesAndEnterprisesWriteEachInTurn() {
        Accounts accounts = Accounts.byRole(List.of(MANAGER, UNIVERSITY, OFFICIAL, ENTERPRISE));
        assertThat(accounts.forClient(0)).isEqualTo(new Accounts.ClientAccounts(MANAGER, UNIVERSITY));
        assertThat(accounts.forClient(1)).isEqualTo(new Accounts.ClientAccounts(OFFICIAL, ENTERPRISE));
        assertThat(accounts.forClient(2)).isEqualTo(new Accounts.ClientAccounts(MANAGER, UNIVERSITY));
        assertThat(accounts.writtenTypes()).containsExactly("achievement", "demand");
        assertThat(accounts.lister()).isEqualTo(MANAGER);
    }

    @Test
    void oneAccountDoesEverything() {
        Accounts accounts = Accounts.single(MANAGER);
        assertThat(accounts.forClient(7)).isEqualTo(new Accounts.ClientAccounts(MANAGER, MANAGER));
        assertThat(accounts.writtenTypes()).containsExactly("achievement");
        assertThat(Accounts.single(ENTERPRISE).writtenTypes()).containsExactly("demand");
    }

    @Test
    void aListWithoutReadersOrWithoutWritersIsRefused() {
        assertThatThrownBy(() -> Accounts.byRole(List.of(MANAGER, OFFICIAL)))
                .hasMessageContaining("--accounts").hasMessageContaining("university, enterprise");
        assertThatThrownBy(() -> Accounts.byRole(List.of(UNIVERSITY)))
                .hasMessageContaining("--accounts").hasMessageContaining("manager, official");
    }

    @Test
    void theOptionIsUsernamePasswordPairsSeparatedByCommas() {
        assertThat(Accounts.parse("manager:Demo-Jingliren-2026, university:a:b")).containsExactly(
                new Accounts.Credential("manager", "Demo-Jingliren-2026"),
                new Accounts.Credential("university", "a:b"));
        assertThatThrownBy(() -> Accounts.parse("manager")).hasMessageContaining("'manager'")
                .hasMessageContaining("username:password");
        assertThatThrownBy(() -> Accounts.parse("manager:,x:y")).hasMessageContaining("'manager:'");
    }

    private static Accounts.Account account(String username, String role) {
        return new Accounts.Account(username, "Basic " + username, role, username + "的单位");
    }
}
