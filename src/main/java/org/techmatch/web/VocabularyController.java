package org.techmatch.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.challenge.MilestoneOutcome;
import org.techmatch.challenge.SupportForm;
import org.techmatch.docking.ContractKind;
import org.techmatch.docking.DockingSource;
import org.techmatch.docking.DockingStage;
import org.techmatch.docking.PaymentTerms;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.ExpertType;
import org.techmatch.vocabulary.IndustryCatalog;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.IpKind;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;
import org.techmatch.vocabulary.Visibility;
import org.techmatch.vocabulary.Vocabularies;

/**
 * The controlled vocabularies as the API writes them, so that forms offer exactly the values the server accepts
 * instead of keeping a second copy in the pages. Read-only and public: these are the published code lists.
 */
@RestController
class VocabularyController {

    /** An industry choice: its GB/T 4754 code (what the API takes) and the name shown. */
    record IndustryChoice(String code, String name) {
    }

    @GetMapping("/api/vocabularies")
    ResponseEntity<Map<String, Object>> vocabularies() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("techFields", Vocabularies.labels(TechField.class));
        all.put("maturities", Vocabularies.labels(Maturity.class));
        all.put("transferModes", Vocabularies.labels(TransferMode.class));
        all.put("orgKinds", Vocabularies.labels(OrgKind.class));
        all.put("ipKinds", Vocabularies.labels(IpKind.class));
        all.put("visibilities", Vocabularies.labels(Visibility.class));
        all.put("achievementStatuses", Vocabularies.labels(AchievementStatus.class));
        all.put("demandStatuses", Vocabularies.labels(DemandStatus.class));
        all.put("expertKinds", Vocabularies.labels(ExpertType.class));
        all.put("industryChains", Vocabularies.labels(IndustryChain.class));
        all.put("districts", Region.TIANJIN_DISTRICTS);
        all.put("regions", Region.accepted());
        all.put("industrySections", industries(IndustryCatalog.standard().sections()));
        all.put("industries", industries(IndustryCatalog.standard().divisions()));
        all.put("dockingStages", Vocabularies.labels(DockingStage.class));
        all.put("dockingSources", Vocabularies.labels(DockingSource.class));
        all.put("contractKinds", Vocabularies.labels(ContractKind.class));
        all.put("paymentTerms", Vocabularies.labels(PaymentTerms.class));
        all.put("supportForms", Vocabularies.labels(SupportForm.class));
        all.put("milestoneOutcomes", Vocabularies.labels(MilestoneOutcome.class));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1))).body(all);
    }

    private static List<IndustryChoice> industries(List<org.techmatch.vocabulary.Industry> list) {
        return list.stream().map(i -> new IndustryChoice(i.code(), i.displayName())).toList();
    }
}
