package org.techmatch.matching;

/**
 * The fusion pair the matcher scores with, asked for at every score so that activating another ranking model (see
 * the model registry) changes the next ranking without a restart.
 */
public interface FusionModels {
    /** The fusion when both sides have a vector. */
    FusionModel withVectors();

    /** The fusion when a side has no vector (vectors off or not computed yet). */
    FusionModel lexicalOnly();

    /** The version of the pair in use ("config-…" for application.yml's), shown with every ranking. */
    String version();

    /** A fixed pair (application.yml's, or a candidate being evaluated). */
    static FusionModels fixed(String version, FusionModel withVectors, FusionModel lexicalOnly) {
        return new FusionModels() {
            @Override
            public FusionModel withVectors() {
                return withVectors;
            }

            @Override
            public FusionModel lexicalOnly() {
                return lexicalOnly;
            }

            @Override
            public String version() {
                return version;
            }
        };
    }
}
