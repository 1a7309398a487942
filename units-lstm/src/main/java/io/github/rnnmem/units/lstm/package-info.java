/**
 * The long short-term memory unit. {@link io.github.rnnmem.units.lstm.LstmProvider} is the only
 * public type; the module exports nothing and is found through {@link java.util.ServiceLoader}.
 */
package io.github.rnnmem.units.lstm;
