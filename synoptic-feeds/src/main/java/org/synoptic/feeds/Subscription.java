package org.synoptic.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One followed feed as the user subscribed it.
 *
 * @param id     stable id, derived from the URL at subscription ({@link #idOf}); it stays when a permanent redirect
 *               moves the URL
 * @param url    the feed's address (http or https); updated by a permanent redirect (301, 308)
 * @param label  the user's label, an OPML folder path ({@code News/Politik}), or {@code null}
 * @param paused whether polling is paused
 * @param added  when it was subscribed
 */
public record Subscription(String id, String url, String label, boolean paused, Instant added) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        url = checkedUrl(url);
        label = label == null || label.isBlank() ? null : label.strip();
        Objects.requireNonNull(added, "added");
    }

    /** A new, unpaused subscription with the id of its URL. */
    public static Subscription of(String url, String label, Instant added) {
        return new Subscription(idOf(checkedUrl(url)), url, label, false, added);
    }

    /** The same subscription, paused or resumed. */
    public Subscription withPaused(boolean newPaused) {
        return new Subscription(id, url, label, newPaused, added);
    }

    /** The same subscription at a new address (after a permanent redirect). */
    public Subscription withUrl(String newUrl) {
        return new Subscription(id, newUrl, label, paused, added);
    }

    /** The same subscription with another label ({@code null} for none). */
    public Subscription withLabel(String newLabel) {
        return new Subscription(id, url, newLabel, paused, added);
    }

    /** The host this feed is fetched from, lower case: the unit of politeness. */
    public String host() {
        return URI.create(url).getHost().toLowerCase(Locale.ROOT);
    }

    /** The id a feed at {@code url} gets: 12 hex digits of a SHA-256 of the URL. */
    public static String idOf(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The URL stripped, if it is an absolute http or https URL with a host.
     *
     * @throws IllegalArgumentException naming the bad URL otherwise
     */
    public static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a feed needs a URL");
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException("a feed URL must be http or https with a host: " + u);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed feed URL: " + u, e);
        }
        return u;
    }
}
