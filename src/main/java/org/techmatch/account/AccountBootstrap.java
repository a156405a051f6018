package org.techmatch.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Role;
import org.techmatch.fixtures.FixtureProperties;
import org.techmatch.store.StoreUnavailableException;

/**
 * On start: the first administrator from configuration when no account of that name exists yet, and on a first
 * start that loads the fixtures the demo accounts, one per role, each belonging to an organisation that really
 * owns fixture records (see the README, "Accounts and roles"). Runs before the port opens.
 */
@Component
@ConditionalOnWebApplication // the service creates accounts; commands (reindex, import …) leave the index as it is
class AccountBootstrap implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    /**
     * 天津滨海启元细胞治疗技术有限公司 owns the confidential fixture demand DEM-000076 (滨海新区, in a docking); 天津大学 owns the most fixture
     * achievements and is awarded CHL-000004; 天津市技术转移中心 manages most fixture dockings; 滨海新区科学技术局 runs
     * CHL-000002 and CHL-000003; 钱教授 of 河北工业大学 reviews the applications of CHL-000004 in the fixtures.
     */
    static final List<AccountRequests.NewAccount> DEMO = List.of(
            new AccountRequests.NewAccount("enterprise", "Demo-Qiye-2026", "启元细胞治疗（演示）", Role.ENTERPRISE,
                    "天津滨海启元细胞治疗技术有限公司", null, List.of(), false),
            new AccountRequests.NewAccount("university", "Demo-Gaoxiao-2026", "天津大学技术转移中心（演示）",
                    Role.UNIVERSITY, "天津大学", null, List.of(), false),
            new AccountRequests.NewAccount("manager", "Demo-Jingliren-2026", "王敏（演示）", Role.MANAGER,
                    "天津市技术转移中心", null, List.of(), false),
            new AccountRequests.NewAccount("official", "Demo-Keji-2026", "滨海新区科技局（演示）", Role.OFFICIAL,
                    "滨海新区科学技术局", "滨海新区", List.of(), false),
            new AccountRequests.NewAccount("reviewer", "Demo-Pingshen-2026", "钱教授（演示）", Role.REVIEWER,
                    "河北工业大学", null, List.of("CHL-000002", "CHL-000004"), false));

    private final AccountService accounts;
    private final SecurityProperties properties;
    private final FixtureProperties fixtures;

    AccountBootstrap(AccountService accounts, SecurityProperties properties, FixtureProperties fixtures) {
        this.accounts = accounts;
        this.properties = properties;
        this.fixtures = fixtures;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            bootstrap();
        } catch (StoreUnavailableException e) {
            log.warn("The store is unavailable at start ({}): the administrator and demo accounts are created at the "
                    + "next start", e.getMessage());
        }
    }

    private void bootstrap() {
        boolean firstStart = accounts.count() == 0;
        createAdmin();
        if (firstStart && fixtures.loadOnEmpty() && properties.demoAccounts()) {
            DEMO.forEach(demo -> accounts.register(demo, false));
            log.info("First start: created the demo accounts {}", DEMO.stream()
                    .map(AccountRequests.NewAccount::username).toList());
        }
    }

    private void createAdmin() {
        SecurityProperties.Admin admin = properties.admin();
        if (admin.username() == null || admin.username().isBlank()) {
            return;
        }
        if (accounts.byUsername(admin.username()).isPresent()) {
            return;
        }
        if (admin.password() == null || admin.password().isBlank()) {
            log.warn("No administrator account: set techmatch.security.admin.password to create '{}' on start",
                    admin.username());
            return;
        }
        accounts.register(new AccountRequests.NewAccount(admin.username(), admin.password(),
                admin.displayName() == null ? "系统管理员" : admin.displayName(), Role.OFFICIAL,
                admin.organisation() == null ? "天津市科学技术局" : admin.organisation(), null, List.of(), true), true);
        log.info("Created the administrator account '{}' from configuration", admin.username());
    }
}
