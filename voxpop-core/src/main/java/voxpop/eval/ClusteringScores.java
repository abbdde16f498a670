package voxpop.eval;

/**
 * How well predicted clusters match true classes over {@code n} items. Every score is in [0, 1]
 * except ARI, in [-0.5, 1] (0 is chance level, 1 a perfect match).
 *
 * @param n the items scored
 * @param classes the distinct true classes
 * @param clusters the distinct predicted clusters
 * @param nmi normalised mutual information, arithmetic-mean normalisation
 * @param ari adjusted Rand index
 * @param homogeneity each cluster holds one class
 * @param completeness each class sits in one cluster
 * @param vMeasure the harmonic mean of homogeneity and completeness
 * @param matchedAccuracy the share of items in the cluster matched to their class, with clusters
 *     and classes matched one to one to maximise it
 */
public record ClusteringScores(
    int n,
    int classes,
    int clusters,
    double nmi,
    double ari,
    double homogeneity,
    double completeness,
    double vMeasure,
    double matchedAccuracy) {}
