/** Training: the masked loss, the optimizer with its saved state, checkpoints and the training loop. */
package io.github.rnnmem.experiments.training;
