/**
 * Test fixtures shipped in the api test-jar: {@link io.github.rnnmem.api.testing.PluginJar} builds
 * unit jars, sound or broken on purpose, for the tests of plugin loading here and on the command
 * line.
 */
package io.github.rnnmem.api.testing;
