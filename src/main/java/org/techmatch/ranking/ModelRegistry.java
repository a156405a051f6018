package org.techmatch.ranking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import java.util.Set;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.catalog.ValidationException;
import org.techmatch.matching.FusionModel;
import org.techmatch.matching.FusionModels;
import org.techmatch.matching.MatchingProperties;
import org.techmatch.store.StoreUnavailableException;

/**
 * The versioned ranking models and the one the matcher uses. Until a refit is activated that is application.yml's
 * pair, versioned "config-" and a hash of its weights (so changing the weights there changes the version); an
 * activated refit is stored with its figures, and any stored version (or the configured pair) can be made active
 * again. The active model is read once at start and kept in memory, so scoring never waits on the store.
 */
@Component
public class ModelRegistry implements FusionModels {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final LibraryService<RankingModel> models;
    private final MatchingProperties properties;
    private final Clock clock;
    private volatile RankingModel current;
    /** True while the stored active model could not be read yet (the store was unavailable at start). */
    private volatile boolean unread;

    ModelRegistry(LibraryService<RankingModel> models, MatchingProperties properties, Clock clock) {
        this.models = models;
        this.properties = properties;
        this.clock = clock;
        try {
            this.current = load();
        } catch (StoreUnavailableException e) {
            // the service starts without its store (SolrCloud down): scoring uses the configured pair until the
            // stored active model can be read
            this.current = configured();
            this.unread = true;
        }
    }

    /** The model in use; read from the store on first use after a start without it. */
    private RankingModel model() {
        if (unread) {
            synchronized (this) {
                if (unread) {
                    current = load();
                    unread = false;
                }
            }
        }
        return current;
    }

    @Override
    public FusionModel withVectors() {
        return model().withVectors();
    }

    @Override
    public FusionModel lexicalOnly() {
        return model().lexicalOnly();
    }

    @Override
    public String version() {
        return model().modelVersion();
    }

    /** The model in use. */
    public RankingModel active() {
        return model();
    }

    /** Every known version, newest first; the configured pair is listed even when it was never stored. */
    public List<RankingModel> history() {
        List<RankingModel> all = new ArrayList<>(models.all());
        if (all.stream().noneMatch(m -> m.modelVersion().equals(configured().modelVersion()))) {
            all.add(configured());
        }
        all.sort(Comparator.comparing((RankingModel m) -> m.createdAt() == null ? clock.instant() : m.createdAt())
                .reversed());
        return all.stream().map(m -> m.activated(m.modelVersion().equals(model().modelVersion()), m.activatedAt()))
                .toList();
    }

    /** The versions as an official reads them (the admin API). */
    public List<RankingModel> history(Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看排序模型", Set.of(Role.OFFICIAL));
        return history();
    }

    /** An official makes a known version active again (the admin API); the change is audited as any write. */
    public RankingModel restore(String version, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "切换排序模型", Set.of(Role.OFFICIAL));
        return restore(version);
    }

    /** A version name for a new refit. */
    String newRefitVersion() {
        return "refit-" + STAMP.format(clock.instant());
    }

    /**
     * Stores a refitted model and makes it the one in use. The configured pair is stored first (once), so that it
     * can be restored; the new model is stored active before the old one is marked inactive, so a crash in between
     * leaves the newest activation in force, never none.
     */
    public synchronized RankingModel activate(RankingModel candidate) {
        storeConfiguredOnce();
        RankingModel stored = models.create(candidate.activated(true, clock.instant()));
        deactivateAllBut(stored.id());
        current = stored;
        unread = false;
        return stored;
    }

    /** Makes a known version the active one again (refit --restore, the admin API). */
    public synchronized RankingModel restore(String version) {
        if (!configured().modelVersion().equals(version)
                && models.findBy(RankingModelKind.VERSION_FIELD, version).isEmpty()) {
            throw ValidationException.of("version", version, "没有这个排序模型版本（可用版本见模型列表）");
        }
        storeConfiguredOnce();
        RankingModel known = models.findBy(RankingModelKind.VERSION_FIELD, version).stream().findFirst()
                .orElseThrow(() -> ValidationException.of("version", version, "没有这个排序模型版本（可用版本见模型列表）"));
        RankingModel restored = known.active() ? known
                : models.update(known.id(), known.version(), known.activated(true, clock.instant()));
        deactivateAllBut(restored.id());
        current = fresh(restored);
        unread = false;
        return current;
    }

    private void deactivateAllBut(String id) {
        for (RankingModel other : models.findBy(RankingModelKind.ACTIVE_FIELD, "true")) {
            if (!other.id().equals(id)) {
                models.update(other.id(), other.version(), other.activated(false, other.activatedAt()));
            }
        }
    }

    private void storeConfiguredOnce() {
        RankingModel configured = configured();
        if (models.findBy(RankingModelKind.VERSION_FIELD, configured.modelVersion()).isEmpty()) {
            models.create(configured.activated(configured.modelVersion().equals(model().modelVersion()),
                    clock.instant()));
        }
    }

    /** The newest activation stored, else application.yml's pair. */
    private RankingModel load() {
        return models.findBy(RankingModelKind.ACTIVE_FIELD, "true").stream()
                .max(Comparator.comparing(RankingModel::activatedAt)).map(this::fresh).orElseGet(this::configured);
    }

    /** A stored configured pair whose weights application.yml no longer has gives way to the configured pair. */
    private RankingModel fresh(RankingModel stored) {
        return RankingModel.CONFIGURED.equals(stored.source()) ? configured() : stored;
    }

    /** application.yml's pair as a (not stored) model record. */
    RankingModel configured() {
        return new RankingModel(null, 0, configVersion(properties.withVectors(), properties.lexicalOnly()),
                RankingModel.CONFIGURED, properties.withVectors(), properties.lexicalOnly(), true, null, null, null,
                "application.yml 中的融合权重", null, null, null);
    }

    static String configVersion(FusionModel withVectors, FusionModel lexicalOnly) {
        String canonical = canonical(withVectors) + "|" + canonical(lexicalOnly);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "config-" + java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(FusionModel model) {
        Map<String, Double> sorted = new TreeMap<>(model.weights());
        return model.bias() + sorted.toString();
    }
}
