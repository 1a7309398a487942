package io.github.rnnmem.experiments.model;

import ai.djl.Device;

/** Devices named as an experiment names them ({@code device: cpu | gpu:N}), not as DJL prints them. */
public final class DeviceNames {

    private DeviceNames() {}

    /**
     * A device's name.
     *
     * @param device the device
     * @return {@code gpu:N} for a GPU, {@code cpu} otherwise
     */
    public static String of(Device device) {
        return device.isGpu() ? "gpu:" + device.getDeviceId() : "cpu";
    }
}
