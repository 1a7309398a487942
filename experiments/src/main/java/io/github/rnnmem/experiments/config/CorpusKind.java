package io.github.rnnmem.experiments.config;

/** Where the corpus comes from: {@code corpus.source: text8 | path} in YAML. */
public enum CorpusKind {

    /** The text8 corpus of the article, downloaded once from {@code corpus.url} and cached. */
    TEXT8,

    /** A local text file, or a directory of text files, named by {@code corpus.path}. */
    PATH
}
