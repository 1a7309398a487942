/**
 * The Nested LSTM. {@link io.github.rnnmem.units.nestedlstm.NestedLstmProvider} is the only public
 * type; the module exports nothing and is found through {@link java.util.ServiceLoader}.
 */
package io.github.rnnmem.units.nestedlstm;
