/**
 * Performance measurements that print figures: the recurrent units against DJL's own fused
 * kernels, in one run on one machine, as ratios.
 */
package io.github.rnnmem.experiments.bench;
