package io.github.rnnmem.experiments.config;

/** Where the corpus comes from: {@code corpus.source: text8 | path | planted-cue} in YAML. */
public enum CorpusKind {

    /** The text8 corpus of the article, downloaded once from {@code corpus.url} and cached. */
    TEXT8,

    /** A local text file, or a directory of text files, named by {@code corpus.path}. */
    PATH,

    /**
     * Text generated under the experiment's seed with planted long-range dependencies: cue words
     * that decide answer words further on, fillers between them ({@code corpus.pairs}, {@code
     * min_distance}, {@code max_distance}, {@code marker}, {@code fillers}).
     */
    PLANTED_CUE
}
