package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs section blocks into rows of the poster's columns, in reading order: each row holds one or more whole blocks
 * side by side, each block as many columns wide as evens out the row (the tallest block gets the next column, which
 * is optimal for the row's height), and the rows are chosen so that their total height is least (dynamic
 * programming over where rows break). Every name in a row sits in one strip above every lesson of the row. Pure.
 */
final class BlockRows {

    /** What packing needs to know about the blocks at one size. */
    interface Heights {
        /** The strip above the block's lessons (band and name) when it is {@code columns} columns wide; 0 without a name. */
        double strip(int block, int columns);

        /** The tallest of the block's columns when its lessons take {@code columns} columns. */
        double lessons(int block, int columns);

        /** The most columns the block can use (one per lesson). */
        int maxColumns(int block);
    }

    /** A block in a row: its index, its first column and how many columns it spans. */
    record Placement(int block, int column, int columns) {
    }

    /** A row: its blocks, the strip that holds their names, and its height (strip and tallest lessons). */
    record Row(List<Placement> blocks, double strip, double height) {
        Row {
            blocks = List.copyOf(blocks);
        }
    }

    private BlockRows() {
    }

    /**
     * The rows of least total height for {@code blocks} blocks on {@code columns} columns, rows {@code gap} apart; null
     * when no packing has a finite height (a block whose name or lessons cannot be set at this size on any width).
     */
    static List<Row> pack(int blocks, int columns, Heights h, double gap) {
        double[] best = new double[blocks + 1];
        Row[] last = new Row[blocks + 1];
        int[] from = new int[blocks + 1];
        for (int j = 1; j <= blocks; j++) {
            best[j] = Double.POSITIVE_INFINITY;
            for (int i = j - 1; i >= 0 && j - i <= columns; i--) {
                Row row = row(i, j, columns, h);
                double total = best[i] + (i > 0 ? gap : 0) + row.height();
                if (total < best[j] - 1e-9) {
                    best[j] = total;
                    last[j] = row;
                    from[j] = i;
                }
            }
        }
        if (blocks > 0 && last[blocks] == null) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (int j = blocks; j > 0; j = from[j]) {
            rows.add(0, last[j]);
        }
        return rows;
    }

    /** Blocks [i, j) in one row: every block one column, then each spare column to the tallest block that can use it. */
    static Row row(int i, int j, int columns, Heights h) {
        int n = j - i;
        int[] k = new int[n];
        java.util.Arrays.fill(k, 1);
        for (int spare = columns - n; spare > 0; spare--) {
            int tallest = -1;
            double most = -1;
            for (int b = 0; b < n; b++) {
                double height = h.strip(i + b, k[b]) + h.lessons(i + b, k[b]);
                if (k[b] < h.maxColumns(i + b) && height > most + 1e-9) {
                    most = height;
                    tallest = b;
                }
            }
            if (tallest < 0) {
                break;
            }
            k[tallest]++;
        }
        List<Placement> placed = new ArrayList<>();
        double strip = 0;
        double lessons = 0;
        int column = 0;
        for (int b = 0; b < n; b++) {
            placed.add(new Placement(i + b, column, k[b]));
            column += k[b];
            strip = Math.max(strip, h.strip(i + b, k[b]));
            lessons = Math.max(lessons, h.lessons(i + b, k[b]));
        }
        return new Row(placed, strip, strip + lessons);
    }
}
