package org.synoptic.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Decides which network addresses Synoptic may fetch from: by default only public ones, against server-side
 * request forgery (a URL list that points the fetcher at a router, a cloud metadata endpoint or a local admin page).
 *
 * <p>Refused unless private fetching is allowed: loopback ({@code 127.0.0.0/8}, {@code ::1}), unspecified
 * ({@code 0.0.0.0/8}, {@code ::}), private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, IPv6 unique local
 * {@code fc00::/7}), shared address space ({@code 100.64/10}), link-local ({@code 169.254/16}, incl. the cloud
 * metadata address, {@code fe80::/10}), multicast, benchmark ({@code 198.18/15}), reserved ({@code 240/4},
 * {@code 192.0.0/24}) and IPv4-mapped or NAT64 forms of any of these. Stateless and thread-safe. Public for the feed
 * follower ({@code synoptic-feeds}), which applies the same rules to every fetch.
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    /**
     * The address of an http or https URL with a host, as every fetch of Synoptic requires.
     *
     * @throws IllegalArgumentException naming what is wrong: another scheme, no host, or malformed
     */
    public static java.net.URI httpUri(String url) {
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("only http and https URLs are fetched: " + url);
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException("URL without a host: " + url);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL: " + e.getMessage(), e);
        }
    }

    /** Whether {@code address} is a public unicast address. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b, 0);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC || first == 0xFF || first == 0 && allZero(b, 1, 10) && (b[10] & 0xFF) == 0
                    && (b[11] & 0xFF) == 0) {
                return false; // unique local, multicast, IPv4-compatible / unspecified / loopback forms
            }
            if (allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return isPublicIpv4(b, 12); // IPv4-mapped
            }
            if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && allZero(b, 4, 12)) {
                return isPublicIpv4(b, 12); // NAT64
            }
            return !((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b, int at) {
        int a0 = b[at] & 0xFF;
        int a1 = b[at + 1] & 0xFF;
        int a2 = b[at + 2] & 0xFF;
        return !(a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224
                || a0 == 100 && a1 >= 64 && a1 <= 127
                || a0 == 169 && a1 == 254
                || a0 == 172 && a1 >= 16 && a1 <= 31
                || a0 == 192 && a1 == 168
                || a0 == 192 && a1 == 0 && a2 == 0
                || a0 == 198 && (a1 == 18 || a1 == 19));
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
