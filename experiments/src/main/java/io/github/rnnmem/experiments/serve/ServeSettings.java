package io.github.rnnmem.experiments.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * How a server listens and what it accepts.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless the user says otherwise
 * @param port the port, 0 for a free one
 * @param allowedHosts further names the {@code Host} header may carry, besides the bound address
 *     and the loopback names
 * @param basePath the path the page and the API live under, starting and ending with {@code /}
 * @param maxChars the longest text accepted, in characters
 * @param token the secret every request must carry (in the link's query once, then as a cookie, or
 *     as {@code Authorization: Bearer})
 */
public record ServeSettings(String host, int port, List<String> allowedHosts, String basePath, int maxChars, String token) {

    /** The default longest text. */
    public static final int DEFAULT_MAX_CHARS = 2000;

    /** Checks and copies the fields. */
    public ServeSettings {
        allowedHosts = List.copyOf(allowedHosts);
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path: expected a path starting and ending with /, got " + basePath);
        }
        if (token.length() < 32) {
            throw new IllegalArgumentException("token: expected at least 32 characters");
        }
    }

    /**
     * A fresh random token: 24 bytes from the system's secure generator, in hexadecimal (48
     * characters, as Jupyter's).
     *
     * @return the token
     */
    public static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The base path of a {@code --base-url}: with a leading and a trailing slash.
     *
     * @param given such as {@code rnnmem}, {@code /rnnmem} or {@code /rnnmem/}
     * @return such as {@code /rnnmem/}; {@code /} for an empty or {@code /} path
     * @throws IllegalArgumentException for a path with characters other than letters, digits,
     *     {@code - _ . ~ /}, or with {@code .} or {@code ..} segments
     */
    public static String basePath(String given) {
        String path = given.strip();
        if (!path.matches("[A-Za-z0-9._~/-]*")) {
            throw new IllegalArgumentException("expected a path of letters, digits and - _ . ~ /, got \"" + given + "\"");
        }
        String trimmed = path.replaceAll("^/+|/+$", "");
        for (String segment : trimmed.split("/")) {
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !trimmed.isEmpty())) {
                throw new IllegalArgumentException("expected a path without empty, . or .. segments, got \"" + given + "\"");
            }
        }
        return trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
    }
}
