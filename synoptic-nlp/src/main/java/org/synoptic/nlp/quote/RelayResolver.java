package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.text.Token;

/**
 * Second reading of the speakers a {@link RuleQuoteExtractor} found, for reports relayed by another report: who
 * speaks, and through whom ({@link Quote#via()}). Each rule corrects one way the first reading goes wrong; the first
 * four are relay sieves ({@link RelaySieve}, stage {@code relay} of {@code speaker-sieves.tsv}: {@link LautSagteSieve},
 * {@link ClauseSubjectSieve}, {@link ReportNounSieve}, {@link StatedViaSieve}), the last is {@link #continued}:
 * <ul>
 *   <li><b>"Laut X sagte Y, …"</b>: Y speaks, through X; X is no speaker of the sentence.</li>
 *   <li><b>A subject after "wonach" or "dass"</b>: "Yonhap zitierte Quellen, wonach der Minister Y vorgeschlagen
 *   habe, dass …": the subject opening the verb-final clause speaks, not the object standing right before its
 *   verb.</li>
 *   <li><b>No relay the text does not state</b>: a quote inside a relative clause ("der laut dem Kreml „bald“
 *   stattfinden soll, folgte auf einen Bericht von YTN") is not relayed by an outlet named outside that clause, and
 *   a speaker is no relay of its own words.</li>
 *   <li><b>Report nouns are no speakers</b> ({@link ReportNouns}): a statement attributed to "Bericht",
 *   "Medienbericht", "Zeitung" or "Schätzungen" goes to the source its sentence names after "laut" ("Laut NYT …,
 *   heißt es in dem Bericht") and otherwise to no one.</li>
 *   <li><b>"Er fügte hinzu, …"</b> ({@link #continued}): continues the previous reported speaker of the report,
 *   whatever its gender: a person, or the outlet whose report the sentence before relays.</li>
 * </ul>
 * Offsets stay offsets into the article's text; a speaker mention is always a span of the sentence that names it.
 * Design decision: these rules run after the extractor instead of inside it, as whole-sentence checks on its result,
 * so that each stays one small method and the extractor's own search for a speaker is left as it was tuned.
 * Stateless and thread-safe.
 */
final class RelayResolver {

    static final Set<String> LAUT = Set.of("laut", "Laut");
    static final Set<String> CLAUSE_OPENERS = Set.of("wonach", "dass");
    static final Set<String> RELATIVE_PRONOUNS = QuoteWords.RELATIVE_PRONOUNS;
    private static final Set<String> ADDING = Set.of("fügte", "fügten", "fügt");
    private static final Set<String> PRONOUNS = QuoteWords.GERMAN_PRONOUNS;
    /** "He added that …": the English continuation, which needs no particle. */
    private static final Set<String> ENGLISH_ADDING = Set.of("added", "adds");
    /** How far back, in characters, a continued report may have named its speaker. */
    private static final int CONTINUATION_REACH = 600;

    /** The relay sieves, in the configured order ({@link SieveOrder#relay()}). */
    private final List<RelaySieve> sieves;

    /** A resolver running {@code sieves}, in that order, in {@link #revised}. */
    RelayResolver(List<RelaySieve> sieves) {
        this.sieves = List.copyOf(sieves);
    }

    /**
     * The quotes with the relay sieves applied, each in turn on the quote as the one before left it (all but the
     * continuation of "Er fügte hinzu"), in the same order. {@code outlet} is the article's outlet, or {@code null},
     * the speaker of "nach Informationen dieser Zeitung". A quote outside every sentence is left as it is.
     */
    List<Quote> revised(ArticleContext article, String outlet, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Sentence s = sentenceAt(article.sentences(), q.start());
            Quote r = q;
            if (s != null) {
                RelaySieve.Round round = new RelaySieve.Round(article, outlet, article.tokens(s), quotes);
                for (RelaySieve sieve : sieves) {
                    r = sieve.decide(round, r);
                }
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * "Er fügte hinzu, dass …": the quote continues the previous quote's speaker (and relay) when that quote lies
     * within {@value #CONTINUATION_REACH} characters before, in the same paragraph, whoever it is. The pronoun stays
     * the speaker mention. Applies to quotes with no speaker or with the pronoun as their mention. Runs last: it
     * also drops every relay that is the speaker itself ("Interfax via Interfax" says no more than "Interfax").
     */
    List<Quote> continued(ArticleContext article, List<Quote> quotes) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<Quote> out = new ArrayList<>(quotes.size());
        Quote previous = null;
        for (Quote q : quotes) {
            Quote r = q;
            Sentence s = sentenceAt(sentences, q.start());
            Token pronoun = s == null ? null : addingPronoun(article.tokens(s.start(), q.start()));
            if (pronoun != null && previous != null && previous.end() <= s.start()
                    && s.start() - previous.end() <= CONTINUATION_REACH
                    && !text.substring(previous.end(), s.start()).contains("\n\n")
                    && (q.speaker() == null || q.speakerStart() == pronoun.start())) {
                r = with(q, previous.speaker(), pronoun.start(), pronoun.end(), previous.speakerRole(),
                        previous.via());
            }
            if (r.via() != null && r.via().equals(r.speaker())) {
                r = with(r, r.speaker(), r.speakerStart(), r.speakerEnd(), r.speakerRole(), null);
            }
            if (r.speaker() != null) {
                previous = r;
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * The pronoun subject of "fügte … hinzu" before a quote: "Er fügte hinzu", "Sie fügten zudem hinzu", "Zudem
     * fügte er hinzu", and in English "He added (that)"; {@code null} when the words before the quote are no such
     * clause.
     */
    private static Token addingPronoun(List<Token> t) {
        if (t.size() > 1 && (QuoteWords.ENGLISH_PRONOUNS.contains(t.get(0).text())
                || QuoteWords.ENGLISH_PLURAL_PRONOUNS.contains(t.get(0).text())) && ENGLISH_ADDING.contains(t.get(1).text())) {
            return t.get(0);
        }
        boolean hinzu = t.stream().anyMatch(w -> w.text().equals("hinzu"));
        for (int i = 0; hinzu && i + 1 < Math.min(t.size(), 3); i++) {
            if (PRONOUNS.contains(t.get(i).text()) && ADDING.contains(t.get(i + 1).text())) {
                return t.get(i);
            }
            if (ADDING.contains(t.get(i).text()) && PRONOUNS.contains(t.get(i + 1).text())) {
                return t.get(i + 1);
            }
        }
        return null;
    }

    /**
     * {@code q} with the given speaker and relay; recorded as decided by {@code relay-resolver} when the speaker or
     * its mention changed.
     */
    static Quote with(Quote q, String speaker, int start, int end, String role, String via) {
        Quote revised = new Quote(q.text(), q.start(), q.end(), speaker, speaker == null ? -1 : start,
                speaker == null ? -1 : end, speaker == null ? null : role, via, q.direct(), q.kind(), q.provenance());
        boolean sameSpeaker = java.util.Objects.equals(speaker, q.speaker()) && revised.speakerStart() == q.speakerStart();
        return sameSpeaker ? revised : revised.decidedBy("relay-resolver");
    }



    /** The first token at or after {@code k} that is no quotation mark or bracket. */
    static int skipMarks(List<Token> t, int k) {
        while (k < t.size() && "„“”\"»«‚‘’'()".contains(t.get(k).text())) {
            k++;
        }
        return k;
    }

    static int tokenAfter(List<Token> t, int offset) {
        int k = 0;
        while (k < t.size() && t.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    static EntityMention entityAt(List<EntityMention> entities, int start) {
        return ClauseShapes.entityAt(entities, start);
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
