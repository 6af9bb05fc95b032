package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.text.Token;
import org.synoptic.nlp.text.WordTokenizer;

/**
 * What the quote and cited-source rules read of one article, built once per article before any rule runs: the text,
 * its sentences, the tokens of every sentence, the entity mentions indexed by offset ({@link MentionIndex}), the
 * spans between quotation marks (found on first use), and the clause boundaries of every sentence.
 *
 * <p>Contract: {@link #tokens(Sentence)} of a sentence of this article returns its tokens as tokenised once here;
 * {@link #tokens(int, int)} returns exactly what {@link WordTokenizer#tokenize} gives for that range (re-indexed
 * from 0), taken from the sentence's tokens when the range lies inside one sentence and cuts no token, else
 * tokenised afresh (a window across sentences, or one that starts inside a word). Token lists are shared between the
 * rules: no rule may modify one.
 *
 * <p>Design decision: token lists are the tokenizer's own {@code ArrayList}s, not unmodifiable views. Measured with
 * {@code ExtractorCpuTime} (median CPU time, side by side with the build before the context): with views, the rules'
 * {@code List.get} calls saw two list classes and the cited-source rules took 24% more CPU time; with plain lists 11%
 * more, and with the mention index also asked before each scan of the mentions ({@code SourceNamer}) 2% more.
 *
 * <p>Design decision: the rules take the mention list as a {@code List<EntityMention>}, as before; the list they
 * get is the {@link MentionIndex}, whose offset look-ups ({@link ClauseShapes#entityAt}) answer from a map instead of
 * a scan, with the same answer (the first mention in list order). Confined to one extraction call: not shared
 * between threads.
 */
public final class ArticleContext {

    /** Tokens that end a clause inside a sentence. */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "–", "—", "(", ")");

    private final String text;
    private final List<Sentence> sentences;
    private final MentionIndex entities;
    /** Found on first use: the cited-source rules never ask. */
    private List<QuoteSpan> quoteSpans;
    private final List<List<Token>> sentenceTokens;
    private final int[] sentenceStarts;

    private ArticleContext(String text, List<Sentence> sentences, List<EntityMention> entities) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.entities = entities instanceof MentionIndex index ? index : new MentionIndex(entities);
        WordTokenizer tokenizer = WordTokenizer.instance();
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        this.sentenceStarts = new int[sentences.size()];
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            sentenceStarts[k] = s.start();
            tokens.add(tokenizer.tokenize(text, s.start(), s.end()));
        }
        this.sentenceTokens = List.copyOf(tokens);
    }

    /** The context of an article's text with its sentences (in text order) and entity mentions. */
    public static ArticleContext of(String text, List<Sentence> sentences, List<EntityMention> entities) {
        return new ArticleContext(text, sentences, entities);
    }

    /** The article's text; every offset points into it. */
    public String text() {
        return text;
    }

    /** The sentences, in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The entity mentions, in the order given, with their offset index. */
    public MentionIndex entities() {
        return entities;
    }

    /** The stretches between quotation marks ({@link QuotationMarks#find}). */
    List<QuoteSpan> quoteSpans() {
        if (quoteSpans == null) {
            quoteSpans = List.copyOf(QuotationMarks.find(text));
        }
        return quoteSpans;
    }

    /** The tokens of a sentence: those built here for a sentence of this article, else tokenised now. */
    public List<Token> tokens(Sentence s) {
        int k = position(s.start());
        if (k >= 0 && sentenceStarts[k] == s.start() && sentences.get(k).end() == s.end()) {
            return sentenceTokens.get(k);
        }
        return WordTokenizer.instance().tokenize(text, s.start(), s.end());
    }

    /** The tokens of {@code text.substring(from, to)}, indexed from 0: as {@link WordTokenizer#tokenize} gives them. */
    public List<Token> tokens(int from, int to) {
        int k = position(from);
        if (k >= 0 && from <= to && to <= sentences.get(k).end()) {
            List<Token> t = sentenceTokens.get(k);
            int first = firstEndingAfter(t, from);
            int last = firstEndingAfter(t, to); // the first token not wholly inside
            boolean cutsFirst = first < t.size() && t.get(first).start() < from;
            boolean cutsLast = last < t.size() && t.get(last).start() < to;
            if (!cutsFirst && !cutsLast) {
                return reindexed(t, first, last);
            }
        }
        return WordTokenizer.instance().tokenize(text, from, to);
    }

    /**
     * The clause boundaries of a sentence: the indices, in {@link #tokens(Sentence)}, of the marks that end a clause
     * (comma, semicolon, colon, dash, parenthesis), in order.
     */
    public List<Integer> clauseBoundaries(Sentence s) {
        List<Token> t = tokens(s);
        List<Integer> marks = new ArrayList<>();
        for (Token tok : t) {
            if (CLAUSE_MARKS.contains(tok.text())) {
                marks.add(tok.index());
            }
        }
        return List.copyOf(marks);
    }

    /** The sentence holding the offset, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        int k = position(offset);
        return k >= 0 && sentences.get(k).contains(offset) ? sentences.get(k) : null;
    }

    /** The position of the last sentence starting at or before {@code offset}, or -1. */
    private int position(int offset) {
        int lo = 0;
        int hi = sentenceStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The index of the first token ending after {@code offset} (tokens are in text order). */
    private static int firstEndingAfter(List<Token> t, int offset) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Token> reindexed(List<Token> t, int from, int to) {
        if (from == 0 && to == t.size()) {
            return t;
        }
        List<Token> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            out.add(from == 0 ? tok : new Token(tok.text(), tok.start(), tok.end(), k - from));
        }
        return out;
    }
}
