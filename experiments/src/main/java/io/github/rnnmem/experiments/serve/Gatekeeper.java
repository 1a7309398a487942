package io.github.rnnmem.experiments.serve;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the server, as Jupyter's server decides it.
 *
 * <ul>
 *   <li><b>Host.</b> The {@code Host} header must name the bound address, a loopback name ({@code
 *       localhost}, {@code 127.0.0.1}, {@code ::1}) or a name given with {@code --allow-host}; when
 *       bound to every interface, the machine's own addresses too. Anything else is refused (403):
 *       a page of another site whose name was made to point at this machine (DNS rebinding) sends
 *       its own name.
 *   <li><b>Token.</b> Every request carries the token: in the link printed at the start (the query
 *       {@code ?token=...} of the page, which is answered with an {@code HttpOnly}, {@code
 *       SameSite=Strict} cookie holding a session secret and a redirect to the page without the
 *       token), in that cookie, or as {@code Authorization: Bearer TOKEN} (or {@code token TOKEN},
 *       as Jupyter writes it). None: 401; a wrong one: 403. Secrets are compared in constant time.
 *   <li><b>Origin.</b> A request whose {@code Origin} is not the server's own, or that the browser
 *       marks as coming from another site ({@code Sec-Fetch-Site}), is refused (403). The server
 *       sends no CORS headers, so no other origin can read its answers.
 * </ul>
 */
final class Gatekeeper {

    /** How a request proved that it may be answered. */
    enum Access {
        /** By the token in the page's query: the answer sets the cookie and redirects. */
        LINK,
        /** By the cookie or the {@code Authorization} header. */
        GRANTED
    }

    private final byte[] token;
    private final byte[] session;
    private final String cookieName;
    private final Set<String> hosts;

    /**
     * Prepares the checks.
     *
     * @param token the token
     * @param session the secret the cookie holds
     * @param boundHost the address the server is bound to
     * @param port the bound port, which names the cookie (cookies do not tell ports apart)
     * @param allowedHosts further host names to accept
     */
    Gatekeeper(String token, String session, String boundHost, int port, List<String> allowedHosts) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.session = session.getBytes(StandardCharsets.UTF_8);
        this.cookieName = "rnnmem-" + port;
        this.hosts = hosts(boundHost, allowedHosts);
    }

    /**
     * Checks the {@code Host} header.
     *
     * @param headers the request's headers
     * @throws HttpProblem 403 when it names another host, or is missing
     */
    void checkHost(Headers headers) throws HttpProblem {
        String host = headers.getFirst("Host");
        if (host == null || host.isBlank()) {
            throw new HttpProblem(403, "the request has no Host header");
        }
        if (!hosts.contains(hostName(host))) {
            throw new HttpProblem(403, "Host " + host + " is not this server's; start it with --allow-host "
                    + hostName(host) + " to accept that name");
        }
    }

    /**
     * Checks that a request carries the token.
     *
     * @param headers the request's headers
     * @param query the request's query, or null
     * @return how it did
     * @throws HttpProblem 401 without a token, 403 with a wrong one
     */
    Access check(Headers headers, String query) throws HttpProblem {
        Optional<String> link = parameter(query, "token");
        if (link.isPresent()) {
            if (equal(link.get(), token)) {
                return Access.LINK;
            }
            throw new HttpProblem(403, "the token in the link is wrong: open the link rnnmem serve printed");
        }
        String authorization = headers.getFirst("Authorization");
        if (authorization != null) {
            String[] parts = authorization.strip().split("\\s+", 2);
            String scheme = parts[0].toLowerCase(Locale.ROOT);
            if (parts.length == 2 && (scheme.equals("bearer") || scheme.equals("token")) && equal(parts[1], token)) {
                return Access.GRANTED;
            }
            throw new HttpProblem(403, "the Authorization header does not carry this server's token");
        }
        for (String cookies : headers.getOrDefault("Cookie", List.of())) {
            for (String cookie : cookies.split(";")) {
                String[] pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(cookieName) && equal(pair[1], session)) {
                    return Access.GRANTED;
                }
            }
        }
        throw new HttpProblem(401, "this server needs its token: open the link rnnmem serve printed (with ?token=...),"
                + " or send Authorization: Bearer TOKEN");
    }

    /**
     * Refuses requests from other origins.
     *
     * @param headers the request's headers
     * @throws HttpProblem 403 for a request another site's page sent
     */
    void checkOrigin(Headers headers) throws HttpProblem {
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new HttpProblem(403, "cross-origin request refused (Sec-Fetch-Site: " + site + ")");
        }
        String origin = headers.getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + headers.getFirst("Host"))) {
            throw new HttpProblem(403, "cross-origin request refused (Origin: " + origin + ")");
        }
    }

    /**
     * The cookie that keeps a browser signed in after it opened the link.
     *
     * @param path the path it is sent for
     * @return the {@code Set-Cookie} value
     */
    String cookie(String path) {
        return cookieName + "=" + new String(session, StandardCharsets.UTF_8) + "; Path=" + path
                + "; HttpOnly; SameSite=Strict";
    }

    private static boolean equal(String given, byte[] secret) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret);
    }

    /**
     * A parameter of a query.
     *
     * @param query such as {@code a=1&token=x}, or null
     * @param name the parameter
     * @return its decoded value, or empty
     */
    static Optional<String> parameter(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return Optional.empty();
    }

    /** The host part of a Host header: without the port, without an IPv6 literal's brackets, in lower case. */
    private static String hostName(String header) {
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static Set<String> hosts(String boundHost, List<String> allowedHosts) {
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1"));
        hosts.add(hostName(boundHost.contains(":") && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost));
        allowedHosts.forEach(host -> hosts.add(host.strip().toLowerCase(Locale.ROOT)));
        try {
            InetAddress bound = InetAddress.getByName(boundHost);
            hosts.add(bound.getHostAddress().toLowerCase(Locale.ROOT));
            if (bound.isAnyLocalAddress()) {
                for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress address : Collections.list(face.getInetAddresses())) {
                        String literal = address.getHostAddress().toLowerCase(Locale.ROOT);
                        int zone = literal.indexOf('%');
                        hosts.add(zone < 0 ? literal : literal.substring(0, zone));
                    }
                }
                hosts.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
            }
        } catch (java.io.IOException e) {
            // The bound address was resolved when the server was bound; the interfaces only widen the list.
        }
        return Set.copyOf(hosts);
    }
}
