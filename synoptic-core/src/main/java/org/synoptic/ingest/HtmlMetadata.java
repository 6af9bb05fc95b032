package org.synoptic.ingest;

/**
 * What a web page says about its article, each field {@code null} when the page does not say it.
 *
 * @param title     the headline: JSON-LD {@code headline}, {@code og:title}, the first {@code <h1>}, else
 *                  {@code <title>} without a trailing {@code | Site} part
 * @param outlet    the site name: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code application-name}
 * @param author    the author: JSON-LD {@code author}, {@code <meta name=author>}, {@code article:author} (when not
 *                  a URL), else a byline ({@code Von …}, {@code By …}, {@code rel=author})
 * @param published the publication date as given: JSON-LD {@code datePublished}, {@code article:published_time},
 *                  a {@code <time datetime>}, or a {@code date}/{@code pubdate} meta tag
 * @param url       the canonical URL: {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url}
 * @param language  {@code <html lang>}, JSON-LD {@code inLanguage} or {@code og:locale}
 */
record HtmlMetadata(String title, String outlet, String author, String published, String url, String language) {
}
