package org.techmatch.semantic;

/**
 * Progress of the background embedding job, for the API and the web interface.
 *
 * @param pending       records still without a vector
 * @param embedded      vectors computed since the service started
 * @param perSecond     recent embedding throughput
 */
public record EmbeddingStatus(boolean enabled, String model, boolean running, long pending, long embedded,
                              double perSecond, String lastError) {
}
