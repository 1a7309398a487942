package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.settings.SchemaRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigSchemaTest {

    private final List<SchemaRow> rows = ConfigSchema.describe();

    @Test
    void listsEveryKeyInSchemaOrder() {
        assertThat(rows).extracting(SchemaRow::path).containsExactly(
                "name",
                "seed",
                "seeds",
                "engine",
                "device",
                "corpus",
                "corpus.source",
                "corpus.path",
                "corpus.url",
                "corpus.limit_chars",
                "corpus.pairs",
                "corpus.min_distance",
                "corpus.max_distance",
                "corpus.marker",
                "corpus.fillers",
                "dataset",
                "dataset.max_length",
                "dataset.vocabulary",
                "dataset.split",
                "model",
                "model.embedding",
                "units",
                "units[].unit",
                "units[].label",
                "units[].layers",
                "units[].<hyperparameter>",
                "training",
                "training.optimizer",
                "training.learning_rate",
                "training.beta1",
                "training.beta2",
                "training.epsilon",
                "training.batch_size",
                "training.epochs",
                "training.max_steps",
                "training.validate_every",
                "training.validation_sequences",
                "training.checkpoint_every",
                "training.snapshot_every",
                "analysis",
                "analysis.connectivity",
                "analysis.connectivity.text",
                "analysis.connectivity.wrt",
                "analysis.connectivity.norm",
                "analysis.connectivity.target",
                "analysis.known_chars",
                "analysis.known_chars.top_k",
                "analysis.known_chars.max_chars",
                "analysis.known_chars.sequences",
                "analysis.suggestions",
                "analysis.suggestions.top_k",
                "analysis.memory_profile",
                "analysis.memory_profile.sequences",
                "analysis.memory_profile.max_distance",
                "analysis.memory_span",
                "analysis.memory_span.bucket",
                "analysis.memory_span.top_k",
                "analysis.memory_span.level",
                "analysis.memory_span.known_chars",
                "analysis.memory_span.min_pairs",
                "analysis.memory_span.sequences",
                "analysis.context_ablation",
                "analysis.context_ablation.windows",
                "analysis.context_ablation.max_known",
                "analysis.context_ablation.sequences",
                "analysis.context_ablation.tolerance",
                "analysis.context_ablation.share_tolerance",
                "analysis.at",
                "analysis.loss_margin",
                "report",
                "report.published",
                "report.positions",
                "output",
                "grid");
    }

    @Test
    void everyKeyHasATypeADefaultAndAMeaning() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.type()).isNotBlank();
            assertThat(row.defaultValue()).isNotBlank();
            assertThat(row.meaning()).isNotBlank();
        });
    }

    @Test
    void describesRangesAndDefaults() {
        assertThat(rows).contains(
                new SchemaRow("name", "name", "[a-z0-9][a-z0-9._-]*", "required",
                        "names the experiment and its default run directory"),
                new SchemaRow("engine", "choice", "mxnet | pytorch", "mxnet", "the DJL engine"),
                new SchemaRow("training.batch_size", "integer", "[1, 65536]", "64", "sequences per mini-batch"),
                new SchemaRow("training.learning_rate", "number", "(0, 10]", "0.001", "Adam's step size"),
                new SchemaRow("training.epsilon", "number", "(0, 1]", "1.0e-8",
                        "added to Adam's denominator for stability"));
        assertThat(rows).filteredOn(row -> row.path().equals("training.epochs"))
                .singleElement()
                .extracting(SchemaRow::defaultValue)
                .isEqualTo("2 unless max_steps is given");
        assertThat(rows).filteredOn(row -> row.path().equals("dataset.split"))
                .singleElement()
                .extracting(SchemaRow::defaultValue)
                .isEqualTo("[0.9, 0.05, 0.05]");
        assertThat(rows).filteredOn(row -> row.path().equals("corpus"))
                .singleElement()
                .extracting(SchemaRow::defaultValue)
                .isEqualTo("required");
    }
}
