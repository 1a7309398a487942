package io.github.rnnmem.api.testing;

import ai.djl.nn.Block;
import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds unit jars the way a researcher outside rnnmem would: the sample unit {@code elman}
 * (Elman's simple recurrent network, class {@code org.example.elman.ElmanProvider}) compiled
 * against the api jar, with a {@code META-INF/services} entry and, optionally, a module
 * descriptor; and units broken on purpose, from a provider whose parts a test replaces ({@link
 * #unit(String)}).
 */
public final class PluginJar {

    /** The sample unit's provider class. */
    public static final String PROVIDER = "org.example.elman.ElmanProvider";

    private static final String SOURCES = "/io/github/rnnmem/api/testing/elman/";

    private static final String SERVICES = "META-INF/services/" + RecurrentUnitProvider.class.getName();

    private PluginJar() {}

    /**
     * Compiles the sample unit into a jar.
     *
     * <p>It is compiled against exactly two locations: where rnnmem's api classes and DJL's api
     * classes were loaded from.
     *
     * @param jar where to write the jar
     * @param modular whether to include {@code module-info.class} (module {@code org.example.elman})
     * @return {@code jar}
     */
    public static Path build(Path jar, boolean modular) {
        try {
            Path work = Files.createTempDirectory("elman-unit");
            Path source = work.resolve("src/org/example/elman/ElmanProvider.java");
            Files.createDirectories(source.getParent());
            copy("ElmanProvider.java.txt", source);
            List<Path> sources = new ArrayList<>(List.of(source));
            if (modular) {
                copy("module-info.java.txt", work.resolve("src/module-info.java"));
                sources.add(work.resolve("src/module-info.java"));
            }
            compile(work, sources, modular);
            writeJar(work.resolve("classes"), jar, List.of(PROVIDER));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A jar whose services file names a provider class it does not hold.
     *
     * @param jar where to write the jar
     * @param provider the class the services file names
     * @return {@code jar}
     */
    public static Path naming(Path jar, String provider) {
        try {
            writeJar(Files.createTempDirectory("empty-unit"), jar, List.of(provider));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a provider that a test breaks in one way: by default its name is its class's simple
     * name in lower case, its spec holds only {@code hidden}, and its layers return their input
     * unchanged (so their output is not {@code hidden} wide unless the input is).
     *
     * @param className the provider's fully qualified class name
     * @return the provider's source, to change and compile
     */
    public static UnitSource unit(String className) {
        return new UnitSource(className);
    }

    /** A provider's source with replaceable parts, compiled into a plain jar. */
    public static final class UnitSource {

        private final String className;
        private String constructor = "";
        private String name;
        private String hyperparameters = "HyperparameterSpec.builder().build()";
        private String newLayer = "return new Passthrough(hyperparameters.hidden());";

        private UnitSource(String className) {
            this.className = className;
            this.name = '"' + simpleName().toLowerCase(java.util.Locale.ROOT) + '"';
        }

        /**
         * Sets the constructor's body.
         *
         * @param body Java statements
         * @return this source
         */
        public UnitSource constructor(String body) {
            this.constructor = body;
            return this;
        }

        /**
         * Sets what {@code name()} returns.
         *
         * @param expression a Java expression
         * @return this source
         */
        public UnitSource name(String expression) {
            this.name = expression;
            return this;
        }

        /**
         * Sets what {@code hyperparameters()} returns.
         *
         * @param expression a Java expression of type {@code HyperparameterSpec}
         * @return this source
         */
        public UnitSource hyperparameters(String expression) {
            this.hyperparameters = expression;
            return this;
        }

        /**
         * Sets the body of {@code newLayer(int inputSize, Hyperparameters hyperparameters)}.
         *
         * @param body Java statements returning a {@code Block}
         * @return this source
         */
        public UnitSource newLayer(String body) {
            this.newLayer = body;
            return this;
        }

        /**
         * Compiles the provider into a plain jar listing it in its services file.
         *
         * @param jar where to write the jar
         * @return {@code jar}
         */
        public Path jar(Path jar) {
            int dot = className.lastIndexOf('.');
            String source = """
                    package %s;

                    import ai.djl.ndarray.NDList;
                    import ai.djl.ndarray.types.Shape;
                    import ai.djl.nn.AbstractBlock;
                    import ai.djl.nn.Block;
                    import ai.djl.training.ParameterStore;
                    import ai.djl.util.PairList;
                    import io.github.rnnmem.api.HyperparameterSpec;
                    import io.github.rnnmem.api.Hyperparameters;
                    import io.github.rnnmem.api.RecurrentUnitProvider;

                    public final class %s implements RecurrentUnitProvider {
                        public %s() { %s }
                        public String name() { return %s; }
                        public String description() { return "a unit broken on purpose"; }
                        public HyperparameterSpec hyperparameters() { return %s; }
                        public Block newLayer(int inputSize, Hyperparameters hyperparameters) { %s }

                        static final class Passthrough extends AbstractBlock {
                            private final int hidden;
                            Passthrough(int hidden) { this.hidden = hidden; }
                            @Override
                            protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                    PairList<String, Object> params) {
                                return new NDList(inputs.head());
                            }
                            @Override
                            public Shape[] getOutputShapes(Shape[] inputs) {
                                return new Shape[] {new Shape(inputs[0].get(0), inputs[0].get(1), hidden)};
                            }
                        }
                    }
                    """.formatted(className.substring(0, dot), simpleName(), simpleName(), constructor, name,
                    hyperparameters, newLayer);
            try {
                Path work = Files.createTempDirectory("broken-unit");
                Path file = work.resolve("src/" + className.replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source, StandardCharsets.UTF_8);
                compile(work, List.of(file), false);
                writeJar(work.resolve("classes"), jar, List.of(className));
                return jar;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    private static void compile(Path work, List<Path> sources, boolean modular) {
        String classPath = location(RecurrentUnitProvider.class) + File.pathSeparator + location(Block.class);
        List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("classes").toString()));
        arguments.addAll(List.of(modular ? "--module-path" : "-cp", classPath));
        sources.forEach(source -> arguments.add(source.toString()));
        ToolProvider javac =
                ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException("no javac: a JDK is needed"));
        int status = javac.run(System.out, System.err, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("compiling a test unit failed: " + arguments);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = PluginJar.class.getResourceAsStream(SOURCES + resource)) {
            Files.copy(in, target);
        }
    }

    private static void writeJar(Path classes, Path jar, List<String> providers) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            if (Files.isDirectory(classes)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                        Files.copy(path, out);
                        out.closeEntry();
                    }
                }
            }
            out.putNextEntry(new JarEntry(SERVICES));
            out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
