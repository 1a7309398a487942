package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSamplerTest {

    @TempDir
    static Path dir;

    private static SequenceSet train;
    private static SequenceSet valid;

    @BeforeAll
    static void build() throws IOException {
        String text = GeneratedCorpus.text(17, 3_000, 300, 9);
        AutocompleteDataset dataset = GeneratedCorpus.dataset(dir, text, new TaskSettings(new DatasetConfig(30, 25, new DataSplit(0.8, 0.1, 0.1)), 5), w -> {});
        train = dataset.split(Split.TRAIN);
        valid = dataset.split(Split.VALID);
    }

    @Test
    void padsToTheLongestSequenceAndMasksPaddingAndUnknownTargets() {
        Batch batch = BatchSampler.evaluation(valid, 8).batch(BatchCursor.START);

        int longest = IntStream.of(batch.sequences()).map(valid::length).max().orElseThrow();
        assertThat(batch.batchSize()).isEqualTo(8);
        assertThat(batch.time()).isEqualTo(longest);
        boolean sawUnknown = false;
        for (int row = 0; row < batch.batchSize(); row++) {
            int sequence = batch.sequences()[row];
            int[] inputs = valid.inputs(sequence);
            int[] targets = valid.targets(sequence);
            for (int t = 0; t < batch.time(); t++) {
                int cell = row * batch.time() + t;
                boolean inside = t < inputs.length;
                assertThat(batch.inputs()[cell]).isEqualTo(inside ? inputs[t] : InputAlphabet.PADDING);
                assertThat(batch.targets()[cell]).isEqualTo(inside ? targets[t] : Vocabulary.PADDING);
                assertThat(batch.paddingMask()[cell]).isEqualTo(inside ? 1f : 0f);
                boolean known = inside && targets[t] != Vocabulary.UNKNOWN;
                assertThat(batch.knownMask()[cell]).isEqualTo(known ? 1f : 0f);
                sawUnknown |= inside && !known;
            }
        }
        assertThat(sawUnknown).as("the batch has <unknown> targets to mask").isTrue();
    }

    @Test
    void evaluationVisitsTheSplitInOrderKeepingTheLastPartialBatch() {
        BatchSampler sampler = BatchSampler.evaluation(valid, 7);
        List<Integer> visited = new ArrayList<>();
        BatchCursor cursor = BatchCursor.START;
        for (int b = 0; b < sampler.batchesPerEpoch(); b++) {
            Batch batch = sampler.batch(cursor);
            IntStream.of(batch.sequences()).forEach(visited::add);
            cursor = sampler.next(cursor);
        }

        assertThat(sampler.batchesPerEpoch()).isEqualTo((valid.size() + 6) / 7);
        assertThat(visited).isEqualTo(IntStream.range(0, valid.size()).boxed().toList());
        assertThat(cursor).isEqualTo(new BatchCursor(1, 0));
        assertThat(sampler.batch(new BatchCursor(0, sampler.batchesPerEpoch() - 1)).batchSize())
                .isEqualTo(valid.size() % 7 == 0 ? 7 : valid.size() % 7);
    }

    @Test
    void trainingShufflesEachEpochDifferentlyVisitingEverySequenceOnce() {
        BatchSampler sampler = BatchSampler.training(train, 16, 99);

        int[] first = epoch(sampler, 0);
        int[] second = epoch(sampler, 1);

        assertThat(sorted(first)).isEqualTo(IntStream.range(0, train.size()).toArray());
        assertThat(sorted(second)).isEqualTo(IntStream.range(0, train.size()).toArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(first).isNotEqualTo(IntStream.range(0, train.size()).toArray());
        assertThat(epoch(BatchSampler.training(train, 16, 99), 0)).isEqualTo(first);
        assertThat(epoch(BatchSampler.training(train, 16, 100), 0)).isNotEqualTo(first);
    }

    @Test
    void resumingFromACursorGivesTheBatchesOfAnUninterruptedRun() {
        BatchSampler uninterrupted = BatchSampler.training(train, 16, 7);
        List<Batch> expected = new ArrayList<>();
        BatchCursor cursor = BatchCursor.START;
        BatchCursor saved = null;
        int stopAfter = uninterrupted.batchesPerEpoch() + 3;
        for (int step = 0; cursor.epoch() < 3; step++) {
            if (step == stopAfter) {
                saved = cursor;
            }
            if (step >= stopAfter) {
                expected.add(uninterrupted.batch(cursor));
            }
            cursor = uninterrupted.next(cursor);
        }

        BatchSampler resumed = BatchSampler.training(train, 16, 7);
        List<Batch> actual = new ArrayList<>();
        for (cursor = saved; cursor.epoch() < 3; cursor = resumed.next(cursor)) {
            actual.add(resumed.batch(cursor));
        }

        assertThat(saved).isEqualTo(new BatchCursor(1, 3));
        assertThat(actual).hasSameSizeAs(expected);
        for (int b = 0; b < expected.size(); b++) {
            assertThat(actual.get(b).sequences()).isEqualTo(expected.get(b).sequences());
            assertThat(actual.get(b).inputs()).isEqualTo(expected.get(b).inputs());
            assertThat(actual.get(b).targets()).isEqualTo(expected.get(b).targets());
        }
    }

    @Test
    void refusesABatchPastTheEndOfAnEpochAndABadCursor() {
        BatchSampler sampler = BatchSampler.evaluation(valid, 4);

        assertThatThrownBy(() -> sampler.batch(new BatchCursor(0, sampler.batchesPerEpoch())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchCursor(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchSampler.training(train, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] epoch(BatchSampler sampler, int epoch) {
        return IntStream.range(0, sampler.batchesPerEpoch())
                .mapToObj(b -> sampler.batch(new BatchCursor(epoch, b)).sequences())
                .flatMapToInt(Arrays::stream)
                .toArray();
    }

    private static int[] sorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
