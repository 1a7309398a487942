/** The GRU unit: the article's TensorFlow 1 GRUCell, and DJL's fused GRU kernel as an option. */
module io.github.rnnmem.units.gru {
    requires io.github.rnnmem.api;

    provides io.github.rnnmem.api.RecurrentUnitProvider with
            io.github.rnnmem.units.gru.GruProvider;
}
