/**
 * Files and their failures: writes that a crash never leaves half-written, file-system problems
 * told apart from bugs and said with their path, JSON files read with problems in the user's
 * terms, and the named moments of a run at which tests inject faults.
 */
package io.github.rnnmem.experiments.io;
