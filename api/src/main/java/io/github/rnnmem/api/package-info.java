/**
 * The contract between rnnmem and a recurrent unit: {@link
 * io.github.rnnmem.api.RecurrentUnitProvider}, the hyperparameters a unit declares ({@link
 * io.github.rnnmem.api.HyperparameterSpec}) and their resolved, typed values ({@link
 * io.github.rnnmem.api.Hyperparameters}).
 */
package io.github.rnnmem.api;
