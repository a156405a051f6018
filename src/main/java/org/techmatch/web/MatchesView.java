package org.techmatch.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.techmatch.feedback.FeedbackMark;
import org.techmatch.matching.MatchPage;

/**
 * A page of matches as the API answers it: the engine's page, the version of the ranking model that ranked it,
 * and the current marks on its matches by candidate id (only for viewers who may see them; empty otherwise).
 */
record MatchesView(@JsonUnwrapped MatchPage page, String modelVersion, Map<String, List<FeedbackMark>> feedback) {
}
