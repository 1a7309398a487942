/**
 * The contract every recurrent unit passes, shipped as {@code io.github.rnnmem:rnnmem-unit-testkit}
 * (one test dependency that also brings JUnit Jupiter, AssertJ and DJL's MXNet and PyTorch engines):
 * extend {@link io.github.rnnmem.api.testkit.RecurrentUnitContractTest} with a provider and it
 * checks shapes, causality, gradients against central finite differences, save/load, determinism
 * and hyperparameter messages on every engine present. {@link
 * io.github.rnnmem.api.testkit.LayerHarness} and {@link io.github.rnnmem.api.testkit.Reference} are
 * for checking a unit's step against its equations computed by hand.
 */
package io.github.rnnmem.api.testkit;
