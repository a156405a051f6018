package org.techmatch.evaluation;

import java.util.List;

/**
 * Logistic regression by Newton's method: P(relevant) = σ(bias + w·x + offset), with an L2 penalty on w (not on the
 * bias) so that a feature the data barely sees keeps a small weight instead of an extreme one. The offset is a fixed
 * part of the logit (features whose weights are not fitted). Deterministic: same input, same weights. Public so
 * that any source of labelled feature vectors (judged dev pairs, manager feedback) fits the same way.
 */
public final class LogisticFitter {
    static final int MAX_ITERATIONS = 100;
    static final double CONVERGED = 1e-9;

    /** One labelled vector; weight is how many examples it stands for. */
    public record Example(double[] x, double offset, double weight, boolean relevant) {
        public Example {
            x = x.clone();
        }
    }

    /** The fitted logit: bias and one weight per input column. */
    public record Fit(double bias, double[] weights) {
        public double logit(double[] x, double offset) {
            double z = bias + offset;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return z;
        }
    }

    private LogisticFitter() {
    }

    /**
     * @param withBias false for a pairwise fit (differences of two pairs: the bias cancels)
     * @param l2       penalty on the weights, per example (the data's scale is the caller's)
     */
    public static Fit fit(List<Example> examples, int dimensions, boolean withBias, double l2) {
        int n = dimensions + (withBias ? 1 : 0);
        double[] w = new double[n];
        double total = examples.stream().mapToDouble(Example::weight).sum();
        for (int iteration = 0; iteration < MAX_ITERATIONS && total > 0; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Example e : examples) {
                double[] x = withBias ? append(e.x()) : e.x();
                double z = e.offset();
                for (int i = 0; i < n; i++) {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = e.weight() * (p - (e.relevant() ? 1 : 0));
                double curvature = e.weight() * p * (1 - p);
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < dimensions; i++) {
                gradient[i] += l2 * total * w[i];
                hessian[i][i] += l2 * total;
            }
            for (int i = dimensions; i < n; i++) {
                hessian[i][i] += 1e-9 * total; // keeps a bias on all-equal labels finite
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < n; i++) {
                w[i] -= step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < CONVERGED) {
                break;
            }
        }
        double[] weights = java.util.Arrays.copyOf(w, dimensions);
        return new Fit(withBias ? w[dimensions] : 0, weights);
    }

    private static double[] append(double[] x) {
        double[] out = java.util.Arrays.copyOf(x, x.length + 1);
        out[x.length] = 1;
        return out;
    }

    /** Gaussian elimination with partial pivoting (the systems are a handful of unknowns). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-300) {
                continue; // a column the data never moves: its step stays 0
            }
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = m[row][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-300 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
