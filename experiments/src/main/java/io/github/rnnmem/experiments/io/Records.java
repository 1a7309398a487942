package io.github.rnnmem.experiments.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Reading and making records through their components, for the codecs that name them by their components. */
public final class Records {

    private Records() {}

    /**
     * The value of one component of a record.
     *
     * @param component the component
     * @param record a record that has it
     * @return its value
     */
    public static Object value(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /**
     * Makes a record through its canonical constructor, so that its checks run.
     *
     * @param type the record type
     * @param arguments the components' values, in order
     * @param <R> the record type
     * @return the record
     * @throws RuntimeException what the constructor threw
     */
    public static <R extends Record> R make(Class<R> type, Object... arguments) {
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }
}
