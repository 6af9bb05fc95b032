/**
 * The ingest stage: reads what users have (text files, saved pages, JSON exports, RSS/Atom feeds, URLs, URL lists,
 * gzip of any of these) into cleaned {@link org.synoptic.model.Article}s with metadata, and names every bad input
 * with a reason.
 *
 * <p>Entry points: {@link org.synoptic.ingest.ArticleParser} for the bytes of one input (a stream or an array, a
 * content type, a source name; the REST API and stream consumers call it), and
 * {@link org.synoptic.ingest.ArticleIngester} for a batch of user-named inputs, which expands folders, reads
 * {@code -} from standard input and fetches URLs ({@code UrlFetcher}, SSRF-checked by {@code AddressPolicy}) and
 * hands each input's bytes to the parser. Both stream to an {@link org.synoptic.ingest.ArticleSink} or collect an
 * {@link org.synoptic.ingest.IngestReport}. The parser decompresses {@code .gz} as it reads, finds the format
 * ({@code InputFormat}: content type, name, sniffing), streams JSON lines ({@code LineReader}), decodes
 * ({@code TextDecoder}: BOM, declared charset, UTF-8, Windows-1252), reads drafts ({@code PlainTextReader},
 * {@code HtmlReader}, {@code JsonReader}, {@code FeedReader}) and assembles each ({@code ArticleAssembler}: {@code HtmlExtractor} for pages, {@link org.synoptic.ingest.TextCleaner},
 * metadata inference, {@code LanguageIdentifier}).
 *
 * <p>Offsets: all offsets in analysis records refer to {@code Article.text()}, the cleaned text. Each article's
 * {@link org.synoptic.ingest.ArticleOrigin} in the {@link org.synoptic.ingest.IngestReport} keeps the text before
 * cleaning and an {@link org.synoptic.ingest.OffsetAlignment} back to it, so evidence can be shown on what the user
 * gave. The {@code Article} record itself is unchanged.
 *
 * <p>Bounds: one article's input is capped at {@code maxBytes} (a JSON line; a whole file, fetched body or
 * decompressed gzip of another format), so a JSON-lines file of any size is read in bounded memory; plain-text lines at
 * 100,000 characters; HTML nesting at {@value org.synoptic.ingest.HtmlExtractor#MAX_DEPTH} levels, checked on the raw
 * markup before parsing; JSON nesting at 64; XML with a DOCTYPE or entity declaration is refused outright; a fetch
 * is bounded in time as a whole and in redirects.
 *
 * <p>Design decisions, recorded where they were made: function words instead of Lingua for the language
 * ({@code LanguageIdentifier}: Lingua would add about 107 MB to the 13 MB CLI jar); German {@code „…“} or English
 * {@code “…”} as the one quote form per language, and teaser bullets and photo captions kept as text
 * ({@link org.synoptic.ingest.TextCleaner}); a byline's agency as outlet only when it is the text's source
 * ({@code laut}, {@code via}), not a helper ({@code mit}); a date only from a dateline before its dash, since a date
 * in the first sentence is the event's ({@code ArticleAssembler}).
 */
package org.synoptic.ingest;
