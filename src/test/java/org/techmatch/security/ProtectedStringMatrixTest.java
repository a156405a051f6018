package org.techmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The README's access table, tried as each role would: every protected string of the fixtures (the titles and
 * texts of unpublished records, confidential enterprises and their contacts, every person's phone and e-mail) is
 * looked for in the answers of every read channel — lists of every status, searches with the string itself as
 * {@code q}, details, match and expert pages with weak candidates, exports, statistics, audit, imports and
 * duplicates — as an anonymous visitor and as each demo account. A string may appear only where the table lets
 * that viewer see it. A new read endpoint joins {@link #readChannels}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProtectedStringMatrixTest {
    private static final Set<String> PUBLISHED = Set.of("已发布", "征集中", "对接中", "在库");
    private static final Map<String, String> EVERY_STATUS = Map.of("achievements", "已发布,已撤回,已转化,草稿,已过期",
            "demands", "征集中,对接中,已解决,已关闭,草稿,已过期", "experts", "在库,停用");
    private static final String OFFICIAL_DISTRICT = "滨海新区";

    @LocalServerPort
    int port;

    private ApiClient api;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-protected-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    /**
     * A string of one record and who may see it: the record's owner organisations (a docking: its two parties; an
     * application: its applicant), its district, and for a docking the managing organisation (other managers may
     * not read it). REVIEWER sees no such string unless it belongs to an owner.
     */
    record Protected(String text, String why, String recordId, List<String> owners, String district,
                     String managingOrganisation) {
        Protected(String text, String why, String recordId, String owner, String district) {
            this(text, why, recordId, owner == null ? List.of() : List.of(owner), district, null);
        }

        boolean visibleTo(RoleEndpointMatrixTest.Caller caller) {
            boolean owns = caller.organisation != null && owners.contains(caller.organisation);
            return switch (caller) {
                case MANAGER -> managingOrganisation == null || managingOrganisation.equals(caller.organisation)
                        || owns;
                case OFFICIAL -> OFFICIAL_DISTRICT.equals(district);
                case ANONYMOUS -> false;
                case REVIEWER -> managingOrganisation == null && owns;
                default -> owns;
            };
        }
    }

    @Test
    void noChannelShowsAViewerAStringTheAccessTableDeniesIt() {
        api = new ApiClient(port);
        List<JsonNode> records = new ArrayList<>();
        for (String library : List.of("achievements", "demands", "experts")) {
            records.addAll(everyRecord(library));
        }
        List<Protected> secrets = protectedStrings(records);
        secrets.addAll(dockingSecrets(records, secrets));
        secrets.addAll(applicationSecrets());
        assertThat(secrets).as("protected strings found in the fixtures").hasSizeGreaterThan(100);

        List<String> leaks = new ArrayList<>();
        Map<String, Long> slowest = new java.util.HashMap<>();
        int calls = 0;
        for (RoleEndpointMatrixTest.Caller caller : RoleEndpointMatrixTest.Caller.values()) {
            // a string two records carry (one person, the contact of several) is denied only if every one is
            Set<String> allowed = new java.util.HashSet<>();
            secrets.stream().filter(s -> s.visibleTo(caller)).forEach(s -> allowed.add(s.text()));
            List<Protected> denied = secrets.stream().filter(s -> !allowed.contains(s.text())).toList();
            for (String path : readChannels(records, secrets)) {
                long start = System.nanoTime();
                ApiClient.Response response = api.get(path, Map.of(), caller.headers());
                slowest.merge(path.replaceAll("\\?.*", "").replaceAll("[A-Z]{3}-\\d+", "ID"),
                        (System.nanoTime() - start) / 1_000_000, Long::sum);
                calls++;
                assertThat(response.status()).as(caller + " " + path + ": " + response.body()).isLessThan(500);
                String shown = plain(response.body());
                for (Protected secret : denied) {
                    if (shown.contains(secret.text())) {
                        leaks.add(caller + " GET " + path + " shows " + secret.why() + " of " + secret.recordId()
                                + ": " + secret.text());
                    }
                }
            }
        }
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.println("TIMING " + e.getKey() + " " + e.getValue() + " ms"));
        assertThat(leaks).as("of %d calls", calls).isEmpty();
    }

    /**
     * Every read channel: lists (every status, every page), searches for the protected strings themselves, the
     * detail and match pages of every unpublished or confidential record and of a sample of the others, the
     * bulk channels (exports, statistics, audit, imports, duplicates).
     */
    private List<String> readChannels(List<JsonNode> records, List<Protected> secrets) {
        Set<String> paths = new LinkedHashSet<>();
        for (String library : List.of("achievements", "demands", "experts")) {
            for (int page = 1; page <= 3; page++) {
                paths.add("/api/" + library + "?size=100&page=" + page);
                paths.add("/api/" + library + "?size=100&page=" + page + "&status="
                        + encode(EVERY_STATUS.get(library)));
            }
            paths.add("/api/exports/" + library + "?format=csv&status=" + encode(EVERY_STATUS.get(library)));
            paths.add("/api/exports/" + library + "?format=csv");
        }
        secrets.stream().filter(s -> s.why().startsWith("unpublished title")).map(s -> s.text()).distinct()
                .limit(15).forEach(title -> {
                    for (String library : List.of("achievements", "demands")) {
                        paths.add("/api/" + library + "?status=" + encode(EVERY_STATUS.get(library)) + "&q="
                                + encode(title));
                    }
                });
        int sample = 0;
        Map<String, Integer> matchPages = new java.util.HashMap<>();
        for (JsonNode record : records) {
            String id = record.get("id").asString();
            boolean special = !PUBLISHED.contains(record.get("status").asString())
                    || "仅技术经理人可见".equals(text(record, "visibility"));
            if (!special && sample++ % 60 != 0) {
                continue;
            }
            String library = library(id);
            paths.add("/api/" + library + "/" + id);
            // match pages cost a ranking each: a dozen per library, unpublished and confidential ones first
            if (!library.equals("experts") && matchPages.merge(library, 1, Integer::sum) <= 12) {
                paths.add("/api/" + library + "/" + id + "/matches?includeWeak=true&size=50");
                paths.add("/api/" + library + "/" + id + "/matches/feedback");
                if (library.equals("demands")) {
                    paths.add("/api/demands/" + id + "/experts?includeWeak=true&size=50");
                    paths.add("/api/dockings/of-demand/" + id);
                    paths.add("/api/demands/" + id + "/experts/feedback");
                }
            }
        }
        for (int i = 1; i <= 22; i++) {
            paths.add(String.format("/api/dockings/DKG-%06d", i));
        }
        for (int i = 1; i <= 5; i++) {
            paths.add(String.format("/api/challenges/CHL-%06d", i));
            paths.add(String.format("/api/challenges/CHL-%06d/applications", i));
        }
        paths.addAll(List.of("/api/stats/overview", "/api/stats/by/district", "/api/stats/funnel", "/api/stats/feedback",
                "/api/admin/models",
                "/api/demands/unmet", "/api/audit?size=200", "/api/imports", "/api/duplicates?size=100",
                "/api/dockings?size=100", "/api/dockings/workbench", "/api/challenges?size=100", "/api/interests", "/api/notifications",
                // operations and the API description: figures and examples, never a record's text
                "/actuator/health", "/actuator/prometheus", "/v3/api-docs"));
        return new ArrayList<>(paths);
    }

    /**
     * The protected strings of the fixtures: what the table hides from some viewer, and only strings no
     * published record also carries (a published record may say them to anyone).
     */
    private static List<Protected> protectedStrings(List<JsonNode> records) {
        StringBuilder published = new StringBuilder();
        for (JsonNode record : records) {
            if (PUBLISHED.contains(record.get("status").asString())) {
                published.append(withoutContact(record)).append('\n');
            }
        }
        List<Protected> found = new ArrayList<>();
        for (JsonNode record : records) {
            String id = record.get("id").asString();
            String owner = owner(record);
            String district = text(record, "region");
            Predicate<String> unshared = s -> s != null && s.length() >= 6 && !published.toString().contains(s);
            JsonNode contact = record.get("contact");
            if (contact != null && !contact.isNull()) {
                for (String field : List.of("phone", "email")) {
                    String value = text(contact, field);
                    if (value != null) {
                        found.add(new Protected(value, "personal " + field, id, owner, district));
                    }
                }
            }
            if (!PUBLISHED.contains(record.get("status").asString())) {
                String title = text(record, "title") != null ? text(record, "title") : text(record, "name");
                if (unshared.test(title)) {
                    found.add(new Protected(title, "unpublished title", id, owner, district));
                }
                String description = text(record, "description");
                if (description != null && description.length() > 60) {
                    String middle = description.substring(30, 50);
                    if (unshared.test(middle)) {
                        found.add(new Protected(middle, "unpublished text", id, owner, district));
                    }
                }
            }
            if ("仅技术经理人可见".equals(text(record, "visibility")) && unshared.test(owner)) {
                found.add(new Protected(owner, "confidential enterprise", id, owner, district));
            }
        }
        return found;
    }

    /**
     * Docking notes and contract values: the managing organisation's managers, officials of its district and the
     * two parties. Read whole as a city-level official.
     */
    private List<Protected> dockingSecrets(List<JsonNode> records, List<Protected> recordSecrets) {
        String published = publishedText(records);
        List<Protected> found = new ArrayList<>();
        JsonNode dockings = api.get("/api/dockings", Map.of("size", "100"), ApiClient.CITY_OFFICIAL).json();
        for (JsonNode hit : dockings.get("items")) {
            JsonNode d = hit.get("record");
            List<String> parties = new ArrayList<>();
            for (String side : List.of("demandSide", "supplySide")) {
                if (d.get(side) != null && !d.get(side).isNull()) {
                    parties.add(d.get(side).get("name").asString());
                }
            }
            String managing = d.get("manager") == null || d.get("manager").isNull() ? ""
                    : text(d.get("manager"), "organisation");
            // the parties of a docking know its records' titles from when they met, whatever became of them
            for (int i = 0; i < recordSecrets.size(); i++) {
                Protected secret = recordSecrets.get(i);
                if (secret.why().equals("unpublished title") && (secret.recordId().equals(text(d, "demandId"))
                        || secret.recordId().equals(text(d, "achievementId")))) {
                    List<String> owners = new ArrayList<>(secret.owners());
                    owners.addAll(parties);
                    recordSecrets.set(i, new Protected(secret.text(), secret.why(), secret.recordId(), owners,
                            secret.district(), null));
                }
            }
            List<String> notes = new ArrayList<>();
            d.get("steps").forEach(step -> notes.add(text(step, "note")));
            JsonNode contract = d.get("contract");
            if (contract != null && !contract.isNull()) {
                notes.add(text(contract, "note"));
                if (contract.get("valueWan") != null && !contract.get("valueWan").isNull()) {
                    // a contract value is a figure of the statistics too (a district's total): looked for elsewhere
                    notes.add("\"valueWan\":" + contract.get("valueWan").asString() + ",\"paymentTerms");
                }
            }
            for (String note : notes) {
                // short notes (签订技术许可合同) are said of many dockings: only distinctive ones are evidence
                if (note != null && note.length() >= 12 && !published.contains(note)) {
                    found.add(new Protected(note, "docking note", d.get("id").asString(), parties,
                            text(d, "region"), managing == null ? "" : managing));
                }
            }
        }
        assertThat(found).as("docking notes and contract values").hasSizeGreaterThan(20);
        return found;
    }

    /**
     * An application's team contact (phone, e-mail): the applicant, managers, officials of the challenge's
     * district. Read whole as a city-level official.
     */
    private List<Protected> applicationSecrets() {
        List<Protected> found = new ArrayList<>();
        JsonNode challenges = api.get("/api/challenges", Map.of("size", "100", "status",
                "草稿,已发布,揭榜中,评审中,已立项,里程碑执行,已验收,未通过,已终止"), ApiClient.CITY_OFFICIAL).json();
        for (JsonNode hit : challenges.get("items")) {
            JsonNode challenge = hit.get("record");
            String district = challenge.get("office") == null || challenge.get("office").isNull() ? null
                    : text(challenge.get("office"), "district");
            ApiClient.Response response = api.get("/api/challenges/" + challenge.get("id").asString()
                    + "/applications", Map.of(), ApiClient.CITY_OFFICIAL);
            if (response.status() != 200) {
                continue;
            }
            JsonNode applications = response.json();
            for (JsonNode application : applications.get("items")) {
                JsonNode record = application.get("application");
                JsonNode contact = record.get("contact");
                if (contact == null || contact.isNull()) {
                    continue;
                }
                for (String field : List.of("phone", "email")) {
                    if (text(contact, field) != null) {
                        found.add(new Protected(text(contact, field), "application contact " + field,
                                record.get("id").asString(), owner(record), district));
                    }
                }
            }
        }
        assertThat(found).as("application contacts").hasSizeGreaterThan(5);
        return found;
    }

    private static String publishedText(List<JsonNode> records) {
        StringBuilder published = new StringBuilder();
        for (JsonNode record : records) {
            if (PUBLISHED.contains(record.get("status").asString())) {
                published.append(withoutContact(record)).append('\n');
            }
        }
        return published.toString();
    }

    /** Every record of a library, every status, as a manager reads them (the whole record). */
    private List<JsonNode> everyRecord(String library) {
        List<JsonNode> records = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode hits = api.get("/api/" + library, Map.of("size", "100", "page", String.valueOf(page),
                    "status", EVERY_STATUS.get(library)), RoleEndpointMatrixTest.Caller.MANAGER.headers()).json();
            hits.get("items").forEach(hit -> records.add(hit.get("record")));
            if (hits.get("items").size() < 100) {
                return records;
            }
        }
    }

    private static String owner(JsonNode record) {
        for (String field : List.of("owner", "enterprise", "organisation", "applicant")) {
            JsonNode org = record.get(field);
            if (org != null && !org.isNull() && org.get("name") != null) {
                return org.get("name").asString();
            }
        }
        return null;
    }

    private static String withoutContact(JsonNode record) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        record.properties().forEach(e -> {
            if (!e.getKey().equals("contact")) {
                fields.put(e.getKey(), e.getValue());
            }
        });
        return fields.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String library(String id) {
        return id.startsWith("ACH-") ? "achievements" : id.startsWith("DEM-") ? "demands" : "experts";
    }

    /** The body as a person reads it: highlight marks removed, so a marked-up title still counts as shown. */
    private static String plain(String body) {
        return body.replace("\\u003c", "<").replace("\\u003e", ">").replaceAll("</?(em|mark)>", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
