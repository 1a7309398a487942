/**
 * The gated recurrent unit. {@link io.github.rnnmem.units.gru.GruProvider} is the only public
 * type; the module exports nothing and is found through {@link java.util.ServiceLoader}.
 */
package io.github.rnnmem.units.gru;
