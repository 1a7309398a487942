package io.github.rnnmem.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rnnmem.api.testing.PluginJar;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain jar that the JVM cannot name as a module is explained, with the fix. */
class ModuleNamesTest {

    @TempDir Path plugins;

    private static String explanation(Path jar) throws IOException {
        FindException failure = catchThrowableOfType(FindException.class, () -> ModuleFinder.of(jar).findAll());
        assertThat(failure).as("the JVM refuses " + jar).isNotNull();
        return ModuleNames.explain(PluginJarFile.read(jar), failure);
    }

    @Test
    void aFileNameWithAKeywordSaysHowToNameTheModule() throws IOException {
        Path jar = PluginJar.build(plugins.resolve("elman-for-rnnmem-1.0.jar"), false);
        assertThat(explanation(jar)).isEqualTo("its file name makes no valid module name (elman.for.rnnmem: Invalid module"
                + " name: 'for' is not a Java identifier); add the line \"Automatic-Module-Name: org.example.elman\" to its"
                + " META-INF/MANIFEST.MF, or rename the file (to elman.jar, say)");
    }

    @Test
    void aFileNameStartingWithADigitSaysHowToNameTheModule() throws IOException {
        Path jar = PluginJar.build(plugins.resolve("2elman.jar"), false);
        assertThat(explanation(jar)).startsWith("its file name makes no valid module name (2elman: Invalid module name:"
                + " '2elman' is not a Java identifier); add the line");
    }

    @Test
    void validAndInvalidModuleNames() {
        assertThat(ModuleNames.isValid("org.example.elman")).isTrue();
        assertThat(ModuleNames.isValid("elman.for.rnnmem")).isFalse();
        assertThat(ModuleNames.isValid("2x")).isFalse();
    }
}
