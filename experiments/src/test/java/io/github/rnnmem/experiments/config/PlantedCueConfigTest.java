package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted-cue corpus's settings: their defaults, the rules between them, and --corpus over them. */
class PlantedCueConfigTest {

    private static final String UNITS = "units: [{unit: gru, hidden: 8}]\n";

    @TempDir Path directory;

    @Test
    void plantedCueTakesItsDefaults() {
        CorpusConfig corpus = new Experiments(directory).load("name: cue\ncorpus: {source: planted-cue}\n" + UNITS).corpus();

        assertThat(corpus).isEqualTo(new CorpusConfig(CorpusKind.PLANTED_CUE, Optional.empty(), Optional.empty(),
                OptionalInt.of(1_000_000), OptionalInt.of(8), OptionalInt.of(10), OptionalInt.of(160), Optional.of(true),
                OptionalInt.of(100)));
    }

    @Test
    void otherSourcesTakeNoPlantedCueDefaults() {
        CorpusConfig corpus = new Experiments(directory).load("name: t\ncorpus: {source: text8}\n" + UNITS).corpus();

        assertThat(corpus.limitChars()).isEmpty();
        assertThat(corpus.pairs()).isEmpty();
        assertThat(corpus.marker()).isEmpty();
        assertThat(corpus.fillers()).isEmpty();
    }

    @Test
    void plantedCueKeysGoOnlyWithPlantedCue() {
        List<String> problems = new Experiments(directory).problems(
                "name: t\ncorpus: {source: text8, pairs: 4, marker: false}\n" + UNITS);

        assertThat(problems).containsExactly(
                "exp.yaml:2: corpus.pairs: expected no pairs when source is text8 (pairs is only for planted-cue), got 4",
                "exp.yaml:2: corpus.marker: expected no marker when source is text8 (marker is only for planted-cue),"
                        + " got false");
    }

    @Test
    void distancesMakeARangeWithRoomForTheMarker() {
        Experiments experiments = new Experiments(directory);

        assertThat(experiments.problems("name: t\ncorpus: {source: planted-cue, min_distance: 5, max_distance: 4}\n"
                + UNITS)).containsExactly(
                "exp.yaml:2: corpus.min_distance: expected at least 6 (the space after the cue, then the marker \"then\""
                        + " and its space), got 5",
                "exp.yaml:2: corpus.max_distance: expected at least min_distance (5), got 4");
        assertThat(experiments.load("name: t\ncorpus: {source: planted-cue, marker: false, min_distance: 1,"
                + " max_distance: 1}\n" + UNITS).corpus().minDistance()).hasValue(1);
    }

    @Test
    void pairsAreBoundedByTheBuiltInWords() {
        assertThat(new Experiments(directory).problems("name: t\ncorpus: {source: planted-cue, pairs: 17}\n" + UNITS))
                .containsExactly("exp.yaml:2: corpus.pairs: expected an integer in [2, 16], got 17");
    }

    @Test
    void aPathGivesTheFillersOfPlantedCue() {
        CorpusConfig corpus = new Experiments(directory).load(
                "name: t\ncorpus: {source: planted-cue, path: books, fillers: 300}\n" + UNITS).corpus();

        assertThat(corpus.path()).contains(directory.toAbsolutePath().resolve("books").normalize());
        assertThat(corpus.fillers()).hasValue(300);
    }

    @Test
    void corpusOptionReplacesAPlantedCueCorpusWhole() {
        CorpusConfig corpus = new Experiments(directory).load("name: t\ncorpus: {source: planted-cue, pairs: 4,"
                + " limit_chars: 5000}\n" + UNITS, ConfigOverride.corpus("books")).corpus();

        assertThat(corpus.source()).isEqualTo(CorpusKind.PATH);
        assertThat(corpus.pairs()).isEmpty();
        assertThat(corpus.limitChars()).hasValue(5000);
    }
}
