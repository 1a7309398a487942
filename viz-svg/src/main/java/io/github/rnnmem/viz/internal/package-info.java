/**
 * Helpers shared by the figure and report packages and not part of the module's API: XML
 * escaping, atomic file writes, monospace text measurement and argument checks.
 */
package io.github.rnnmem.viz.internal;
