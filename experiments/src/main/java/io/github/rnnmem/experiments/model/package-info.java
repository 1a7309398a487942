/**
 * The autocomplete model: a character embedding, a stack of recurrent layers from any unit, and a
 * dense layer to the output vocabulary; its parameter table and the cost of a training step.
 */
package io.github.rnnmem.experiments.model;
