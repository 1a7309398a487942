/**
 * rnnmem's experiments. {@link io.github.rnnmem.experiments.BadInputException} is what every
 * layer throws for input the user must fix.
 */
package io.github.rnnmem.experiments;
