package io.github.rnnmem.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.nn.Block;
import io.github.rnnmem.api.RecurrentUnitProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The README's unit section is the unit template ({@code examples/unit-template}), file for file:
 * every Java block of the section is a source file of the template, every source file of the
 * template is in the section, the dependencies it shows are the template's, and the sources compile
 * as printed against this build's api and kit. (Continuous integration also builds the template
 * with Maven and runs its tests.)
 */
class UnitTemplateTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TEMPLATE = ROOT.resolve("examples/unit-template");
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public )?(?:final )?(?:abstract )?class (\\w+)");

    private static String unitSection() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Adding a recurrent unit");
        assertThat(start).as("the README's section \"Adding a recurrent unit\"").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(unitSection());
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    private static Map<String, Path> templateSources() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATE.resolve("src"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString().replace(".java", ""), f -> f,
                            (a, b) -> a, TreeMap::new));
        }
    }

    @Test
    void everyJavaBlockIsATemplateSourceAndEverySourceIsShown() throws IOException {
        Map<String, Path> sources = templateSources();
        Map<String, String> shown = new TreeMap<>();
        for (String block : blocks("java")) {
            Matcher type = TYPE.matcher(block);
            assertThat(type.find()).as("a class in the README block\n" + block).isTrue();
            shown.put(type.group(1), block);
        }
        assertThat(shown.keySet()).as("classes in the README's unit section").isEqualTo(sources.keySet());
        for (Map.Entry<String, String> block : shown.entrySet()) {
            assertThat(block.getValue())
                    .as("README block of %s, against %s", block.getKey(), ROOT.relativize(sources.get(block.getKey())))
                    .isEqualTo(Files.readString(sources.get(block.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDependenciesShownAreTheTemplates() throws IOException {
        List<String> pom = Files.readAllLines(TEMPLATE.resolve("pom.xml")).stream().map(String::strip).toList();
        List<String> xml = blocks("xml");
        assertThat(xml).as("xml blocks in the README's unit section").isNotEmpty();
        for (String block : xml) {
            List<String> lines = block.lines().map(String::strip).toList();
            assertThat(pom).as("the template's pom.xml").containsSubsequence(lines);
            assertThat(String.join("\n", pom)).contains(String.join("\n", lines));
        }
    }

    @Test
    void theServicesFileNamesTheProvider() throws IOException {
        Path services = TEMPLATE.resolve("src/main/resources/META-INF/services/" + RecurrentUnitProvider.class.getName());
        assertThat(Files.readString(services, StandardCharsets.UTF_8).strip()).isEqualTo("org.example.mgu.MguProvider");
        assertThat(unitSection()).contains("META-INF/services/" + RecurrentUnitProvider.class.getName())
                .contains("org.example.mgu.MguProvider");
    }

    @Test
    void theSourcesCompileAsPrinted(@TempDir Path classes) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-Xlint:all", "-Werror", "-cp",
                classPath(RecurrentUnitProvider.class, Block.class, RecurrentUnitContractTest.class, Test.class,
                        ParameterizedTest.class, Assertions.class, org.apiguardian.api.API.class)));
        templateSources().values().forEach(source -> arguments.add(source.toString()));
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        assertThat(javac.run(System.out, System.err, arguments.toArray(String[]::new))).as("javac " + arguments).isZero();
    }

    private static String classPath(Class<?>... types) {
        return Stream.of(types).map(UnitTemplateTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
