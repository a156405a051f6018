package org.techmatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.techmatch.TechMatchApplication;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.challenge.Challenge;
import org.techmatch.challenge.ChallengeService;
import org.techmatch.challenge.ChallengeStatus;
import org.techmatch.challenge.ChallengeTransition;
import org.techmatch.challenge.TransitionRequest;
import org.techmatch.demand.Demand;
import org.techmatch.vocabulary.DemandStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The victim of {@link CrashTest#everyAcknowledgedUpdateAndTransitionSurvivesKillNine}: the whole application
 * (no web server) updates demands and moves challenges through their lifecycle from several threads until
 * it is killed, printing "ACK type id version base64(json)" after each acknowledged change.
 *
 * <p>Each write carries its own version inside, so a record mixing two writes would show: a demand's title
 * ends in 「第N版」 and its status is 征集中 on odd versions and 对接中 on even ones; a challenge's version is
 * one more than its logged transitions.
 */
public final class CrashTransitionWriter {
    static final Viewer OFFICIAL = new Viewer(Role.OFFICIAL, "北辰区科学技术局");

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TechMatchApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--techmatch.index.path=" + index,
                        "--techmatch.fixtures.load-on-empty=false", "--techmatch.semantic.enabled=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        @SuppressWarnings("unchecked")
        LibraryService<Demand> demands = (LibraryService<Demand>) context.getBeanProvider(
                ResolvableType.forClassWithGenerics(LibraryService.class, Demand.class)).getObject();
        ChallengeService challenges = context.getBean(ChallengeService.class);
        JsonMapper json = context.getBean(JsonMapper.class);
        RecordCodec codec = new RecordCodec();
        String template = Files.readAllLines(Path.of("fixtures/challenges/workflow.jsonl")).getFirst();
        System.out.println("READY");
        System.out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(Thread.ofPlatform().start(() -> {
                List<Demand> mine = new ArrayList<>();
                List<Challenge> drafts = new ArrayList<>();
                for (int i = 0; ; i++) {
                    Object written;
                    int roll = ThreadLocalRandom.current().nextInt(10);
                    if (mine.isEmpty() || roll == 0) {
                        written = demands.create(demand(codec, thread, i, 1));
                        mine.add((Demand) written);
                    } else if (roll < 5) {
                        int pick = ThreadLocalRandom.current().nextInt(mine.size());
                        Demand current = mine.get(pick);
                        Demand next = demands.update(current.id(), current.version(),
                                demand(codec, thread, i, current.version() + 1));
                        mine.set(pick, next);
                        written = next;
                    } else if (drafts.isEmpty() || roll == 5) {
                        written = challenges.createDraft(challenge(json, template, thread, i, mine.getFirst().id()),
                                OFFICIAL);
                        drafts.add((Challenge) written);
                    } else {
                        int pick = ThreadLocalRandom.current().nextInt(drafts.size());
                        Challenge current = drafts.get(pick);
                        boolean draft = current.status() == ChallengeStatus.DRAFT;
                        Challenge next = challenges.transition(current.id(), draft ? ChallengeTransition.PUBLISH
                                : ChallengeTransition.WITHDRAW, new TransitionRequest(current.version(),
                                draft ? null : "崩溃测试撤回 " + i, null), OFFICIAL);
                        drafts.set(pick, next);
                        written = next;
                    }
                    String type = written instanceof Demand ? "demand" : "challenge";
                    String id = written instanceof Demand d ? d.id() : ((Challenge) written).id();
                    long version = written instanceof Demand d ? d.version() : ((Challenge) written).version();
                    String line = "ACK " + type + " " + id + " " + version + " "
                            + Base64.getEncoder().encodeToString(codec.encode(written));
                    synchronized (System.out) {
                        System.out.println(line);
                        System.out.flush();
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    /** A demand as written at version: the version is in the title and decides the status. */
    static Demand demand(RecordCodec codec, int thread, int i, long version) {
        String body = """
                {"title": "崩溃测试需求 线程%d 序号%d 第%d版", "description": "验证强制终止后每个已确认的更新和状态变化都完整保留。",
                 "enterprise": {"name": "天津崩溃测试制造有限公司"}, "techField": "先进制造与自动化",
                 "expectedMaturity": "通过中试", "region": "北辰区", "status": "%s"}
                """.formatted(thread, i, version, statusAt(version).label());
        return codec.decode(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Demand.class);
    }

    static DemandStatus statusAt(long version) {
        return version % 2 == 1 ? DemandStatus.OPEN : DemandStatus.DOCKING;
    }

    private static Challenge challenge(JsonMapper json, String template, int thread, int i, String demandId) {
        ObjectNode node = (ObjectNode) json.readTree(template);
        node.put("title", "崩溃测试榜单 线程" + thread + " 序号" + i);
        node.putArray("demandIds").add(demandId);
        node.remove("status");
        node.remove("createdAt");
        return json.treeToValue(node, Challenge.class);
    }
}
