/**
 * The contract every recurrent unit passes, shipped in the api test-jar: extend {@link
 * io.github.rnnmem.api.testkit.RecurrentUnitContractTest} with a provider and it checks shapes,
 * causality, gradients against central finite differences, save/load, determinism and
 * hyperparameter messages on every engine present.
 */
package io.github.rnnmem.api.testkit;
