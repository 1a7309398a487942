package io.github.rnnmem.api.testkit;

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
import java.util.stream.Stream;
import java.util.spi.ToolProvider;

/**
 * Builds a unit jar the way a researcher outside rnnmem would: the sample unit {@code elman}
 * (Elman's simple recurrent network, class {@code org.example.elman.ElmanProvider}) compiled
 * against the api jar, with a {@code META-INF/services} entry and, optionally, a module
 * descriptor.
 */
public final class PluginJar {

    /** The sample unit's provider class. */
    public static final String PROVIDER = "org.example.elman.ElmanProvider";

    private static final String SOURCES = "/io/github/rnnmem/api/testkit/elman/";

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
        String classPath = location(RecurrentUnitProvider.class) + File.pathSeparator + location(Block.class);
        try {
            Path work = Files.createTempDirectory("elman-unit");
            Path sources = work.resolve("src/org/example/elman");
            Files.createDirectories(sources);
            copy("ElmanProvider.java.txt", sources.resolve("ElmanProvider.java"));
            List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("classes").toString()));
            if (modular) {
                copy("module-info.java.txt", work.resolve("src/module-info.java"));
                arguments.addAll(List.of("--module-path", classPath));
                arguments.add(work.resolve("src/module-info.java").toString());
            } else {
                arguments.addAll(List.of("-cp", classPath));
            }
            arguments.add(sources.resolve("ElmanProvider.java").toString());
            ToolProvider javac =
                    ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException("no javac: a JDK is needed"));
            int status = javac.run(System.out, System.err, arguments.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("compiling the sample unit failed: " + arguments);
            }
            writeJar(work.resolve("classes"), jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static void writeJar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/io.github.rnnmem.api.RecurrentUnitProvider"));
            out.write((PROVIDER + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
