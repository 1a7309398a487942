/**
 * rnnmem's experiments: the autocomplete data, the model, training, analyses, the YAML
 * configuration, the Guice wiring and the command line. Units are found only through {@link
 * java.util.ServiceLoader}.
 */
module io.github.rnnmem.experiments {
    requires io.github.rnnmem.api;
    requires io.github.rnnmem.viz;
    requires ai.djl.api;
    requires com.google.guice;
    requires com.google.gson;
    requires jakarta.inject;
    requires info.picocli;
    requires org.yaml.snakeyaml;
    requires java.management;
    requires java.net.http;
    requires jdk.httpserver;
    requires jdk.unsupported;

    exports io.github.rnnmem.experiments;
    exports io.github.rnnmem.experiments.analysis;
    exports io.github.rnnmem.experiments.analysis.ablation;
    exports io.github.rnnmem.experiments.analysis.connectivity;
    exports io.github.rnnmem.experiments.analysis.knownchars;
    exports io.github.rnnmem.experiments.analysis.memory;
    exports io.github.rnnmem.experiments.analysis.memoryspan;
    exports io.github.rnnmem.experiments.analysis.scores;
    exports io.github.rnnmem.experiments.analysis.suggestions;
    exports io.github.rnnmem.experiments.bench;
    exports io.github.rnnmem.experiments.cli;
    exports io.github.rnnmem.experiments.config;
    exports io.github.rnnmem.experiments.data;
    exports io.github.rnnmem.experiments.evaluation;
    exports io.github.rnnmem.experiments.io;
    exports io.github.rnnmem.experiments.model;
    exports io.github.rnnmem.experiments.progress;
    exports io.github.rnnmem.experiments.report;
    exports io.github.rnnmem.experiments.run;
    exports io.github.rnnmem.experiments.serve;
    exports io.github.rnnmem.experiments.text;
    exports io.github.rnnmem.experiments.training;
    exports io.github.rnnmem.experiments.wiring;

    opens io.github.rnnmem.experiments.analysis.ablation to com.google.guice;
    opens io.github.rnnmem.experiments.analysis.connectivity to com.google.guice;
    opens io.github.rnnmem.experiments.analysis.knownchars to com.google.guice;
    opens io.github.rnnmem.experiments.analysis.memory to com.google.guice;
    opens io.github.rnnmem.experiments.analysis.memoryspan to com.google.guice;
    opens io.github.rnnmem.experiments.analysis.suggestions to com.google.guice;
    // picocli reads and sets the commands' annotated fields and makes their converters.
    opens io.github.rnnmem.experiments.cli to com.google.guice, info.picocli;
    opens io.github.rnnmem.experiments.run to com.google.guice;
    opens io.github.rnnmem.experiments.wiring to com.google.guice;

    uses io.github.rnnmem.api.RecurrentUnitProvider;
}
