package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes what the command tree declares: classes with an {@code @Inject} constructor (the commands,
 * completion candidates that need the unit registry) through Guice, everything else (mixins,
 * converters, collections) as picocli would.
 */
final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        return injectable(type) ? injector.getInstance(type) : CommandLine.defaultFactory().create(type);
    }

    private static boolean injectable(Class<?> type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                return true;
            }
        }
        return false;
    }
}
