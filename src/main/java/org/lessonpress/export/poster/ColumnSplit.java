package org.lessonpress.export.poster;

/**
 * Splits a section's cells, in reading order, into columns of even height: for every column count at once, the
 * split whose tallest column is lowest (dynamic programming over the prefix sums, exact for contiguous runs). Cells
 * in a column are {@code gap} apart. Pure.
 */
final class ColumnSplit {
    private final double[] prefix;
    private final double gap;
    /** best[k][j]: the lowest tallest column for the first j cells in k + 1 columns. */
    private final double[][] best;
    private final int[][] cut;

    /** @param heights the cells' heights, in reading order; {@code maxColumns} at least 1 */
    ColumnSplit(double[] heights, double gap, int maxColumns) {
        int n = heights.length;
        this.gap = gap;
        prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + heights[i];
        }
        int cols = Math.max(1, Math.min(maxColumns, n));
        best = new double[cols][n + 1];
        cut = new int[cols][n + 1];
        for (int j = 0; j <= n; j++) {
            best[0][j] = column(0, j);
        }
        for (int k = 1; k < cols; k++) {
            for (int j = 0; j <= n; j++) {
                double b = best[k - 1][j];
                int at = j;
                for (int i = j - 1; i >= 1; i--) {
                    double h = Math.max(best[k - 1][i], column(i, j));
                    if (h < b - 1e-9) {
                        b = h;
                        at = i;
                    }
                    if (column(i, j) >= b) {
                        break;
                    }
                }
                best[k][j] = b;
                cut[k][j] = at;
            }
        }
    }

    /** The height of cells [i, j) in one column. */
    private double column(int i, int j) {
        return j <= i ? 0 : prefix[j] - prefix[i] + (j - i - 1) * gap;
    }

    /** The most columns worth using: one per cell. */
    int maxColumns() {
        return best.length;
    }

    /** The tallest column when the cells take {@code columns} columns (more than one per cell gains nothing). */
    double height(int columns) {
        return best[Math.min(columns, best.length) - 1][prefix.length - 1];
    }

    /** Where each column starts: {@code columns} indices, the first 0; a column may be empty when cells are few. */
    int[] starts(int columns) {
        int k = Math.min(columns, best.length) - 1;
        int[] out = new int[k + 1];
        int j = prefix.length - 1;
        for (; k > 0; k--) {
            int i = cut[k][j];
            out[k] = i;
            j = i;
        }
        out[0] = 0;
        return out;
    }
}
