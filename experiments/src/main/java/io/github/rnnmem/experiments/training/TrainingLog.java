package io.github.rnnmem.experiments.training;

import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.FileProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A unit's {@code training.csv}: one row per step with {@code step, epoch, train_loss,
 * valid_loss, seconds}; {@code valid_loss} is empty between validations, {@code epoch} is the
 * fraction of epochs done and {@code seconds} the training time so far.
 *
 * <p>Rows are appended as training goes. On resume the log is cut back to the checkpoint's step
 * (atomically), so rows of steps that will be trained again, and a line cut short by a kill, go.
 */
public final class TrainingLog {

    /** The header line. */
    public static final String HEADER = "step,epoch,train_loss,valid_loss,seconds";

    private final Path file;

    /**
     * Opens the log.
     *
     * @param file the CSV file, created when missing
     */
    public TrainingLog(Path file) {
        this.file = file;
    }

    /** One row. */
    public record Row(long step, double epoch, double trainLoss, double validLoss, double seconds) {

        /**
         * Whether the row carries a validation loss.
         *
         * @return false when the validation column is empty
         */
        public boolean validated() {
            return !Double.isNaN(validLoss);
        }

        String csv() {
            return String.format(Locale.ROOT, "%d,%.4f,%.6f,%s,%.3f", step, epoch, trainLoss,
                    validated() ? String.format(Locale.ROOT, "%.6f", validLoss) : "", seconds);
        }

        static Row parse(String line) {
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException("expected 5 cells, got " + cells.length);
            }
            return new Row(Long.parseLong(cells[0]), Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                    cells[3].isEmpty() ? Double.NaN : Double.parseDouble(cells[3]), Double.parseDouble(cells[4]));
        }
    }

    /**
     * Keeps only the rows up to a step, and the header; creates the file when missing.
     *
     * @param step the last step to keep
     */
    public void truncateAfter(long step) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Row row : rows()) {
            if (row.step() <= step) {
                text.append(row.csv()).append('\n');
            }
        }
        try {
            AtomicFiles.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, FileProblems.at(file, e));
        }
    }

    /**
     * Appends a row.
     *
     * @param row the row
     */
    public void append(Row row) {
        try {
            Files.writeString(file, row.csv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, FileProblems.at(file, e));
        }
    }

    /**
     * Every well-formed row, in file order; a malformed line (a kill mid-write) is skipped.
     *
     * @return the rows
     */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.equals(HEADER)) {
                    continue;
                }
                try {
                    rows.add(Row.parse(line));
                } catch (IllegalArgumentException e) {
                    // a line cut short by a kill: dropped
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, FileProblems.at(file, e));
        }
        return rows;
    }

    /**
     * The validation loss at the end of a log.
     *
     * @param rows the log's rows, in order
     * @return the last validation loss, or empty when none was logged
     */
    public static OptionalDouble finalValidationLoss(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).validated()) {
                return OptionalDouble.of(rows.get(i).validLoss());
            }
        }
        return OptionalDouble.empty();
    }
}
