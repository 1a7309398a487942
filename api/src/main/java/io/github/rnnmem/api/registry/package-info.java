/**
 * Discovery of recurrent units: {@link io.github.rnnmem.api.registry.UnitRegistry} finds every
 * {@link io.github.rnnmem.api.RecurrentUnitProvider} on the module path, on the class path and in
 * plugin directories, and refuses ambiguous or malformed ones.
 */
package io.github.rnnmem.api.registry;
