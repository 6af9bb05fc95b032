package org.synoptic.server;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * What every request passes before its route: the security headers and the {@code Host} check, and the base address
 * links are built from. The web UI runs no script, may not be framed, and sends no referrer; a request whose
 * {@code Host} names neither the bound address (loopback names for a loopback server), nor the configured public URL,
 * is refused with 421, so a DNS-rebinding page cannot read a local server. On a wildcard address without a public URL
 * any name is accepted: the names the server is reached by are not known.
 *
 * <p>Stateless and thread-safe.
 */
final class RequestGuard {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final SynopticServer.Config config;
    private final String publicHost;

    RequestGuard(SynopticServer.Config config) {
        this.config = config;
        this.publicHost = config.publicUrl() == null ? null
                : bare(java.net.URI.create(config.publicUrl()).getHost().toLowerCase(Locale.ROOT));
    }

    /** Sets the security headers, then refuses a foreign {@code Host} (421). */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        String host = ctx.header("Host");
        if (host != null && !hostAllowed(host)) {
            throw new ApiException(421, "this server does not answer for host " + host
                    + " (start it with --public-url to name the address readers use)");
        }
    }

    /** Whether a {@code Host} header ({@code name} or {@code name:port}) names this server. */
    boolean hostAllowed(String hostHeader) {
        String name = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        name = bare(name);
        if (name.equals(publicHost)) {
            return true;
        }
        boolean loopbackName = isLoopback(name);
        if (config.wildcard()) {
            return publicHost == null || loopbackName; // local tools (the ingest hand-off) reach it by loopback
        }
        String bound = bare(config.host().toLowerCase(Locale.ROOT));
        return name.equals(bound) || isLoopback(bound) && loopbackName;
    }

    /** The base of absolute links: the public URL, else the bound address ({@code localhost} for a wildcard). */
    String baseUrl(int port) {
        if (config.publicUrl() != null) {
            return config.publicUrl();
        }
        String host = config.wildcard() ? "localhost" : config.host().contains(":") && !config.host().startsWith("[")
                ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port;
    }

    private static boolean isLoopback(String name) {
        return name.equals("localhost") || name.startsWith("127.") || name.equals("::1");
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
