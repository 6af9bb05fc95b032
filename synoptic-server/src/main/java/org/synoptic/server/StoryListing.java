package org.synoptic.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.digest.StoryDigest;
import org.synoptic.store.StorySummary;

/**
 * What the story list shows of a story beyond its summary: the lead sentence (the digest's first summary sentence),
 * the outlets by name and the languages of its reports. From the stored digest when there is one, else from the
 * summary alone (no lead; the founding report's language). Immutable.
 *
 * @param lead      the lead sentence, or {@code null} while no digest is stored
 * @param outlets   the reports' outlets, distinct, in story order: the outlet, else the URL's host, else the file name
 * @param languages the reports' language codes, distinct, in story order
 */
record StoryListing(String lead, List<String> outlets, List<String> languages) {

    StoryListing {
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
    }

    static StoryListing of(StorySummary summary, StoryDigest digest) {
        if (digest == null) {
            return new StoryListing(null, summary.outlets(), List.of(summary.language()));
        }
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> languages = new LinkedHashSet<>();
        for (StoryDigest.ArticleRef a : digest.articles()) {
            outlets.add(outletOf(a.outlet(), a.url() != null ? a.url() : a.canonicalUrl(), a.source()));
            languages.add(a.language());
        }
        String lead = digest.summary().isEmpty() ? null : digest.summary().get(0).text();
        return new StoryListing(lead, new ArrayList<>(outlets), new ArrayList<>(languages));
    }

    /**
     * An outlet's name for a reader, as the story page gives it: the outlet, else the URL's host without {@code www.}
     * and top-level domain, else the file name; never "?".
     */
    static String outletOf(String outlet, String url, String source) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet;
        }
        for (String u : new String[] {url, source}) {
            if (u != null && (u.startsWith("http://") || u.startsWith("https://"))) {
                try {
                    String host = URI.create(u.strip()).getHost();
                    if (host != null) {
                        host = host.toLowerCase(Locale.ROOT);
                        host = host.startsWith("www.") ? host.substring(4) : host;
                        int dot = host.lastIndexOf('.');
                        return dot > 0 ? host.substring(0, dot) : host; // as the story page names it

                    }
                } catch (IllegalArgumentException e) {
                    // not a URL after all: fall through to the file name
                }
            }
        }
        if (source == null || source.isBlank()) {
            return "Medium unbekannt";
        }
        String file = source.replaceFirst("(#|:)\\d+$", "");
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return file.replaceFirst("\\.(txt|html?|json|jsonl|xml|rss|atom)$", "");
    }
}
