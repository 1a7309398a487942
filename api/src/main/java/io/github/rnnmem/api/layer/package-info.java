/**
 * Building blocks for recurrent layers written step by step: {@link
 * io.github.rnnmem.api.layer.AbstractUnrolledLayer} runs a unit's step function over time with
 * the input projection of all steps done in one matrix product, and {@link
 * io.github.rnnmem.api.layer.Initializers} holds the article's initialisers.
 */
package io.github.rnnmem.api.layer;
