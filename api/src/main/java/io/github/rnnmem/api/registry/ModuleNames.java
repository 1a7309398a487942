package io.github.rnnmem.api.registry;

import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;

/**
 * Explains why the JVM cannot make a module of a plugin jar, and how to fix it.
 *
 * <p>A plain jar becomes an automatic module named by its manifest's {@code Automatic-Module-Name}
 * or, without one, by its file name: {@code my-unit-1.0.jar} becomes {@code my.unit}. A file name
 * whose parts are not Java identifiers ({@code 2x-unit.jar}, {@code unit-for-rnnmem.jar}: {@code
 * for} is a keyword) makes no module name, and the JVM refuses the jar with "Unable to derive
 * module descriptor".
 */
final class ModuleNames {

    private ModuleNames() {}

    /**
     * Why a jar is not a module, in words a unit author can act on.
     *
     * @param jar the jar
     * @param failure what the module finder threw for it
     * @return the problem and its fix
     */
    static String explain(PluginJarFile jar, FindException failure) {
        String reason = failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage();
        String suggested = jar.suggestedModuleName();
        if (!jar.modular() && jar.automaticModuleName().filter(name -> !isValid(name)).isPresent()) {
            return "the Automatic-Module-Name of its manifest is not a valid module name (" + reason
                    + "); use Java identifiers joined by dots, such as " + suggested;
        }
        if (!jar.modular() && jar.automaticModuleName().isEmpty() && failure.getCause() instanceof IllegalArgumentException) {
            String file = suggested.substring(suggested.lastIndexOf('.') + 1) + ".jar";
            return "its file name makes no valid module name (" + reason + "); add the line \"Automatic-Module-Name: "
                    + suggested + "\" to its META-INF/MANIFEST.MF, or rename the file (to " + file + ", say)";
        }
        return "cannot be loaded as a module: " + failure.getMessage() + (failure.getCause() == null ? "" : ": " + reason);
    }

    /**
     * Whether a name is a valid module name: Java identifiers, none a keyword, joined by dots.
     *
     * @param name the name
     * @return true when the JVM accepts it
     */
    static boolean isValid(String name) {
        try {
            ModuleDescriptor.newModule(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
