package org.techmatch.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates hostile requests from a seed: every endpoint of the API, with bodies broken in structure, type,
 * size or encoding, tricks in the path and the query, wrong methods, content types and identity headers.
 */
final class HostileRequests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One endpoint: method, path (placeholders filled from the fixtures), the body template it takes, weight. */
    private record Endpoint(String method, String path, String body, int weight) {
    }

    record Generated(String kind, RawHttp.Request request) {
    }

    /** Strings that break naive code: unicode edge cases, markup, injection and path material. */
    private static final List<String> NASTY = List.of(
            "\u0000", "标题\u0000尾", "\u0007", "\u001b[31m红色", "\u007f", "\u0085", "\ud800", "\udc00", "尾\ud83d",
            "\u202e倒序文字", "\u200f", "零\u200b宽\u200d字\ufeff符", "😀🚀𠀀𪚥", "\ufffe", "\uffff",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "'; DROP TABLE achievements; --", "${jndi:ldap://x/a}", "{{7*7}}", "../../../../etc/passwd",
            "%00", "%2e%2e%2f", "\\u0000", "=1+2", "@SUM(A1)", "   ", "", "　", "\t\n\r", "ACH-000001",
            "A".repeat(5_000), "长".repeat(30_000), "e\u0301\u0301\u0301\u0301", "ﬃ﹏ＡＢＣ１２３", "null", "true", "-0",
            "1e309", "NaN", "9".repeat(400));

    private final Random random;
    private final FuzzTargets targets;
    private final List<Endpoint> endpoints;
    private final int totalWeight;

    HostileRequests(Random random, FuzzTargets targets) {
        this.random = random;
        this.targets = targets;
        this.endpoints = endpoints(targets);
        this.totalWeight = endpoints.stream().mapToInt(Endpoint::weight).sum();
    }

    private static List<Endpoint> endpoints(FuzzTargets t) {
        String a = t.achievement();
        String d = t.demand();
        String e = t.expert();
        String c = t.challenge();
        String ac = t.applicationChallenge();
        String p = t.application();
        String k = t.docking();
        List<Endpoint> list = new ArrayList<>();
        for (String[] lib : new String[][] {{"achievements", a, "achievement"}, {"demands", d, "demand"},
                {"experts", e, "expert"}}) {
            list.add(new Endpoint("GET", "/api/" + lib[0], null, 6));
            list.add(new Endpoint("POST", "/api/" + lib[0], lib[2], 10));
            list.add(new Endpoint("GET", "/api/" + lib[0] + "/" + lib[1], null, 3));
            list.add(new Endpoint("PUT", "/api/" + lib[0] + "/" + lib[1], lib[2], 10));
            list.add(new Endpoint("DELETE", "/api/" + lib[0] + "/" + lib[1], null, 2));
        }
        list.add(new Endpoint("GET", "/api/demands/" + d + "/matches", null, 2));
        list.add(new Endpoint("GET", "/api/achievements/" + a + "/matches", null, 2));
        list.add(new Endpoint("GET", "/api/demands/" + d + "/experts", null, 1));
        list.add(new Endpoint("POST", "/api/match", "match", 3));
        list.add(new Endpoint("GET", "/api/semantic/status", null, 1));
        list.add(new Endpoint("GET", "/api/challenges", null, 3));
        list.add(new Endpoint("POST", "/api/challenges", "challenge", 6));
        list.add(new Endpoint("POST", "/api/challenges/from-demands", "demandIds", 3));
        list.add(new Endpoint("GET", "/api/challenges/" + c, null, 2));
        list.add(new Endpoint("PUT", "/api/challenges/" + c, "challenge", 5));
        list.add(new Endpoint("GET", "/api/challenges/" + c + "/transitions", null, 1));
        for (String transition : List.of("publish", "withdraw", "open", "close", "award", "start", "accept", "reject",
                "terminate")) {
            list.add(new Endpoint("POST", "/api/challenges/" + c + "/" + transition, "transition", 1));
        }
        list.add(new Endpoint("GET", "/api/challenges/milestones/overdue", null, 1));
        list.add(new Endpoint("GET", "/api/challenges/" + ac + "/applications", null, 2));
        list.add(new Endpoint("POST", "/api/challenges/" + ac + "/applications", "application", 5));
        list.add(new Endpoint("GET", "/api/challenges/" + ac + "/applications/" + p, null, 1));
        list.add(new Endpoint("DELETE", "/api/challenges/" + ac + "/applications/" + p, null, 1));
        list.add(new Endpoint("POST", "/api/challenges/" + ac + "/applications/" + p + "/reviews", "review", 4));
        list.add(new Endpoint("GET", "/api/challenges/" + c + "/milestones", null, 1));
        list.add(new Endpoint("POST", "/api/challenges/" + c + "/milestones/1/evidence", "evidence", 2));
        list.add(new Endpoint("POST", "/api/challenges/" + c + "/milestones/1/reviews", "milestoneReview", 2));
        list.add(new Endpoint("GET", "/api/stats/overview", null, 1));
        list.add(new Endpoint("GET", "/api/stats/by/district", null, 1));
        list.add(new Endpoint("GET", "/api/stats/funnel", null, 1));
        list.add(new Endpoint("GET", "/api/stats/challenges", null, 1));
        list.add(new Endpoint("GET", "/api/demands/unmet", null, 1));
        list.add(new Endpoint("POST", "/api/demands/unmet/draft-challenge", "group", 2));
        list.add(new Endpoint("GET", "/api/imports/templates/achievements", null, 1));
        list.add(new Endpoint("GET", "/api/dockings", null, 2));
        list.add(new Endpoint("POST", "/api/dockings", "docking", 6));
        list.add(new Endpoint("GET", "/api/dockings/" + k, null, 1));
        list.add(new Endpoint("POST", "/api/dockings/" + k + "/steps", "step", 5));
        list.add(new Endpoint("GET", "/api/dockings/workbench", null, 1));
        list.add(new Endpoint("GET", "/api/imports", null, 1));
        list.add(new Endpoint("GET", "/api/imports/IMP-20260101-000000-abcd", null, 1));
        list.add(new Endpoint("POST", "/api/imports/IMP-20260101-000000-abcd/cancel", null, 1));
        list.add(new Endpoint("DELETE", "/api/imports/IMP-20260101-000000-abcd", null, 1));
        list.add(new Endpoint("GET", "/api/imports/IMP-20260101-000000-abcd/report.xlsx", null, 1));
        list.add(new Endpoint("GET", "/api/duplicates", null, 1));
        list.add(new Endpoint("GET", "/api/duplicates/DUP-000001", null, 1));
        list.add(new Endpoint("POST", "/api/duplicates/DUP-000001/merge", "keep", 2));
        list.add(new Endpoint("POST", "/api/duplicates/DUP-000001/keep", null, 1));
        return List.copyOf(list);
    }

    Generated next() {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return bodyMutation();
        }
        if (roll < 55) {
            return malformedBody();
        }
        if (roll < 72) {
            return queryMutation();
        }
        if (roll < 84) {
            return pathTrick();
        }
        if (roll < 93) {
            return headerMutation();
        }
        if (roll < 97) {
            return wrongMethod();
        }
        return badMultipart();
    }

    // ---- bodies ----------------------------------------------------------------------------------------------

    /** A real body with one or more fields given a hostile value or a wrong type. */
    private Generated bodyMutation() {
        Endpoint endpoint = pick(true);
        JsonNode body = JSON.readTree(targets.bodies().get(endpoint.body()));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(body);
        }
        return new Generated("body-field", json(endpoint, body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void mutate(JsonNode root) {
        List<Object[]> slots = new ArrayList<>();
        collect(root, slots, 0);
        if (slots.isEmpty()) {
            return;
        }
        Object[] slot = slots.get(random.nextInt(slots.size()));
        JsonNode replacement = hostileValue();
        if (slot[0] instanceof ObjectNode object) {
            if (random.nextInt(8) == 0) {
                object.set("未知字段" + random.nextInt(10), replacement); // an unknown field
            } else if (random.nextInt(10) == 0) {
                object.remove((String) slot[1]); // a missing (maybe required) field
            } else {
                object.set((String) slot[1], replacement);
            }
        } else if (slot[0] instanceof ArrayNode array) {
            array.set((Integer) slot[1], replacement);
        }
    }

    private static void collect(JsonNode node, List<Object[]> slots, int depth) {
        if (depth > 4) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                slots.add(new Object[] {object, name});
                collect(object.get(name), slots, depth + 1);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Object[] {array, i});
                collect(array.get(i), slots, depth + 1);
            }
        }
    }

    private JsonNode hostileValue() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> JSON.getNodeFactory().stringNode(nastyText());
            case 4 -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal(switch (random.nextInt(5)) {
                case 0 -> "-1";
                case 1 -> "1e308";
                case 2 -> "99999999999999999999999999";
                case 3 -> "-0.000001";
                default -> "0";
            }));
            case 5 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 6 -> JSON.getNodeFactory().nullNode();
            case 7 -> JSON.createArrayNode().add(nastyText()).add(random.nextInt());
            case 8 -> JSON.createObjectNode().put("x", nastyText());
            case 9 -> JSON.getNodeFactory().stringNode("长".repeat(random.nextInt(20) == 0 ? 300_001 : 1 + random.nextInt(12_000)));
            case 10 -> {
                ArrayNode many = JSON.createArrayNode();
                for (int i = 0; i < 2_000; i++) {
                    many.add("关键词" + i);
                }
                yield many;
            }
            default -> JSON.getNodeFactory().stringNode(switch (random.nextInt(4)) {
                case 0 -> "2026-02-30";
                case 1 -> "9999-99-99";
                case 2 -> "2026-13-01T25:61:00Z";
                default -> "昨天";
            });
        };
    }

    private String nastyText() {
        String nasty = NASTY.get(random.nextInt(NASTY.size()));
        return switch (random.nextInt(3)) {
            case 0 -> nasty;
            case 1 -> "储能锂电池" + nasty + "热失控预警";
            default -> nasty + nasty;
        };
    }

    /** Bytes that are not the JSON object the endpoint takes. */
    private Generated malformedBody() {
        Endpoint endpoint = pick(true);
        byte[] valid = targets.bodies().get(endpoint.body()).getBytes(StandardCharsets.UTF_8);
        byte[] body = switch (random.nextInt(14)) {
            case 0 -> java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
            case 1 -> new byte[0];
            case 2 -> "null".getBytes(StandardCharsets.UTF_8);
            case 3 -> "[]".getBytes(StandardCharsets.UTF_8);
            case 4 -> "\"一个字符串\"".getBytes(StandardCharsets.UTF_8);
            case 5 -> "{\"title\": \"a\",}".getBytes(StandardCharsets.UTF_8);
            case 6 -> "{'title': '单引号'}".getBytes(StandardCharsets.UTF_8);
            case 7 -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
            case 8 -> ("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)).getBytes(StandardCharsets.UTF_8);
            case 9 -> invalidUtf8(valid);
            case 10 -> {
                byte[] garbage = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(garbage);
                yield garbage;
            }
            case 11 -> "{\"title\": \"标题\", \"title\": \"重复的键\", \"version\": NaN}".getBytes(StandardCharsets.UTF_8);
            case 12 -> ("{\"description\": \"" + "x".repeat(random.nextInt(4) == 0 ? 5 * 1024 * 1024 : 300_000)
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            default -> ("{\"title\": \"\\ud800\\u0000\", \"description\": \"" + "\\u0007".repeat(10) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        };
        return new Generated("body-bytes", json(endpoint, body));
    }

    private byte[] invalidUtf8(byte[] valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int cut = valid.length / 2;
        out.write(valid, 0, cut);
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xe4, (byte) 0xb8}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(valid, cut, valid.length - cut);
        return out.toByteArray();
    }

    // ---- queries, paths, headers, methods ------------------------------------------------------------------

    private Generated queryMutation() {
        Endpoint endpoint = random.nextInt(4) == 0 ? pick(false) : pickGet();
        List<String> params = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        String[] names = {"q", "page", "size", "sort", "techField", "industry", "maturity", "region", "status",
                "createdFrom", "createdTo", "priceMin", "priceMax", "budgetMin", "budgetMax", "includeWeak", "days",
                "stalledDays", "district", "chain", "format", "library", "visibility", "chokepoint", "kind",
                "transferMode", "version", "未知参数", ""};
        for (int i = 0; i < count; i++) {
            String name = names[random.nextInt(names.length)];
            params.add(encode(name) + "=" + queryValue());
        }
        if (random.nextInt(10) == 0) {
            params.add(switch (random.nextInt(5)) {
                case 0 -> "%";
                case 1 -> "q=%zz";
                case 2 -> "q=%ff%fe";
                case 3 -> "&&&=&";
                default -> "page=1&page=2&page=x";
            });
        }
        return new Generated("query", request(endpoint.method(), endpoint.path() + "?" + String.join("&", params),
                endpoint.body() == null ? null : targets.bodies().get(endpoint.body()).getBytes(StandardCharsets.UTF_8),
                "application/json"));
    }

    private String queryValue() {
        return switch (random.nextInt(10)) {
            case 0 -> encode(String.valueOf(new long[] {0, -1, -2147483648L, 2147483648L, 99999999999L, 101, 1000}
                    [random.nextInt(7)]));
            case 1 -> encode(new String[] {"abc", "1.5", "1e3", "", " ", "0x10", "١٢٣", "２"}[random.nextInt(8)]);
            case 2 -> encode(new String[] {"2026-13-45", "0000-00-00", "2026/01/01", "明天"}[random.nextInt(4)]);
            case 3 -> encode("锂电池".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 1_000 : 100)));
            case 4 -> encode(nastyText());
            case 5 -> encode(new String[] {"量子", "电子信息,量子,", "Z99", "relevance", "price_desc", "月球"}
                    [random.nextInt(6)]);
            case 6 -> "%00";
            case 7 -> encode("AND OR NOT \"\" * ? ~ ^ [ ] { } ( ) : \\ /");
            case 8 -> encode("*:*");
            default -> encode(String.valueOf(random.nextInt(5)));
        };
    }

    private Generated pathTrick() {
        Endpoint endpoint = pick(false);
        String path = endpoint.path();
        String base = path.substring(0, path.lastIndexOf('/'));
        String tricked = switch (random.nextInt(18)) {
            case 0 -> base + "/..%2f..%2fetc%2fpasswd";
            case 1 -> base + "/%00";
            case 2 -> path + "%00.json";
            case 3 -> base + "/%2e%2e/%2e%2e/etc/passwd";
            case 4 -> base + "/../../../etc/passwd";
            case 5 -> path + "/" + "A".repeat(10_000);
            case 6 -> path + "?" + "q=" + "x".repeat(20_000);
            case 7 -> base + "/%ff%fe";
            case 8 -> base + "/a%5cb";
            case 9 -> path + ";jsessionid=0000";
            case 10 -> "//" + path.substring(1).replace("/", "//");
            case 11 -> base + "/" + encode("成果编号😀");
            case 12 -> base + "/" + new String("成果".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            case 13 -> base + "/DEM-000001";
            case 14 -> path.toUpperCase();
            case 15 -> path + "/" + encode("<script>alert(1)</script>");
            case 16 -> base + "/%u0000";
            default -> "/api/" + encode(nastyText());
        };
        return new Generated("path", request(endpoint.method(), tricked, endpoint.body() == null ? null
                : targets.bodies().get(endpoint.body()).getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    private Generated headerMutation() {
        Endpoint endpoint = pick(random.nextBoolean());
        byte[] body = endpoint.body() == null ? null : targets.bodies().get(endpoint.body())
                .getBytes(StandardCharsets.UTF_8);
        List<String[]> headers = new ArrayList<>(identity());
        String contentType = "application/json";
        switch (random.nextInt(12)) {
            case 0 -> contentType = "text/plain";
            case 1 -> contentType = "application/xml";
            case 2 -> contentType = "application/json; charset=ISO-8859-1";
            case 3 -> contentType = "multipart/form-data";
            case 4 -> contentType = "application/x-www-form-urlencoded";
            case 5 -> contentType = "无效类型";
            case 6 -> headers.add(new String[] {"Accept", "application/xml"});
            case 7 -> headers.add(new String[] {"If-Match", new String[] {"\"abc\"", "W/\"-1\"", "*", "99999999999999999999"}
                    [random.nextInt(4)]});
            case 8 -> headers = new ArrayList<>(List.<String[]>of(new String[] {"X-TechMatch-Role",
                    new String[] {"ROOT", "", "manager\u0000", "ADMIN", "MANAGER,OFFICIAL"}[random.nextInt(5)]}));
            case 9 -> headers.add(new String[] {"X-TechMatch-Org", new String[] {"%E4%B8", "%zz", "%00", "a%"}
                    [random.nextInt(4)]});
            case 10 -> headers.add(new String[] {"X-Padding", "x".repeat(20_000)});
            default -> contentType = null;
        }
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        String method = endpoint.method();
        return new Generated("header", new RawHttp.Request(method, endpoint.path(), headers,
                body == null && !method.equals("GET") && !method.equals("DELETE") ? new byte[0] : body));
    }

    private Generated wrongMethod() {
        Endpoint endpoint = pick(false);
        String method = new String[] {"PATCH", "PUT", "DELETE", "POST", "OPTIONS", "HEAD", "FOO", "PROPFIND", "GET"}
                [random.nextInt(9)];
        byte[] body = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") ? null
                : "{}".getBytes(StandardCharsets.UTF_8);
        return new Generated("method", request(method, endpoint.path(), body, "application/json"));
    }

    /** Multipart uploads that never carry a readable file, so no import job starts writing in the background. */
    private Generated badMultipart() {
        String boundary = "----fuzz" + random.nextInt(1_000_000);
        String part = switch (random.nextInt(7)) {
            case 0 -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"library\"\r\n\r\nachievements\r\n";
            case 1 -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004garbage";
            case 2 -> "--wrong-boundary\r\n\r\n";
            case 3 -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"library\"\r\n\r\n"
                    + nastyText() + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"../../etc/passwd\"\r\n\r\n\r\n--" + boundary + "--\r\n";
            case 4 -> "";
            case 5 -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"library\"\r\n\r\n月球库\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
                    + "%PDF-1.4\r\n--" + boundary + "--\r\n";
            default -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xls\"\r\n\r\n"
                    + "\u00d0\u00cf\u0011\u00e0\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"library\"\r\n\r\nachievements\r\n--" + boundary + "--\r\n";
        };
        String contentType = random.nextInt(5) == 0 ? "multipart/form-data"
                : "multipart/form-data; boundary=" + boundary;
        return new Generated("multipart", request("POST", "/api/imports", part.getBytes(StandardCharsets.ISO_8859_1),
                contentType));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private RawHttp.Request json(Endpoint endpoint, byte[] body) {
        return request(endpoint.method(), endpoint.path(), body, "application/json");
    }

    private RawHttp.Request request(String method, String target, byte[] body, String contentType) {
        List<String[]> headers = new ArrayList<>(identity());
        if (body != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        return new RawHttp.Request(method, target, headers, body);
    }

    private List<String[]> identity() {
        String[] pairs = targets.identities().get(random.nextInt(targets.identities().size()));
        List<String[]> headers = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            headers.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return headers;
    }

    private Endpoint pick(boolean withBody) {
        while (true) {
            int roll = random.nextInt(totalWeight);
            for (Endpoint endpoint : endpoints) {
                roll -= endpoint.weight();
                if (roll < 0) {
                    if (!withBody || endpoint.body() != null) {
                        return endpoint;
                    }
                    break;
                }
            }
        }
    }

    private Endpoint pickGet() {
        while (true) {
            Endpoint endpoint = pick(false);
            if (endpoint.method().equals("GET")) {
                return endpoint;
            }
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
