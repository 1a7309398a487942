/**
 * {@code rnnmem serve}: a local HTTP server over trained units, with a page to explore any text
 * (suggestions as the reader types, the report's connectivity view, any target word) and the
 * versioned JSON API the page uses.
 *
 * <p>{@link io.github.rnnmem.experiments.serve.ExplorerServer} is the seam: it starts a server over
 * {@link io.github.rnnmem.experiments.serve.ServedUnits} with {@link
 * io.github.rnnmem.experiments.serve.ServeSettings}. Inside, every unit has a worker thread behind a
 * bounded queue, which computes as {@code rnnmem analyze} does (the connectivity package), reading
 * the text through the unit's per-prefix states and keeping the rows it computed; the HTTP side
 * checks who asks (token, Host, origin, as Jupyter does) and what (limits), and never writes a file.
 */
package io.github.rnnmem.experiments.serve;
