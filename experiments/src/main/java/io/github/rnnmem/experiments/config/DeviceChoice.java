package io.github.rnnmem.experiments.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device to compute on: {@code device: auto | cpu | gpu | gpu:N} in YAML. {@code gpu} is the
 * first GPU, the same as {@code gpu:0}.
 *
 * @param kind automatic choice, the CPU, or a GPU
 * @param gpu the GPU's index, present exactly for {@link Kind#GPU}
 */
public record DeviceChoice(Kind kind, OptionalInt gpu) {

    /** What kind of device is asked for. */
    public enum Kind {
        /** The first GPU the engine sees, else the CPU. */
        AUTO,
        /** The CPU. */
        CPU,
        /** One GPU, by index. */
        GPU
    }

    /** How the choices are described to users. */
    static final String EXPECTED = "auto, cpu, gpu or gpu:N with N >= 0";

    private static final Pattern TEXT = Pattern.compile("auto|cpu|gpu(?::([0-9]{1,9}))?");

    /** Checks that a GPU index is given exactly for a GPU, and is not negative. */
    public DeviceChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gpu, "gpu");
        if ((kind == Kind.GPU) != gpu.isPresent() || gpu.orElse(0) < 0) {
            throw new IllegalArgumentException("device: expected " + EXPECTED + ", got " + kind + " " + gpu);
        }
    }

    /**
     * The first GPU if the engine sees one, else the CPU.
     *
     * @return the automatic choice
     */
    public static DeviceChoice auto() {
        return new DeviceChoice(Kind.AUTO, OptionalInt.empty());
    }

    /**
     * Reads a device as written in YAML.
     *
     * @param text {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
     * @return the device, or empty when the text names none
     */
    public static Optional<DeviceChoice> parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (text.equals("auto")) {
            return Optional.of(auto());
        }
        if (text.equals("cpu")) {
            return Optional.of(new DeviceChoice(Kind.CPU, OptionalInt.empty()));
        }
        int index = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
        return Optional.of(new DeviceChoice(Kind.GPU, OptionalInt.of(index)));
    }

    /**
     * The device as written in canonical YAML.
     *
     * @return {@code auto}, {@code cpu} or {@code gpu:N}
     */
    @Override
    public String toString() {
        return kind == Kind.GPU ? "gpu:" + gpu.getAsInt() : kind.name().toLowerCase(Locale.ROOT);
    }
}
