package io.github.rnnmem.api.testkit;

import java.util.Arrays;

/**
 * Plain double-precision vector arithmetic for writing a cell's equations by hand in tests,
 * independently of any engine. Vectors are rows; a matrix is {@code double[rows][columns]}.
 */
public final class Reference {

    private Reference() {}

    /**
     * A row-major flat array as a matrix.
     *
     * @param flat the values, row-major
     * @param rows the number of rows
     * @return the matrix
     */
    public static double[][] matrix(double[] flat, int rows) {
        int columns = flat.length / rows;
        double[][] matrix = new double[rows][];
        for (int r = 0; r < rows; r++) {
            matrix[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return matrix;
    }

    /**
     * The row vector times a matrix.
     *
     * @param row a vector of length {@code rows}
     * @param matrix a {@code rows x columns} matrix
     * @return a vector of length {@code columns}
     */
    public static double[] times(double[] row, double[][] matrix) {
        double[] out = new double[matrix[0].length];
        for (int r = 0; r < row.length; r++) {
            for (int c = 0; c < out.length; c++) {
                out[c] += row[r] * matrix[r][c];
            }
        }
        return out;
    }

    /**
     * The elementwise sum.
     *
     * @param a a vector
     * @param b a vector of the same length
     * @return {@code a + b}
     */
    public static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    /**
     * The elementwise product.
     *
     * @param a a vector
     * @param b a vector of the same length
     * @return {@code a * b}
     */
    public static double[] mul(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * b[i];
        }
        return out;
    }

    /**
     * A constant added to every element.
     *
     * @param a a vector
     * @param constant the constant
     * @return {@code a + constant}
     */
    public static double[] plus(double[] a, double constant) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + constant;
        }
        return out;
    }

    /**
     * The logistic sigmoid of every element.
     *
     * @param a a vector
     * @return {@code 1 / (1 + exp(-a))}
     */
    public static double[] sigmoid(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = 1 / (1 + Math.exp(-a[i]));
        }
        return out;
    }

    /**
     * The hyperbolic tangent of every element.
     *
     * @param a a vector
     * @return {@code tanh(a)}
     */
    public static double[] tanh(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.tanh(a[i]);
        }
        return out;
    }

    /**
     * Two vectors one after the other.
     *
     * @param a the first vector
     * @param b the second vector
     * @return {@code [a, b]}
     */
    public static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The {@code part}-th of {@code parts} equal slices of a vector.
     *
     * @param a the vector
     * @param parts the number of slices
     * @param part which slice, from 0
     * @return the slice
     */
    public static double[] slice(double[] a, int parts, int part) {
        int width = a.length / parts;
        return Arrays.copyOfRange(a, part * width, (part + 1) * width);
    }
}
