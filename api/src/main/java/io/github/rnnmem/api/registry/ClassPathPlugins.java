package io.github.rnnmem.api.registry;

import io.github.rnnmem.api.RecurrentUnitProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin directory loaded by a child {@link URLClassLoader}, when rnnmem runs on the class path.
 * Each jar's services file is read in turn and its providers created as {@link
 * java.util.ServiceLoader} would (a public class with a public constructor without arguments), so
 * that every failure names its jar.
 */
final class ClassPathPlugins {

    private ClassPathPlugins() {}

    /**
     * Loads the providers of a directory's jars.
     *
     * @param jars the directory's jars whose services files name classes they hold
     * @param findings receives the units and the failures
     */
    static void load(List<PluginJarFile> jars, Findings findings) {
        URLClassLoader loader = new URLClassLoader(urls(jars), RecurrentUnitProvider.class.getClassLoader());
        for (PluginJarFile jar : jars) {
            for (String name : jar.providers()) {
                String source = name + " (class path, " + jar.path() + ")";
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (!RecurrentUnitProvider.class.isAssignableFrom(type)) {
                        findings.failed(PluginFailure.of(source, "does not implement " + RecurrentUnitProvider.class.getName()));
                    } else if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
                        findings.failed(PluginFailure.of(source, "is not a public, concrete class"));
                    } else {
                        RecurrentUnitProvider provider =
                                type.asSubclass(RecurrentUnitProvider.class).getConstructor().newInstance();
                        findings.found(new DiscoveredUnit(provider, PluginLoader.origin(type)));
                    }
                } catch (NoSuchMethodException e) {
                    findings.failed(PluginFailure.of(source, "has no public constructor without arguments"));
                } catch (InvocationTargetException e) {
                    findings.failed(PluginFailure.of(source, "could not be created: its constructor threw "
                            + PluginFailure.thrown(e.getCause())));
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    findings.failed(PluginFailure.of(source, "could not be created: " + PluginFailure.thrown(e)));
                }
            }
        }
    }

    private static URL[] urls(List<PluginJarFile> jars) {
        List<URL> urls = new ArrayList<>();
        for (PluginJarFile jar : jars) {
            try {
                urls.add(jar.path().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is not a URL: " + jar.path(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
