package io.github.rnnmem.api.testkit;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The DJL engines present on the test class path that compute with arrays. */
public final class Engines {

    private Engines() {}

    /**
     * Every engine DJL finds that computes with arrays (DJL's own remote-call engine does not),
     * sorted by name.
     *
     * @return engine names, such as {@code MXNet} and {@code PyTorch}
     */
    public static List<String> available() {
        List<String> engines = new ArrayList<>();
        for (String name : new TreeSet<>(Engine.getAllEngines())) {
            try (NDManager manager = Engine.getEngine(name).newBaseManager()) {
                manager.create(new float[] {1f}).add(1f).getFloat();
                engines.add(name);
            } catch (UnsupportedOperationException e) {
                // not an array engine
            }
        }
        return engines;
    }
}
