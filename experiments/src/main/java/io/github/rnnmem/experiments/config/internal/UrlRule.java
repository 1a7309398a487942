package io.github.rnnmem.experiments.config.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Absolute {@code http}, {@code https} or {@code file} URLs. */
public record UrlRule() implements Rule<URI> {

    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    @Override
    public Optional<URI> accept(Object value) {
        URI uri;
        if (value instanceof URI given) {
            uri = given;
        } else if (value instanceof String text) {
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        boolean known = uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
        boolean located = uri.getPath() != null && !uri.getPath().isEmpty();
        return known && located ? Optional.of(uri) : Optional.empty();
    }

    @Override
    public String expected() {
        return "an http, https or file URL";
    }

    @Override
    public String type() {
        return "url";
    }

    @Override
    public String range() {
        return "http | https | file";
    }

    @Override
    public Object plain(URI value) {
        return value.toString();
    }
}
