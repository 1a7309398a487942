/**
 * The recurrent-unit SPI of rnnmem.
 *
 * <p>A unit is a {@link io.github.rnnmem.api.RecurrentUnitProvider} found through {@link
 * java.util.ServiceLoader}: on the module path, on the class path, or in a plugin directory loaded
 * by {@link io.github.rnnmem.api.registry.UnitRegistry}. Most units extend {@link
 * io.github.rnnmem.api.layer.AbstractUnrolledLayer} and write only their step function.
 */
module io.github.rnnmem.api {
    requires transitive ai.djl.api;

    exports io.github.rnnmem.api;
    exports io.github.rnnmem.api.layer;
    exports io.github.rnnmem.api.registry;

    uses io.github.rnnmem.api.RecurrentUnitProvider;
}
