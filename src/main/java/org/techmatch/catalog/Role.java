package org.techmatch.catalog;

/** The kinds of users (see the security issue for sign-in); decides what confidential fields a viewer sees. */
public enum Role {
    ANONYMOUS("访客"),
    ENTERPRISE("企业用户"),
    UNIVERSITY("高校院所用户"),
    MANAGER("技术经理人"),
    OFFICIAL("区科技局管理员"),
    REVIEWER("评审专家");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
