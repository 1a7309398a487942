package io.github.rnnmem.experiments.config.internal;

import java.util.List;

/** A rule that ties several values of one mapping together, such as a path given iff needed. */
@FunctionalInterface
public interface CrossRule {

    /**
     * Checks the values of a mapping, each already valid on its own.
     *
     * @param fields the values, with defaults filled in
     * @return what is wrong; empty when all is well
     */
    List<Violation> check(Fields fields);
}
