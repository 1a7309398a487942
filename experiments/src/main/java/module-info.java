/**
 * rnnmem's experiments: the autocomplete data, the model, training, analyses, the YAML
 * configuration, the Guice wiring and the command line. Units are found only through {@link
 * java.util.ServiceLoader}.
 */
module io.github.rnnmem.experiments {
    requires io.github.rnnmem.api;
    requires ai.djl.api;
    requires com.google.guice;
    requires jakarta.inject;
    requires org.yaml.snakeyaml;
    requires java.management;
    requires java.net.http;

    uses io.github.rnnmem.api.RecurrentUnitProvider;
}
