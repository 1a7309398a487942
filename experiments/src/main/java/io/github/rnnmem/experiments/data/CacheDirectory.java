package io.github.rnnmem.experiments.data;

import java.nio.file.Path;
import java.util.Map;

/** Where rnnmem keeps downloads and shared datasets: {@code $RNNMEM_CACHE}, else {@code ~/.cache/rnnmem}. */
public final class CacheDirectory {

    /** The environment variable that moves the cache. */
    public static final String ENVIRONMENT_VARIABLE = "RNNMEM_CACHE";

    private CacheDirectory() {}

    /**
     * The cache directory for an environment.
     *
     * @param environment environment variables, such as {@link System#getenv()}
     * @return {@code RNNMEM_CACHE} when set and not blank, else {@code .cache/rnnmem} in the user's
     *     home directory
     */
    public static Path resolve(Map<String, String> environment) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "rnnmem");
    }
}
