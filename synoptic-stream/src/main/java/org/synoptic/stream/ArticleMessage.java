package org.synoptic.stream;

/**
 * One message of the articles topic as the job reads it: the bytes of one input (a JSON article object, a JSON line, a
 * text or an HTML page) and its source name (the message key: a file name such as {@code 01-elbwacht.txt}, whose last
 * segment names the article and, without a content type, the format), as {@code synoptic publish} sends them. Parsing
 * is the job's fast tier's business.
 *
 * <p>A Flink POJO (public fields, no-argument constructor), so Flink serialises it without Kryo.
 */
public class ArticleMessage {
    /** The input's source name; never {@code null} once read ({@code "kafka"} when the message had no key). */
    public String source;
    /** The input's bytes. */
    public byte[] bytes;
    /** The content type from the message's {@code content-type} header, or {@code null}. */
    public String contentType;

    public ArticleMessage() {
    }

    public ArticleMessage(String source, byte[] bytes, String contentType) {
        this.source = source;
        this.bytes = bytes;
        this.contentType = contentType;
    }
}
