package io.github.rnnmem.experiments.config;

/** The deep-learning engine DJL runs on: {@code engine: mxnet | pytorch} in YAML. */
public enum EngineChoice {

    /** Apache MXNet, the default; its CPU native library loads offline. */
    MXNET("MXNet"),

    /** PyTorch. */
    PYTORCH("PyTorch");

    private final String djlName;

    EngineChoice(String djlName) {
        this.djlName = djlName;
    }

    /**
     * The engine's name as DJL knows it, for {@code Engine.getEngine(name)}.
     *
     * @return {@code MXNet} or {@code PyTorch}
     */
    public String djlName() {
        return djlName;
    }
}
