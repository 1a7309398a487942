package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Rule;
import java.util.Optional;

/** The values of {@code device}: {@link DeviceChoice}s, written as {@code auto}, {@code cpu}, {@code gpu:N}. */
final class DeviceRule implements Rule<DeviceChoice> {

    @Override
    public Optional<DeviceChoice> accept(Object value) {
        if (value instanceof DeviceChoice device) {
            return Optional.of(device);
        }
        return value instanceof String text ? DeviceChoice.parse(text) : Optional.empty();
    }

    @Override
    public String expected() {
        return DeviceChoice.EXPECTED;
    }

    @Override
    public String type() {
        return "device";
    }

    @Override
    public String range() {
        return "auto | cpu | gpu | gpu:N";
    }

    @Override
    public Object plain(DeviceChoice value) {
        return value.toString();
    }
}
