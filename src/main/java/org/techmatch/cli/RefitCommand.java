package org.techmatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.techmatch.catalog.ValidationException;
import org.techmatch.ranking.ModelRegistry;
import org.techmatch.ranking.RankingModel;
import org.techmatch.ranking.Refit;

/** Refits the ranking model from judgements and manager feedback, lists the model versions, or restores one. */
final class RefitCommand implements Command {
    @Override
    public String name() {
        return "refit";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("qrels", "restore", "list", "index");
    }

    @Override
    public String usage() {
        return """
                refit [--qrels QRELS] [--index DIR]  |  refit --restore VERSION  |  refit --list
                  Refits the fusion weights from the manager feedback stored in the index (相关 = relevant,
                  不相关 = not; each pair's features recomputed by the matcher) plus, with --qrels, the judgements
                  of that file (ids as in the source, e.g. the tech-market export). Demands are split into four
                  folds; each is ranked by a candidate fitted on the other three, and the active model is scored
                  on the same demands (nDCG@10). The candidate fitted on all labels is stored and activated only
                  when it is not worse. Prints both figures and the decision. Stop the service first.
                  --qrels QRELS      judged pairs "qid 0 docid grade" to fit on beside the feedback
                  --restore VERSION  make a stored model version (or the configured config-…) active again
                  --list             list the model versions, the active one marked *
                  --index DIR        the index directory (default: techmatch.index.path, ./index)""";
    }

    @Override
    public int run(Options options, ConfigurableApplicationContext context) {
        ModelRegistry registry = context.getBean(ModelRegistry.class);
        if (options.has("list")) {
            for (RankingModel model : registry.history()) {
                System.out.printf(Locale.ROOT, "%s %-24s %s%s%n", model.active() ? "*" : " ", model.modelVersion(),
                        model.source(), model.heldOutNdcg() == null ? "" : String.format(Locale.ROOT,
                                "  held-out nDCG@10 %.4f (previous model %.4f), %d pairs", model.heldOutNdcg(),
                                model.previousNdcg(), model.labelledPairs()));
            }
            return 0;
        }
        if (options.has("restore")) {
            String was = registry.version();
            RankingModel restored;
            try {
                restored = registry.restore(options.get("restore", ""));
            } catch (ValidationException e) {
                throw new IllegalArgumentException("--restore: " + e.problems().getFirst().message(), e);
            }
            System.out.println("active ranking model: " + restored.modelVersion() + " (was " + was + ")");
            return 0;
        }
        Path qrels = null;
        if (options.has("qrels")) {
            qrels = Path.of(options.get("qrels", ""));
            if (!Files.isRegularFile(qrels)) {
                throw new IllegalArgumentException("--qrels: no such file " + qrels.toAbsolutePath());
            }
        }
        Refit.Outcome outcome = context.getBean(Refit.class).run(qrels);
        System.out.println(outcome.report());
        System.out.println("active ranking model: " + registry.version());
        return 0;
    }
}
