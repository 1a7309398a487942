/** Files written so that a crash never leaves them half-written. */
package io.github.rnnmem.experiments.io;
