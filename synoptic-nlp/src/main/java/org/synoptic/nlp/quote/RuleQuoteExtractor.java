package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.QuoteExtractor;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.GazetteerEntry;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.text.Token;
import org.synoptic.nlp.text.WordTokenizer;

/**
 * Rule-based quotation extraction and speaker attribution for German and English news.
 *
 * <p>Direct quotes are the words between quotation marks (see {@link QuotationMarks}), also across sentences and
 * when a reporting clause splits them. Quoted names and titles („Chosun Ilbo“, „NYT“) are not quotes; a quote of one
 * to three words (a scare quote such as „heimlich“) counts only when its sentence has a reporting verb ("würden
 * „aktiv vorangetrieben“, sagte Kirby"). Indirect quotes are reported clauses: "X sagte, dass …", "X sagte, Moskau sei
 * …" (a Konjunktiv verb or "dass" is required after the comma), "…, berichtete X", "…, so X", "X said (that) …";
 * and statements attributed by "laut X", "X zufolge", "nach Angaben X", "according to X", "wie X mitteilte" (the
 * sentence without the attribution phrase when it opens or closes the sentence; X is the speaker, a compound report
 * noun names its first part: "Polizeiangaben" gives "Polizei"; "nach eigenen Angaben" the sentence's subject). A
 * Konjunktiv sentence after a quote continues it ({@link Quote.Kind#FREE_INDIRECT}), as does hearsay ("soll …
 * gestorben sein") right after a quoted sentence. A sentence that tells a speech act without its words ("Die
 * Gewerkschaft wertet die Einigung als Erfolg") is a {@link Quote.Kind#REPORTED} statement of its subject. Quoted
 * titles and slogans after a noun for a work ("das Lied „…“") are no quotes.
 *
 * <p>The speaker is the subject of the reporting verb next to the quote: "sagte X", "X sagte", "so X",
 * "zitierte AGENCY den ROLE PERSON" (speaker PERSON, {@code via} AGENCY), "AGENCY zitierte PERSON". Pronouns and
 * role nouns ("er", "sie", "der Minister") take the nearest preceding person mention. A quote after a colon takes
 * the clause's subject or speaker label ("Ein Beamter der Polizei: „…“"); a fragment inside a reported statement
 * speaks with that statement. The speaker's name is the mention's canonical name; the role is a title or role word
 * right before the speaker ("Verteidigungsminister").
 * Design decision: precision over recall, so a quote whose subject is not a found entity keeps a {@code null}
 * speaker. Stateless and thread-safe.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

    private static final Set<String> REPORTING_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CUE);
    private static final Set<String> INDIRECT_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CLAUSE_FIRST);
    private static final Set<String> CITE_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CITE);
    private static final Set<String> KONJUNKTIV = AttributionLexicon.standard().forms(AttributionLexicon.Mood.SUBJUNCTIVE);
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "Er", "Sie", "he", "she", "He", "She");
    private static final Set<String> OUTLET_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.OUTLET);
    private static final Set<String> PREPOSITIONS = Set.of("in", "im", "aus", "nach", "bei", "beim", "von", "vom",
            "mit", "für", "gegen", "an", "am", "auf", "zu", "zum", "zur", "über", "unter", "vor", "durch", "laut", "gegenüber",
            "zwischen", "ohne", "um", "wegen", "seitens", "to", "from",
            "with", "for", "against", "at", "on", "by", "of", "into");
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("hat", "hatte", "hatten", "haben", "habe",
            "wird", "wurde", "wurden", "werde", "ist", "war", "auch", "zuvor", "später", "bereits", "zuletzt", "schon",
            "mit", "den", "Worten", "dazu", "damals", "erneut", "nun", "jetzt", "has", "had", "also", "later", "then",
            "earlier", "again", "have", "was", "is", "“", "”", "\"", "»", "«", "weiter");
    private static final Set<String> AUXILIARIES = Set.of("hat", "hatte", "hatten", "haben", "habe", "hätte",
            "hätten", "ist", "war", "wird", "wurde", "werde", "sei", "has", "had", "have");
    private static final Set<String> ADVERBS = Set.of("auch", "zudem", "dazu", "später", "zuvor", "bereits", "erneut",
            "weiter", "außerdem", "ferner", "damals", "nun", "jetzt", "heute", "gestern", "jedoch", "aber", "allerdings",
            "ebenfalls", "zuletzt", "schon", "dann", "daraufhin", "darüber", "hinaus", "noch", "lediglich", "nur",
            "knapp", "kurz", "wörtlich", "sinngemäß", "einmal", "ausdrücklich");
    private static final Set<String> SOURCE_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.SOURCE);
    /** The name of a mention that stands for the previous quote's speaker ("demnach"), until it is resolved. */
    static final String ANAPHOR = "\u0000previous";
    /** The name of a mention that names no one we can tell ("nach eigenen Angaben"). */
    static final String ANAPHOR_UNKNOWN = "\u0000unknown";
    private static final Set<String> KONJUNKTIV_I = AttributionLexicon.standard().forms(AttributionLexicon.Mood.I);
    /** Endings of nouns that name an institution able to speak: "Sicherheitsrat", "Innenministerium", "Polizei". */
    private static final List<String> INSTITUTION_HEADS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.INSTITUTION);
    /** Documents that state what a continuation in Konjunktiv goes on to report: "Der Bericht schildert …". */
    private static final List<String> DOCUMENT_HEADS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.DOCUMENT);
    /** Nouns before quotation marks that make the quoted words a title or slogan, not speech. */
    private static final Set<String> TITLE_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.TITLE);
    /** The modal of hearsay: "soll … gestorben sein", "sollen … eingesetzt haben". */
    private static final Set<String> HEARSAY = Set.of("soll", "sollen");
    /** Articles and possessives that mark a dative or accusative object after a verb. */
    private static final Set<String> OBJECT_ARTICLES = Set.of("den", "dem", "einen", "einem", "seinen", "seinem",
            "ihren", "ihrem", "diesen", "diesem", "unseren", "unserem");
    /** Articles that mark a dative or accusative object, not a subject. */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("den", "dem", "einem", "einen");
    /** Forms of "werden" that make a participle passive. */
    private static final Set<String> PASSIVE = Set.of("wird", "wurde", "wurden", "werden", "worden");
    /** Words that may stand before the subject of a reported speech act: "Auch das Ministerium kritisierte …". */
    private static final Set<String> FOCUS_WORDS = Set.of("Auch", "Selbst", "Sogar", "Nun", "Jetzt", "Inzwischen",
            "Zudem", "Außerdem", "Später", "Zuvor", "Bereits", "Schon");
    /** Finite verbs of a reported speech act beyond {@link ReportingVerbs}: "wertet … als", "riet", "lobte". */
    private static final Set<String> ACT_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.ACT);
    /** Separable verbs of a reported speech act, with the particle that must close the sentence. */
    private static final Map<String, String> ACT_PARTICLES = AttributionLexicon.standard().actParticles();
    /** Words that may open a sentence before "wie X berichtete, …". */
    private static final Set<String> OPENING_CONJUNCTIONS = Set.of("Denn", "Doch", "Aber", "Und", "Auch", "Wie");
    /** How far (in characters) a quote may continue the previous one or a pronoun refer to its speaker. */
    private static final int CONTINUATION_REACH = 600;
    /** Endings of compound report nouns: "Polizeiangaben", "Fernsehbericht", "Expertenmeinung", "Zeugenaussagen". */
    private static final List<String> SOURCE_COMPOUND_ENDINGS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.SOURCE_COMPOUND);
    /** Laws, drafts, results and rulings: sources after a "Nach" that opens the sentence ("Nach dem Grundgesetz …"). */
    private static final List<String> RULING_ENDINGS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.RULING);
    /** Words before a temporal "nach": "zwei Monate nach dem Urteil", "kurz nach dem Urteil". */
    private static final Set<String> TIME_BEFORE_NACH = Set.of("Tage", "Tagen", "Wochen", "Monate", "Monaten", "Jahre",
            "Jahren", "Stunden", "Minuten", "kurz", "bald", "gleich", "unmittelbar", "direkt", "erst", "schon", "noch",
            "Tag", "Woche", "Monat", "Jahr");
    /** Konjunktiv II forms that continue a quote in the sentence before. */
    private static final Set<String> KONJUNKTIV_II = AttributionLexicon.standard().forms(AttributionLexicon.Mood.II);
    /** Nouns after which "nach" attributes: "seiner Ansicht nach", "ihrer Meinung nach". */
    private static final Set<String> POSTPOSED_NACH = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.POSTPOSED_NACH);
    /** Words in "-e" the Konjunktiv test would take for verbs: quantifiers and adjectives. */
    private static final Set<String> NOT_SUBJUNCTIVE = Set.of("einige", "meine", "keine", "alle", "viele", "beide",
            "wenige", "andere", "gerne", "ohne", "nahe", "lange", "weite", "freie", "gleiche", "linke", "rechte",
            "grüne", "schnelle", "bessere", "breite", "enge", "schwere", "stille", "leere", "runde", "klare", "dichte",
            "zustande", "siehe", "bitte", "heute", "gerade");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "the", "a", "an", "Der", "Die", "Das", "The");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final WordTokenizer tokenizer = WordTokenizer.instance();
    private final SpeakerPhrases phrases;
    private final EnglishSpeakers english;

    /** An extractor using the given name lists. */
    public RuleQuoteExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.phrases = new SpeakerPhrases(lexicon);
        this.english = new EnglishSpeakers(lexicon);
    }

    /** The attribution found for a quote: all fields may be {@code null}. */
    private record Attribution(EntityMention speaker, String role, String via, boolean hasVerb, boolean adjacent,
                               String sieve) {

        Attribution(EntityMention speaker, String role, String via, boolean hasVerb, boolean adjacent) {
            this(speaker, role, via, hasVerb, adjacent, null);
        }

        Attribution(EntityMention speaker, String role, String via, boolean hasVerb) {
            this(speaker, role, via, hasVerb, false);
        }

        Attribution withVia(String newVia) {
            return new Attribution(speaker, role, newVia, hasVerb, adjacent, sieve);
        }

        Attribution asAdjacent() {
            return new Attribution(speaker, role, via, hasVerb, true, sieve);
        }

        /** This attribution with its speaker decided by the named sieve. */
        Attribution decidedBy(String newSieve) {
            return new Attribution(speaker, role, via, hasVerb, adjacent, newSieve);
        }
    }

    /**
     * A pronoun or role noun ("er", "der Minister") standing for a person named earlier: the speaker mention is the
     * word next to the quote, its name the person's.
     */
    private static EntityMention standIn(EntityMention person, Token word) {
        if (SpeakerPhrases.isPronoun(word.text())) {
            return new EntityMention(word.text(), word.text(), EntityType.PERSON, word.start(), word.end());
        }
        return person == null ? null
                : new EntityMention(word.text(), person.name(), person.type(), word.start(), word.end());
    }

    @Override
    public List<Quote> extract(Article article, List<Sentence> sentences, List<EntityMention> entities) {
        String text = article.text();
        List<Quote> out = new ArrayList<>();
        List<QuoteSpan> spans = QuotationMarks.find(text);
        for (QuoteSpan span : spans) {
            direct(text, sentences, entities, span, out);
        }
        found(out, 0, "direct");
        for (Sentence s : sentences) {
            indirect(text, s, entities, out);
        }
        int before = out.size();
        confirmedBefore(text, sentences, entities, out);
        found(out, before, "confirmed-before");
        documentSpeakers(text, sentences, entities, out);
        before = out.size();
        Map<Integer, EntityMention> stances = continuations(text, sentences, entities, out);
        found(out, before, "continuation");
        before = out.size();
        backReferences(text, sentences, entities, out, stances);
        found(out, before, "back-reference");
        out.sort(Comparator.comparingInt(Quote::start));
        List<EntityMention> subjects = roleSubjects(text, sentences, entities, spans);
        return List.copyOf(resolved(text, sentences, out, entities, spans, stances, subjects));
    }

    /** The finder of a quote whose sieve is known before its finder is. */
    private static final String PENDING = "pending";

    /**
     * Tags the quotes from {@code from} on with the finder that added them; a speaker named by the finder's own
     * reporting clause or cue is decided by the sieve {@code "clause"}.
     */
    private static void found(List<Quote> out, int from, String finder) {
        for (int i = from; i < out.size(); i++) {
            Quote q = out.get(i);
            if (q.provenance() == null || q.provenance().finder().equals(PENDING)) {
                String sieve = q.provenance() != null ? q.provenance().sieve() : q.speaker() == null ? null : "clause";
                out.set(i, q.withProvenance(new Quote.Provenance(finder, sieve)));
            }
        }
    }

    /** Prepositions that set a document or place of publication before or after "heißt es". */
    private static final Set<String> DOCUMENT_PREPOSITIONS = Set.of("in", "im", "auf", "bei", "beim", "vom", "von",
            "seitens");
    /** Words that may stand between "heißt es" and its document: "heißt es weiter in der Erklärung". */
    private static final Set<String> AFTER_HEISST_ES = Set.of("weiter", "wörtlich", "dazu", "darin", "auch", "zudem",
            "nun", "jetzt", "außerdem", "ferner", "abschließend", "ebenfalls", "etwa", "dort");
    /** What a sentence before "Danach" must mention for "danach" to mean "according to it". */
    private static final java.util.regex.Pattern PUBLICATION = java.util.regex.Pattern.compile(
            "veröffentlich|vorgelegt|vorgestellt|bekannt|Bericht|Studie|Umfrage|Gesetz|Act\\b|Ergebnis|[Zz]ahlen|"
                    + "Statistik|Prognose|Entwurf|Vertrag|Urteil|Beschluss|Mitteilung|Erklärung|Prozent|Analyse");
    /** Spoken occasions: "hieß es in der Rede" leaves the speaker to be named elsewhere. */
    private static final Set<String> SPOKEN_OCCASIONS = Set.of("Rede", "Interview", "Gespräch", "Ansprache",
            "Predigt", "Sendung", "Talkshow", "Pressekonferenz", "Debatte", "Sitzung", "Fernsehansprache");

    /**
     * "In der Erklärung des WWF heißt es, …", "…, hieß es bei der Agentur RIA": a quote with no speaker whose sentence
     * says "heißt es" with a document or publisher in a prepositional phrase right before or after takes that phrase
     * as its speaker (the organisation named in it, else the phrase without its article). Places ("In Berlin hieß es")
     * and spoken occasions ("in der Rede") name no one.
     */
    private void documentSpeakers(String text, List<Sentence> sentences, List<EntityMention> entities,
                                  List<Quote> out) {
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            if (q.speaker() != null) {
                continue;
            }
            Sentence s = sentenceAt(sentences, q.start());
            if (s == null) {
                continue;
            }
            List<Token> t = tokenizer.tokenize(text, s.start(), Math.max(s.end(), Math.min(text.length(), q.end())));
            EntityMention document = null;
            for (int h = 0; h + 1 < t.size() && document == null; h++) {
                String w = t.get(h).text();
                if (!(w.equals("heißt") || w.equals("hieß")) || !t.get(h + 1).text().equals("es")
                        || t.get(h).start() >= q.start() && t.get(h).end() <= q.end()) {
                    continue;
                }
                int k = h + 2;
                while (k < t.size() && AFTER_HEISST_ES.contains(t.get(k).text())) {
                    k++;
                }
                if (k + 1 < t.size() && DOCUMENT_PREPOSITIONS.contains(t.get(k).text())) {
                    document = documentPhrase(text, t, k + 1, entities);
                }
                if (document == null && h > 1) {
                    int j = h - 1;
                    while (j > 0 && !Set.of(",", "„", "“", "\"", ":").contains(t.get(j - 1).text())) {
                        j--;
                    }
                    if (DOCUMENT_PREPOSITIONS.contains(t.get(j).text().toLowerCase(Locale.ROOT))) {
                        document = documentPhrase(text, t, j + 1, entities);
                    }
                }
            }
            boolean cited = t.stream().anyMatch(x -> x.text().equalsIgnoreCase("laut") || x.text().equals("zufolge"));
            if (document != null && cited && !document.name().contains(" ")) {
                document = null; // "Laut NYT würde …, heißt es in dem Bericht": the report is the NYT's
            }
            if (document != null && (document.end() <= q.start() || document.start() >= q.end())) {
                out.set(i, new Quote(q.text(), q.start(), q.end(), document.name(), document.start(), document.end(),
                        null, q.via(), q.direct(), q.kind()).withProvenance(q.provenance()).decidedBy("document"));
            }
        }
    }

    private EntityMention documentPhrase(String text, List<Token> t, int k, List<EntityMention> entities) {
        SpeakerPhrases.Phrase p = phrases.at(t, k, entities);
        if (p == null) {
            return null;
        }
        for (int j = p.first(); j < p.headEnd(); j++) {
            if (SPOKEN_OCCASIONS.contains(t.get(j).text())) {
                return null;
            }
        }
        EntityMention m = phrases.mention(text, t, p, entities);
        return m.type() == EntityType.LOCATION ? null : m;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * "Die Wahlkommission gab ein Ergebnis bekannt. Demnach hat …": a statement opened by "demnach"/"danach" whose
     * sentence before holds no quote rests on what that sentence names first: an organisation or person, else its
     * subject when that is a role or a named body. Recorded by quote start for {@link #resolved}.
     */
    private void backReferences(String text, List<Sentence> sentences, List<EntityMention> entities, List<Quote> out,
                                Map<Integer, EntityMention> refs) {
        for (Iterator<Quote> it = out.iterator(); it.hasNext(); ) {
            Quote q = it.next();
            if (!ANAPHOR.equals(q.speaker()) || q.speakerStart() >= q.speakerEnd()) {
                continue;
            }
            Sentence s = sentenceAt(sentences, q.speakerStart());
            Sentence before = s == null || s.index() == 0 ? null : sentences.get(s.index() - 1);
            boolean danach = text.substring(q.speakerStart(), q.speakerEnd()).equalsIgnoreCase("danach");
            boolean subjunctive = tokenizer.tokenize(text, q.start(), q.end()).stream()
                    .anyMatch(x -> KONJUNKTIV.contains(x.text()));
            if (danach && !subjunctive && (before == null || !PUBLICATION.matcher(before.text()).find())) {
                it.remove(); // "Danach wurde er Minister": afterwards, not according to anything
                continue;
            }
            if (before == null || out.stream().anyMatch(o -> o != q && o.start() < before.end()
                    && before.start() < o.end())) {
                continue;
            }
            List<QuoteSpan> marks = QuotationMarks.find(text.substring(before.start(), before.end()));
            List<Token> bt = tokenizer.tokenize(text, before.start(), before.end());
            SpeakerPhrases.Phrase subject = phrases.at(bt, 0, entities);
            EntityMention source = subject == null || subject.last() >= bt.size() || !bt.get(subject.last()).isLowerCase()
                    ? null : phrases.mention(text, bt, subject, entities);
            if (source != null && !isSpeakerLike(bt, subject, entities) && !isDocument(bt, subject)
                    && !isSourceNoun(bt.get(subject.headEnd() - 1).text())) {
                source = null;
            }
            if (source == null && subject == null) {
                source = stanceSubject(text, before, entities); // "Am Nachmittag hat die FIFA … bekannt gegeben."
            }
            for (EntityMention e : entities) {
                if (source != null) {
                    break;
                }
                boolean insideMarks = marks.stream().anyMatch(m -> m.open() + before.start() < e.start()
                        && e.end() <= m.close() + before.start());
                if (e.start() >= before.start() && e.end() <= before.end() && e.type() != EntityType.LOCATION
                        && !insideMarks) {
                    source = e;
                    break;
                }
            }
            if (source != null) {
                refs.put(q.start(), new EntityMention(text.substring(q.speakerStart(), q.speakerEnd()), source.name(),
                        source.type(), q.speakerStart(), q.speakerEnd()));
            }
        }
    }

    /**
     * Sentences in Konjunktiv I with no quote of their own that follow a quote in the same paragraph continue it, and
     * so do sentences of hearsay ("soll … gestorben sein") or in Konjunktiv II ("Ein Streik hätte Folgen") right
     * after a sentence with a quote:
     * "Er sagte, die Brücke sei marode. Sie müsse gesperrt werden." Their speaker is the previous quote's, filled in
     * by {@link #resolved}; or, when the sentence before holds no quote but a stated position ("Das Institut sieht
     * keine Gefahr. Nur Züchter seien …"), that sentence's subject. Returns those subjects by quote start.
     */
    private Map<Integer, EntityMention> continuations(String text, List<Sentence> sentences,
                                                      List<EntityMention> entities, List<Quote> out) {
        List<Quote> found = new ArrayList<>(out);
        Map<Integer, EntityMention> stances = new HashMap<>();
        Sentence before = null;
        for (Sentence s : sentences) {
            Sentence previous = before;
            before = s;
            boolean quoted = found.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end());
            if (quoted) {
                continue;
            }
            List<Token> t = tokenizer.tokenize(text, s.start(), s.end());
            boolean konjunktiv = t.stream().anyMatch(x -> KONJUNKTIV_I.contains(x.text()));
            boolean marks = t.stream().anyMatch(x -> "„“”\"»«".contains(x.text()));
            boolean sameParagraph = previous != null && !text.substring(previous.end(), s.start()).contains("\n\n");
            // hearsay "soll … sein" continues a sourced sentence right before: "Es soll zu Einsätzen gekommen sein."
            boolean previousQuoted = sameParagraph
                    && found.stream().anyMatch(q -> q.start() < previous.end() && previous.start() < q.end());
            boolean hearsay = !konjunktiv && previousQuoted && mainClauseHearsay(t);
            // Konjunktiv II ("Ein Streik hätte Folgen") continues only a sentence that is itself a quote
            boolean conditional = !konjunktiv && previousQuoted && mainClauseConditional(t);
            if (!konjunktiv && !hearsay && !conditional || marks || t.size() < 4) {
                continue;
            }
            int end = endOfWords(text, s.start(), s.end());
            int start = s.start();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (end - start < 15) {
                continue;
            }
            EntityMention stance = previous == null || text.substring(previous.end(), s.start()).contains("\n\n")
                    || found.stream().anyMatch(q -> q.start() < previous.end() && previous.start() < q.end())
                    || isSubjunctive(previous) ? null : stanceSubject(text, previous, entities);
            if (stance != null) {
                stances.put(start, stance);
            }
            out.add(new Quote(text.substring(start, end), start, end, ANAPHOR, start, start, null, null, false,
                    Quote.Kind.FREE_INDIRECT));
        }
        return stances;
    }

    /**
     * Whether a lower-case word is the Konjunktiv I of a full verb, third person singular ("erwäge", "werfe",
     * "komme"): it ends in "e", and the word list has the verb's present form in "-t" or "-et" ("erwägt"; for "werfe"
     * "werft"). Forms in "-te" are taken for the simple past ("sagte", "hatte"), stop words ("eine", "meine") and
     * adjectives without a verb form ("neue", "große") are no verbs. An adjective that has one ("die lange Reise")
     * is told apart by the word before it ({@link #isKonjunktivI(List, int)}).
     */
    boolean isKonjunktivI(String w) {
        if (w.length() < 4 || !w.endsWith("e") || !Character.isLowerCase(w.charAt(0)) || lexicon.isStopWord(w)) {
            return false;
        }
        if (w.endsWith("te") || w.equals("wurde") || NOT_SUBJUNCTIVE.contains(w) || SpeakerPhrases.isDeterminer(w)
                || DETERMINERS.contains(w)) {
            return false; // "sagte", "berichtete", "hatte": simple past (and "arbeite" is lost with them)
        }
        String stem = w.substring(0, w.length() - 1);
        return lexicon.isKnownWord(stem + "t") || lexicon.isKnownWord(stem + "et");
    }

    /**
     * Whether {@code t[k]} is a Konjunktiv I verb in its clause: {@link #isKonjunktivI(String)}, and not after an
     * article, a preposition or "ich" (where the word is an adjective or the first person).
     */
    private boolean isKonjunktivI(List<Token> t, int k) {
        if (!isKonjunktivI(t.get(k).text())) {
            return false;
        }
        String before = k == 0 ? "" : t.get(k - 1).text().toLowerCase(Locale.ROOT);
        String after = k + 1 < t.size() ? t.get(k + 1).text() : "";
        if (after.equals("ich") || after.equals("wir")) {
            return false; // "fühle ich mich": the first person
        }
        return !DETERMINERS.contains(before) && !SpeakerPhrases.isDeterminer(before) && !PREPOSITIONS.contains(before)
                && !before.equals("ich") && !before.equals("zu") && !before.matches("(ein|kein|mein|dein|unser)e[rmns]?");
    }

    /**
     * Whether a sentence speaks in the subjunctive ("Die Betreiber hätten ein Interesse"): then it is itself reported
     * and its subject is what is reported on, not who reports.
     */
    private boolean isSubjunctive(Sentence s) {
        List<Token> t = tokenizer.tokenize(s.text(), 0, s.text().length());
        for (int k = 0; k < t.size(); k++) {
            if (KONJUNKTIV.contains(t.get(k).text()) || isKonjunktivI(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** The end of a sentence's words in [from, end): closing punctuation and line breaks cut off. */
    private static int endOfWords(String text, int from, int end) {
        while (end > from && ".!?:;… \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * Whether a Konjunktiv II form is the finite verb of the main clause and no "dass" follows: "Ein Streik hätte
     * Folgen", not "RIA relativierte, dass es … kommen könnte".
     */
    private static boolean mainClauseConditional(List<Token> t) {
        return t.stream().noneMatch(x -> x.text().equals("dass") || x.text().equals("ob"))
                && mainClauseVerb(t, KONJUNKTIV_II);
    }

    /** Whether "soll"/"sollen" is the finite verb of the main clause. */
    private static boolean mainClauseHearsay(List<Token> t) {
        return mainClauseVerb(t, HEARSAY);
    }

    /** Whether one of {@code verbs} stands among the first eight words of a sentence, before any comma. */
    private static boolean mainClauseVerb(List<Token> t, Set<String> verbs) {
        for (int k = 0; k < Math.min(t.size(), 8); k++) {
            if (t.get(k).text().equals(",")) {
                return false;
            }
            if (verbs.contains(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the sentence before a Konjunktiv continuation: a phrase opening it, followed by its finite verb,
     * that names a person or organisation or holds a role noun ("Das Institut sieht keine Gefahr.", "Der Bürgermeister
     * bedauerte die Entscheidung."). The Konjunktiv after it is what makes the subject a speaker: measured on the
     * training split, requiring a verb of saying or of holding a view here lost more right speakers than it saved.
     * {@code null} for a pronoun, a fronted object or a thing.
     */
    private EntityMention stanceSubject(String text, Sentence s, List<EntityMention> entities) {
        List<Token> t = tokenizer.tokenize(text, s.start(), s.end());
        if (t.size() < 3) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.at(t, 0, entities);
        if (p == null && t.get(0).isCapitalised() && t.get(1).isLowerCase() && !PREPOSITIONS.contains(t.get(1).text())) {
            // "Langfristig strebt das neue Unternehmen … an": an adverb first, the subject after the verb
            SpeakerPhrases.Phrase after = phrases.at(t, 2, entities);
            EntityMention m = after == null || SpeakerPhrases.isPronoun(t.get(2).text())
                    || !(isSpeakerLike(t, after, entities) || isDocument(t, after))
                    ? null : phrases.mention(text, t, after, entities);
            if (m != null || !PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        if (p == null && PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
            // "Trotz gesunkener Zahlen gibt ROG keine Entwarnung": a fronted phrase, the finite verb, the subject
            for (int k = 2; k + 1 < Math.min(t.size(), 14); k++) {
                Token w = t.get(k);
                if (w.text().equals(",")) {
                    return null;
                }
                boolean verbLike = AUXILIARIES.contains(w.text()) || PASSIVE.contains(w.text())
                        || w.isLowerCase() && !PREPOSITIONS.contains(w.text()) && !DETERMINERS.contains(w.text())
                        && !SpeakerPhrases.isDeterminer(w.text()) && !w.text().matches("\\p{L}+(e|en|er|es|em)")
                        && !lexicon.isStopWord(w.text());
                if (verbLike && t.get(k - 1).isCapitalised()) {
                    int j = skipAdverbials(t, k + 1, entities);
                    SpeakerPhrases.Phrase after = j < t.size() ? phrases.at(t, j, entities) : null;
                    return after == null || SpeakerPhrases.isPronoun(t.get(j).text())
                            || !(isSpeakerLike(t, after, entities) || isDocument(t, after))
                            ? null : phrases.mention(text, t, after, entities);
                }
            }
            return null;
        }
        if (p == null || p.last() >= t.size() || SpeakerPhrases.isPronoun(t.get(p.first()).text())
                || Set.of("den", "dem", "einen", "einem", "ihren", "seinen", "ihrem", "seinem")
                .contains(t.get(p.first()).text().toLowerCase(Locale.ROOT))) {
            return null; // a pronoun, or an object fronted ("Ihren Widersacher fragte sie …")
        }
        if (!isSpeakerLike(t, p, entities) && !isDocument(t, p)) {
            return null; // "Die Entscheidung wurde kritisiert": a thing holds no view
        }
        int verb = p.last();
        while (verb < t.size() && SpeakerPhrases.isClauseAdverb(t.get(verb).text())) {
            verb++;
        }
        if (verb >= t.size() || !t.get(verb).isLowerCase() || PREPOSITIONS.contains(t.get(verb).text())
                || DETERMINERS.contains(t.get(verb).text())) {
            return null;
        }
        return phrases.mention(text, t, p, entities);
    }

    /**
     * Gives pronouns, role nouns, "demnach" and continued quotes their speaker's name, in text order: a pronoun takes
     * the previous quote's speaker when that speaker is near and of fitting gender, else the nearest preceding person
     * of fitting gender who is neither named inside a quotation nor in the quote itself nor after a preposition (an
     * object: "traf sich mit Präsident X"); a role noun ("der Minister") takes the nearest preceding person introduced
     * with that role; a continued quote takes the previous quote's speaker and mention. What cannot be resolved keeps
     * no speaker.
     */
    private List<Quote> resolved(String text, List<Sentence> sentences, List<Quote> quotes, List<EntityMention> entities,
                                 List<QuoteSpan> spans,
                                 Map<Integer, EntityMention> stances, List<EntityMention> subjects) {
        List<Quote> out = new ArrayList<>(quotes.size());
        Quote previous = null;
        for (Quote q : quotes) {
            Quote r = q;
            String sieve = null;
            String name = q.speaker();
            boolean near = previous != null && q.start() - previous.end() <= CONTINUATION_REACH
                    && !text.substring(Math.min(previous.end(), q.start()), q.start()).contains("\n\n");
            EntityMention stance = ANAPHOR.equals(name) ? stances.get(q.start()) : null;
            if (stance != null) {
                r = new Quote(q.text(), q.start(), q.end(), stance.name(), stance.start(), stance.end(), null, null,
                        q.direct(), q.kind());
                sieve = "stance-subject";
            } else if (ANAPHOR.equals(name)) {
                if (!near) {
                    r = unattributed(q);
                } else if (q.speakerStart() == q.speakerEnd()) {
                    sieve = "previous-speaker";
                    r = new Quote(q.text(), q.start(), q.end(), previous.speaker(), previous.speakerStart(),
                            previous.speakerEnd(), previous.speakerRole(), previous.via(), q.direct(), q.kind());
                } else {
                    sieve = "previous-speaker";
                    r = new Quote(q.text(), q.start(), q.end(), previous.speaker(), q.speakerStart(), q.speakerEnd(),
                            previous.speakerRole(), previous.via(), q.direct(), q.kind());
                }
            } else if (ANAPHOR_UNKNOWN.equals(name)) {
                r = unattributed(q);
            } else if (name != null && q.speakerStart() >= 0 && SpeakerPhrases.isPronoun(name)
                    && (name.equals(text.substring(q.speakerStart(), q.speakerEnd()))
                    || name.equals(possessiveOwner(text.substring(q.speakerStart(), q.speakerEnd()))))) {
                String person = pronounReferent(text, q, near ? previous : null, entities, spans, subjects);
                sieve = "pronoun";
                r = person == null ? unattributed(q) : new Quote(q.text(), q.start(), q.end(), person,
                        q.speakerStart(), q.speakerEnd(), q.speakerRole(), q.via(), q.direct(), q.kind());
            } else if (name != null && q.speakerStart() >= 0 && (OUTLET_NOUNS.contains(name)
                    || name.equals("newspaper") || name.equals("agency"))) {
                // "schrieb die Zeitung": the outlet or agency named last before
                EntityMention outlet = lastOutletBefore(entities, q.speakerStart());
                if (outlet != null) {
                    sieve = "outlet-noun";
                    r = new Quote(q.text(), q.start(), q.end(), outlet.name(), q.speakerStart(), q.speakerEnd(),
                            q.speakerRole(), q.via(), q.direct(), q.kind());
                }
            } else if (name != null && name.indexOf(' ') < 0 && lexicon.isPersonCue(name)
                    && q.speakerStart() >= 0) {
                EntityMention person = roleReferent(text, name, q.speakerStart(), entities);
                if (person != null) {
                    sieve = "role-noun";
                    r = new Quote(q.text(), q.start(), q.end(), person.name(), q.speakerStart(), q.speakerEnd(),
                            name, q.via(), q.direct(), q.kind());
                }
            }
            if (r.speaker() == null && r.direct() && previous != null && previous.direct()
                    && previous.end() <= r.start() && r.start() - previous.end() < 200
                    && previous.speakerStart() >= previous.end() && previous.speakerEnd() <= r.start()
                    && !text.substring(previous.end(), r.start()).matches("(?s).*[.!?]\\s.*")) {
                // „In absehbarer Zeit“, so X, wird VW „…“: the second part of a quote split by its attribution
                sieve = "split-quote";
                r = new Quote(r.text(), r.start(), r.end(), previous.speaker(), previous.speakerStart(),
                        previous.speakerEnd(), previous.speakerRole(), r.via() != null ? r.via() : previous.via(), true,
                        r.kind());
            }
            if (r.speaker() == null && r.direct()) {
                // die Kanadier sagen, der Pilot trage die „volle Verantwortung“: a fragment speaks with its statement
                for (Quote o : out) {
                    if (!o.direct() && o.speaker() != null && o.start() <= r.start() && r.end() <= o.end()) {
                        sieve = "enclosing-statement";
                        r = new Quote(r.text(), r.start(), r.end(), o.speaker(), o.speakerStart(), o.speakerEnd(),
                                o.speakerRole(), r.via() != null ? r.via() : o.via(), true, r.kind());
                    }
                }
            }
            if (r.speaker() == null && r.direct() && near && reportedAround(text, sentences, r, previous)) {
                // Künast sagte, es müsse … . Es drohe „eine dramatische Erderwärmung“: the quote inside a subjunctive
                // sentence right after the speaker's words goes on reporting them
                sieve = "previous-speaker";
                r = new Quote(r.text(), r.start(), r.end(), previous.speaker(), previous.speakerStart(),
                        previous.speakerEnd(), previous.speakerRole(), r.via() != null ? r.via() : previous.via(), true,
                        r.kind());
            }
            if (r.speaker() == null && q.speaker() == null) {
                // "Die Experten kamen zu dem Ergebnis, dass …": the subject opening the sentence holds the view
                EntityMention subject = openingSpeaker(text, sentences, r, entities);
                if (subject != null && SpeakerPhrases.isPronoun(subject.text())) {
                    Quote pronoun = new Quote(r.text(), r.start(), r.end(), subject.text(), subject.start(),
                            subject.end(), null, r.via(), r.direct(), r.kind());
                    String person = pronounReferent(text, pronoun, near ? previous : null, entities, spans, subjects);
                    subject = person == null ? null
                            : new EntityMention(subject.text(), person, EntityType.PERSON, subject.start(), subject.end());
                }
                if (subject != null) {
                    sieve = "opening-subject";
                    r = new Quote(r.text(), r.start(), r.end(), subject.name(), subject.start(), subject.end(), null,
                            r.via(), r.direct(), r.kind());
                }
            }
            r = r.withProvenance(q.provenance()).decidedBy(sieve != null ? sieve
                    : q.provenance() == null || q.provenance().sieve() == null ? "clause" : q.provenance().sieve());
            if (r.speaker() != null) {
                previous = r;
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The subject opening the sentence of a quote that found no speaker, when it comes before the quote, is followed by
     * its finite verb and names a person or organisation or holds a role noun ("Die Experten kamen zu dem Ergebnis,
     * dass …"). {@code null} for passive sentences and anything else.
     */
    private EntityMention openingSpeaker(String text, List<Sentence> sentences, Quote q, List<EntityMention> entities) {
        Sentence s = sentenceAt(sentences, q.start());
        if (s == null || q.start() <= s.start()) {
            return null;
        }
        List<Token> t = tokenizer.tokenize(text, s.start(), q.start());
        if (t.size() < 3 || t.stream().anyMatch(x -> PASSIVE.contains(x.text()))) {
            return null;
        }
        int k = FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
        SpeakerPhrases.Phrase p = phrases.at(t, k, entities);
        if (p == null || !followedByVerb(t, p)) {
            return null;
        }
        if (SpeakerPhrases.isPronoun(t.get(p.first()).text()) && p.last() - p.first() == 1) {
            Token w = t.get(p.first());
            return new EntityMention(w.text(), w.text(), EntityType.PERSON, w.start(), w.end()); // resolved by the caller
        }
        return isSpeakerLike(t, p, entities) || hasPersonNoun(t, p) ? phrases.mention(text, t, p, entities) : null;
    }

    /**
     * Whether the sentence around quote {@code q} speaks in Konjunktiv I outside the quotation marks, names no
     * reporting verb of its own, and follows (or is) the sentence of the {@code previous} attributed quote.
     */
    private boolean reportedAround(String text, List<Sentence> sentences, Quote q, Quote previous) {
        Sentence s = sentenceAt(sentences, q.start());
        if (s == null || previous.end() > q.start()) {
            return false;
        }
        Sentence before = sentenceAt(sentences, Math.max(0, previous.end() - 1));
        int i = sentences.indexOf(s);
        if (before == null || before != s && (i == 0 || sentences.get(i - 1) != before)) {
            return false;
        }
        List<Token> t = tokenizer.tokenize(text, s.start(), s.end());
        boolean konjunktiv = false;
        for (int k = 0; k < t.size(); k++) {
            Token w = t.get(k);
            boolean inside = w.start() >= q.start() - 1 && w.end() <= q.end() + 1;
            if (inside) {
                continue;
            }
            if (isReportingVerb(w.text()) || "„\"»“".contains(w.text()) && w.start() < q.start() - 1) {
                return false; // its own report, or an earlier quote in the sentence: attributed on its own
            }
            konjunktiv |= KONJUNKTIV_I.contains(w.text()) || isKonjunktivI(t, k);
        }
        return konjunktiv;
    }

    private static Quote unattributed(Quote q) {
        return new Quote(q.text(), q.start(), q.end(), null, -1, -1, null, q.via(), q.direct(), q.kind());
    }

    private String pronounReferent(String text, Quote q, Quote previous, List<EntityMention> entities,
                                   List<QuoteSpan> spans, List<EntityMention> subjects) {
        String pronoun = q.speaker();
        Gender wanted = Gender.ofPronoun(pronoun);
        if (pronoun.equalsIgnoreCase("sie") && pluralVerbAfter(text, q.speakerEnd())) {
            // "Sie bezeichneten die Übereinkunft als …": a group or organisation named shortly before
            for (int i = entities.size() - 1; i >= 0; i--) {
                EntityMention e = entities.get(i);
                if (e.end() > q.speakerStart()) {
                    continue;
                }
                if (q.speakerStart() - e.end() > 400 || text.substring(e.end(), q.speakerStart()).contains("\n\n")) {
                    break;
                }
                if (e.type() == EntityType.ORGANIZATION && !afterPreposition(text, e)
                        && spans.stream().noneMatch(sp -> sp.open() < e.start() && e.end() <= sp.close())) {
                    return e.name();
                }
            }
        }
        if (previous != null && previous.speaker() != null && !namedWithin(entities, previous.speaker(), q.start(), q.end())) {
            Gender g = speakerGender(text, previous, entities);
            if (g != Gender.UNKNOWN && g.fits(wanted) || g == Gender.UNKNOWN && isPersonName(previous.speaker(), entities)) {
                return previous.speaker();
            }
        }
        for (int i = entities.size() - 1; i >= 0; i--) {
            EntityMention e = entities.get(i);
            if (e.type() != EntityType.PERSON || e.end() > q.speakerStart() || q.speakerStart() - e.end() > 2000) {
                continue;
            }
            boolean insideQuotation = spans.stream().anyMatch(sp -> sp.open() < e.start() && e.end() <= sp.close());
            if (insideQuotation || namedWithin(entities, e.name(), q.start(), q.end()) || afterPreposition(text, e)) {
                continue;
            }
            if (personGender(text, e).fits(wanted)) {
                EntityMention nearer = roleSubjectBetween(text, subjects, e.end(), q.speakerStart(), wanted);
                return nearer != null ? nearer.name() : e.name();
            }
        }
        EntityMention subject = roleSubjectBetween(text, subjects, Math.max(0, q.speakerStart() - 600),
                q.speakerStart(), wanted);
        return subject == null ? null : subject.name();
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+(\\p{Ll}+)");

    /** Whether the word after {@code offset} is a finite verb in the plural ("sie bezeichneten", "sie fordern"). */
    private static boolean pluralVerbAfter(String text, int offset) {
        java.util.regex.Matcher m = NEXT_WORD.matcher(text);
        if (!m.find(offset) || m.start() != offset) {
            return false;
        }
        String w = m.group(1);
        return w.length() > 4 && (w.endsWith("ten") || w.endsWith("ieben") || w.endsWith("ern") || w.endsWith("en")
                && !w.endsWith("chen")) && ReportingVerbs.form(w) != null;
    }

    /**
     * The last role subject ({@link #roleSubjects}) in [from, to) in the same paragraph as {@code to} whose
     * determiner fits the pronoun's gender ("Der Mann …. Er sagte": the man; "Ein Sprecher der Armee …. Er").
     */
    private static EntityMention roleSubjectBetween(String text, List<EntityMention> subjects, int from, int to,
                                                    Gender wanted) {
        for (int i = subjects.size() - 1; i >= 0; i--) {
            EntityMention m = subjects.get(i);
            if (m.start() < from || m.end() > to || text.substring(m.end(), to).contains("\n\n")) {
                continue;
            }
            String first = m.text().split("\\s+")[0];
            Gender g = SpeakerPhrases.isDeterminer(first) ? Gender.ofDeterminer(first) : Gender.UNKNOWN;
            if (g != Gender.UNKNOWN && g.fits(wanted)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The subjects opening sentences that name no one but hold a role or people noun with a determiner ("Der Mann
     * verschanzte sich …", "Ein Sprecher der US-Armee wollte …"): candidates for a later pronoun, as mentions whose
     * name is the phrase. Phrases with a named person are left to the entities; phrases inside quotation marks are
     * skipped.
     */
    private List<EntityMention> roleSubjects(String text, List<Sentence> sentences, List<EntityMention> entities,
                                             List<QuoteSpan> spans) {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> t = tokenizer.tokenize(text, s.start(), Math.min(s.end(), s.start() + 300));
            int k = !t.isEmpty() && FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
            SpeakerPhrases.Phrase p = t.size() > k + 2 ? phrases.at(t, k, entities) : null;
            if (p == null || !followedByVerb(t, p) || !SpeakerPhrases.isDeterminer(t.get(p.first()).text())
                    || !(hasPersonNoun(t, p) || lexicon.isPersonCue(t.get(p.headEnd() - 1).text()))) {
                continue;
            }
            int start = t.get(p.first()).start();
            int end = t.get(p.last() - 1).end();
            boolean named = entities.stream().anyMatch(e -> e.start() >= start && e.end() <= end
                    && e.type() == EntityType.PERSON);
            boolean quoted = spans.stream().anyMatch(sp -> sp.open() < start && end <= sp.close());
            if (!named && !quoted) {
                out.add(phrases.mention(text, t, p, entities));
            }
        }
        return out;
    }

    private EntityMention roleReferent(String text, String role, int offset, List<EntityMention> entities) {
        String wanted = role.toLowerCase(Locale.ROOT);
        for (int i = entities.size() - 1; i >= 0; i--) {
            EntityMention e = entities.get(i);
            if (e.type() != EntityType.PERSON || e.end() > offset) {
                continue;
            }
            String r = roleBefore(text, e);
            if (r != null && r.toLowerCase(Locale.ROOT).endsWith(wanted)) {
                return e;
            }
        }
        return null;
    }

    private Gender personGender(String text, EntityMention e) {
        Gender byRole = Gender.ofRole(roleBefore(text, e));
        return byRole != Gender.UNKNOWN ? byRole : Gender.ofName(e.name());
    }

    private Gender speakerGender(String text, Quote q, List<EntityMention> entities) {
        String mention = text.substring(q.speakerStart(), q.speakerEnd());
        if (SpeakerPhrases.isPronoun(mention)) {
            return Gender.ofPronoun(mention);
        }
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && e.name().equals(q.speaker()) && e.start() >= q.speakerStart()
                    && e.end() <= q.speakerEnd()) {
                Gender byRole = Gender.ofRole(q.speakerRole());
                return byRole != Gender.UNKNOWN ? byRole : personGender(text, e);
            }
        }
        String first = mention.split("\\s+")[0];
        return SpeakerPhrases.isDeterminer(first) ? Gender.ofDeterminer(first) : Gender.UNKNOWN;
    }

    private static boolean isPersonName(String name, List<EntityMention> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(name));
    }

    /** Whether a preposition other than "von" stands before the mention, over at most three role words or modifiers. */
    private boolean afterPreposition(String text, EntityMention e) {
        List<Token> before = tokenizer.tokenize(text, Math.max(0, e.start() - 60), e.start());
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 4); k--) {
            String w = before.get(k).text();
            if ((PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT)) || w.equals("gegenüber"))
                    && !w.equals("von")) { // "von X geleitet", "die Kritik von X": an agent or owner may speak later
                return true;
            }
            if (!before.get(k).isWord() || !(lexicon.isPersonCue(w) || DETERMINERS.contains(w) || before.get(k).isLowerCase())) {
                return false;
            }
        }
        return false;
    }

    private void direct(String text, List<Sentence> sentences, List<EntityMention> entities, QuoteSpan span,
                        List<Quote> out) {
        int start = span.open() + 1;
        int end = span.close();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        String words = text.substring(start, end);
        List<Token> inner = tokenizer.tokenize(text, start, end);
        long wordCount = inner.stream().filter(Token::isWord).count();
        if (isName(text, inner, words) || wordCount == 0 || isTitle(text, span.open())) {
            return;
        }
        int regionStart = span.open();
        int regionEnd = span.close() + 1;
        for (Sentence s : sentences) {
            if (s.contains(span.open())) {
                regionStart = s.start();
            }
            if (s.contains(span.close())) {
                regionEnd = s.end();
            }
        }
        int colon = span.open() - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (regionStart == span.open() && colon >= 0 && text.charAt(colon) == ':') {
            // a quote the sentence splitter set apart after "X erklärte:": the introducing sentence is the region
            for (Sentence s : sentences) {
                if (s.contains(colon)) {
                    regionStart = s.start();
                }
            }
        }
        Attribution a = attribute(text, entities, regionStart, regionEnd, span.open(), span.close() + 1);
        if (wordCount <= 3 && !a.hasVerb()
                || wordCount == 1 && !a.adjacent() && a.speaker() == null
                || wordCount == 1 && a.speaker() == null && isCommonNoun(words)) {
            return; // a scare quote: „verbündete“, „heimlich“ (one word counts when someone says it: „Zeitungsente“)
        }
        if (a.speaker() == null && !a.hasVerb() && regionStart == span.open() && wordCount > 3) {
            // a quote that is a sentence of its own continues the previous quote's speaker (see resolved)
            out.add(new Quote(words, start, end, ANAPHOR, start, start, null, null, true));
            return;
        }
        out.add(quote(words, start, end, a, true));
    }

    /**
     * Whether the quotation marks at {@code open} enclose a title or slogan rather than speech: the word before them
     * is a noun for a work, a name or a written line ("das Lied „…“", "unter der Überschrift „…“", "die Parole „…“").
     */
    private boolean isTitle(String text, int open) {
        List<Token> before = tokenizer.tokenize(text, Math.max(0, open - 40), open);
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1).text();
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && (TITLE_NOUNS.contains(w) || lower.endsWith("titel")
                || lower.endsWith("motto") || lower.endsWith("slogan") || lower.endsWith("aufschrift"));
    }

    private boolean isName(String text, List<Token> inner, String words) {
        if (gazetteer.lookup(words) != null) {
            return true;
        }
        if (inner.size() > 4) {
            return false;
        }
        for (Token t : inner) {
            if (!t.isWord() || !t.isCapitalised()) {
                return false;
            }
        }
        if (inner.size() == 1 && isCommonNoun(words)) {
            return false; // „Vertrauensbruch“, „Unverschämtheit“, „Lohnverzichtstheorien“: a German noun, not a name
        }
        // „Chosun Ilbo“, „Morning Star“: capitalised words only, and not a German sentence like „Warum nicht“
        return inner.stream().noneMatch(t -> lexicon.isStopWord(t.text()));
    }

    /**
     * Whether a capitalised word is a German common noun: in the word list, ending like a noun ("-heit", "-ung"), or a
     * compound whose last part is in the word list ("Lohnverzichtstheorien").
     */
    private boolean isCommonNoun(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || gazetteer.lookup(word) != null) {
            return false;
        }
        if (lexicon.isKnownWord(word) || word.matches(".*(heit|keit|ung|ungen|ismus|schaft|tion|tionen|tät|nis)")) {
            return true;
        }
        if (word.contains("-")) {
            return false; // „EVAC-Ambulanz“, „Omni-Sport“: a product's name
        }
        for (int i = 4; i + 5 <= word.length(); i++) {
            String head = word.substring(0, i);
            String tail = Character.toUpperCase(word.charAt(i)) + word.substring(i + 1);
            boolean headKnown = lexicon.isKnownWord(head)
                    || head.endsWith("s") && lexicon.isKnownWord(head.substring(0, head.length() - 1));
            if (headKnown && lexicon.isKnownWord(tail)) {
                return true; // both parts German words: „Lohnverzichtstheorien“
            }
        }
        return false;
    }

    private static Quote quote(String words, int start, int end, Attribution a, boolean direct) {
        return quote(words, start, end, a, direct ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT);
    }

    private static Quote quote(String words, int start, int end, Attribution a, Quote.Kind kind) {
        EntityMention sp = a.speaker();
        return new Quote(words, start, end, sp == null ? null : sp.name(), sp == null ? -1 : sp.start(),
                sp == null ? -1 : sp.end(), sp == null ? null : a.role(), a.via(), kind == Quote.Kind.DIRECT, kind,
                a.sieve() == null ? null : new Quote.Provenance(PENDING, a.sieve()));
    }

    /** Finds the reporting verb and its subject for words at [qStart, qEnd) inside region [from, to). */
    private Attribution attribute(String text, List<EntityMention> entities, int from, int to, int qStart, int qEnd) {
        List<Token> post = tokenizer.tokenize(text, qEnd, to);
        List<Token> pre = tokenizer.tokenize(text, from, qStart);
        String via = via(entities, from, to, -1);
        // After the quote: „…“, sagte X / zitierte AGENCY den ROLE PERSON / so X
        int k = 0;
        while (k < post.size() && !post.get(k).isWord()) {
            k++;
        }
        Attribution en = k <= 2 ? englishAfter(text, entities, post, k, via) : null;
        if (en != null) {
            return en;
        }
        if (k < post.size() && k <= 2 && isReportingVerb(post.get(k).text())) {
            Attribution a = afterVerb(text, entities, post, k, qStart);
            if (a != null) {
                return (a.via() == null ? a.withVia(via) : a).asAdjacent();
            }
            return new Attribution(null, null, via, true, true);
        }
        // After the quote, a passive citation: „…“, wird Panetta zitiert / wurde der Minister mit den Worten zitiert
        if (k < post.size() && k <= 2 && PASSIVE.contains(post.get(k).text())) {
            EntityMention cited = citedInPassive(text, entities, post, k);
            if (cited != null) {
                return new Attribution(cited, roleBefore(text, cited), via, true, true);
            }
        }
        // After the quote, English order: "…," Shoigu said. / "…," he said.
        if (k + 1 < post.size() && k <= 2) {
            Token first = post.get(k);
            EntityMention e = entityAt(entities, first.start());
            int afterName = k + 1;
            if (e != null) {
                while (afterName < post.size() && post.get(afterName).start() < e.end()) {
                    afterName++;
                }
            }
            if (afterName < post.size() && isReportingVerb(post.get(afterName).text())
                    && !post.get(afterName).text().equals("so")) {
                if (e != null && e.type() != EntityType.LOCATION) {
                    return new Attribution(e, roleBefore(text, e), via, true, true);
                }
                if (PRONOUNS.contains(first.text())) {
                    EntityMention p = standIn(precedingPerson(entities, first.start()), first);
                    return new Attribution(p, p == null ? null : roleBefore(text, p), via, true, true);
                }
            }
        }
        // A relative clause that cites: "ein Bericht des Senders YTN, der einen hohen Beamten mit den Worten zitierte,
        // Kim bewege sich „…“": the cited one speaks, through the outlet
        for (int c = 3; c + 1 < pre.size(); c++) {
            if (CITE_VERBS.contains(pre.get(c + 1).text()) && pre.get(c).text().equals("Worten")
                    && pre.get(c - 1).text().equals("den") && pre.get(c - 2).text().equals("mit")) {
                SpeakerPhrases.Phrase cited = phraseBefore(pre, c - 2, entities);
                if (cited != null && hasPersonNoun(pre, cited) || cited != null && isSpeakerLike(pre, cited, entities)) {
                    EntityMention m = phrases.mention(text, pre, cited, entities);
                    String head = pre.get(cited.last() - 1).text();
                    if (m.type() != EntityType.PERSON && head.matches(".*(beamten|angestellten)")) {
                        // "einen hohen Regierungsbeamten" names "Regierungsbeamter"
                        m = new EntityMention(m.text(), head.substring(0, head.length() - 2) + "er",
                                EntityType.PERSON, m.start(), m.end());
                    }
                    return new Attribution(m, null, via(entities, from, to, m.start()), true);
                }
            }
        }
        // Before the quote: X sagte: „…“ / sagte X, „…“ / X zitierte PERSON mit den Worten „…“
        for (int v = pre.size() - 1; v >= 0; v--) {
            if (!isReportingVerb(pre.get(v).text()) || pre.get(v).text().equals("so")) {
                continue;
            }
            ReportingVerbs.Form f = ReportingVerbs.form(pre.get(v).text());
            if (f != null && !f.particle().isEmpty() && !particleFollows(f, pre, v, post) && existential(pre, v)) {
                continue; // "in dem es nur 26 Fouls gab": "es gab" without "bekannt" or "an" reports nothing
            }
            if (EnglishSpeakers.isVerb(pre.get(v).text())) {
                EnglishSpeakers.Speaker sp = englishSubject(text, entities, pre, 0, v);
                if (sp != null) {
                    return new Attribution(sp.mention(), sp.role(), via, true);
                }
            }
            EntityMention subject = beforeVerb(text, entities, pre, v);
            if (subject != null) {
                return new Attribution(subject, roleBefore(text, subject), via(entities, from, to, subject.start()), true);
            }
            Attribution a = afterVerb(text, entities, pre, v, qStart);
            if (a != null && a.speaker() != null) {
                return a.via() == null ? new Attribution(a.speaker(), a.role(), via, true) : a;
            }
            EntityMention named = appositionSubject(entities, pre, v);
            if (named == null) {
                named = subjectBeforeInsertion(text, entities, pre, v);
            }
            if (named == null) {
                named = openingSubject(text, entities, pre, v);
            }
            if (named == null) {
                named = subjectAfterAuxiliary(text, entities, pre, v);
            }
            if (named != null) {
                return new Attribution(named, roleBefore(text, named), via(entities, from, to, named.start()), true);
            }
            return new Attribution(null, null, via, true);
        }
        // „…“ inside reported speech whose reporting clause follows ("X werde „…“ reisen, schrieb die Zeitung"),
        // or after a source cue ("der laut dem Kreml „…“ stattfinden soll"): the reporter speaks, not the clause's
        // subject; the cited source fills in later where no reporter is named (SourcedQuoteExtractor).
        for (int v = 0; v < post.size(); v++) {
            if (post.get(v).text().equals(".") || post.get(v).text().equals(";")) {
                break;
            }
            if (v > 0 && post.get(v - 1).text().equals(",") && isReportingVerb(post.get(v).text())) {
                // "Der Iran müsse „…“ beenden, so Rice": the reporting clause names the speaker
                Attribution a = afterVerb(text, entities, post, v, qStart);
                return a != null && a.speaker() != null ? (a.via() == null ? a.withVia(via) : a)
                        : new Attribution(null, null, via, true);
            }
        }
        for (int c = Math.max(0, pre.size() - 12); c < pre.size(); c++) {
            String w = pre.get(c).text().toLowerCase(Locale.ROOT);
            boolean nach = w.equals("nach") && c + 1 < pre.size() && isSourceNoun(headNoun(pre, c + 1));
            if (w.equals("laut") || w.equals("zufolge") || w.equals("according") || nach) {
                // "Nach Auffassung des Fraktionschefs X sei es „…“": the source cue names the speaker
                SpeakerPhrases.Phrase p = w.equals("zufolge") ? phraseBefore(pre, c, entities)
                        : w.equals("according") ? null : phrases.at(pre, c + 1, entities);
                EntityMention source = p == null ? null : sourceOf(text, pre, p,
                        phrases.mention(text, pre, p, entities), entities);
                if (source != null && !ANAPHOR_UNKNOWN.equals(source.name()) && source.type() != EntityType.LOCATION
                        && (w.equals("zufolge") || p.last() > c + 1)) {
                    return new Attribution(source, null, via(entities, from, to, source.start()), true);
                }
                return new Attribution(null, null, via, true);
            }
        }
        // "X nannte die Zahlen „aus der Luft gegriffen“", "X kritisierte scharf: „…“": the clause's subject speaks
        SpeakerPhrases.Phrase subjectPhrase = pre.size() > 1 ? phrases.at(pre, 0, entities) : null;
        boolean passive = pre.stream().anyMatch(x -> PASSIVE.contains(x.text()))
                || post.stream().anyMatch(x -> PASSIVE.contains(x.text()));
        if (subjectPhrase != null && subjectPhrase.last() < pre.size() && pre.get(subjectPhrase.last()).isLowerCase()
                && !PREPOSITIONS.contains(pre.get(subjectPhrase.last()).text())
                && !"„“”\"»«".contains(pre.get(0).text()) && !passive
                && (isSpeakerLike(pre, subjectPhrase, entities) || hasPersonNoun(pre, subjectPhrase)
                || subjectPhrase.last() - subjectPhrase.first() == 1)) {
            // "Seine Werke werden als „…“ bezeichnet", "Der größte Vorwurf ist „…“": no one speaks
            EntityMention m = phrases.mention(text, pre, subjectPhrase, entities);
            // a verb of a speech act ("nannte den Bericht eine „Zeitungsente“", "sprach von einem „Volkskrieg“")
            // makes even a short quote the subject's words; without one a short quote is still a scare quote
            boolean act = pre.stream().anyMatch(x -> isSpeechActVerb(x.text()))
                    || post.stream().takeWhile(x -> !x.text().equals(".")).anyMatch(x -> isSpeechActVerb(x.text()));
            return new Attribution(m, roleOf(text, pre, subjectPhrase, m), via(entities, from, to, m.start()), act);
        }
        if (!pre.isEmpty() && pre.get(pre.size() - 1).text().equals(":")) {
            EntityMention subject = clauseSubject(entities, pre);
            if (subject != null) {
                return new Attribution(subject, roleBefore(text, subject), via(entities, from, to, subject.start()), true);
            }
            EntityMention introduced = colonSpeaker(text, entities, pre);
            if (introduced != null) {
                return new Attribution(introduced, null, via(entities, from, to, introduced.start()), true);
            }
        }
        // A verb later in the sentence: „…“ auslösen könnten (gewarnt, …): attributed, speaker unknown
        for (Token t : post) {
            if (isReportingVerb(t.text()) && !t.text().equals("so")) {
                return new Attribution(null, null, via, true);
            }
        }
        return new Attribution(null, null, null, false);
    }

    /** Whether phrase {@code p} is followed by a lower-case word that can be its verb: no preposition or article. */
    private static boolean followedByVerb(List<Token> t, SpeakerPhrases.Phrase p) {
        if (p.last() >= t.size()) {
            return false;
        }
        Token next = t.get(p.last());
        return next.isLowerCase() && !PREPOSITIONS.contains(next.text()) && !DETERMINERS.contains(next.text());
    }

    /**
     * The subject opening a main clause whose reporting verb stands far behind it ("Stoiber hatte besonders die Rolle
     * der Vorsitzenden betont: „…“"): the phrase at the sentence start, followed by a lower-case finite verb, that
     * names a person or organisation, holds a role noun or is one bare capitalised word (a surname, a plural), or a
     * pronoun (standing in for the person named before). {@code null} when the sentence opens otherwise or a comma,
     * colon or quotation mark comes between subject and verb.
     */
    private EntityMention openingSubject(String text, List<EntityMention> entities, List<Token> pre, int v) {
        SpeakerPhrases.Phrase p = pre.size() > 2 ? phrases.at(pre, 0, entities) : null;
        if (p == null || p.last() >= v || !followedByVerb(pre, p)) {
            return null;
        }
        for (int k = p.last(); k < v; k++) {
            if (Set.of(",", ":", ";", "„", "“", "\"").contains(pre.get(k).text())) {
                return null;
            }
        }
        Token first = pre.get(p.first());
        if (p.last() - p.first() == 1 && PRONOUNS.contains(first.text())) {
            return standIn(precedingPerson(entities, first.start()), first);
        }
        boolean bare = p.last() - p.first() == 1 && first.isCapitalised();
        return bare || isSpeakerLike(pre, p, entities) ? phrases.mention(text, pre, p, entities) : null;
    }

    /**
     * "…“, wird Panetta zitiert", "…“, wurde der Minister in der Zeitung zitiert": the phrase after the passive
     * auxiliary at {@code t[k]} when "zitiert" closes the clause; {@code null} otherwise.
     */
    private EntityMention citedInPassive(String text, List<EntityMention> entities, List<Token> t, int k) {
        int end = k + 1;
        while (end < t.size() && end < k + 16 && !Set.of(".", ";", "„", "“", "\"").contains(t.get(end).text())) {
            end++;
        }
        if (end - 1 <= k + 1 || !t.get(end - 1).text().equals("zitiert")) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.at(t, k + 1, entities);
        if (p == null || p.last() >= end) {
            return null;
        }
        Token first = t.get(p.first());
        if (p.last() - p.first() == 1 && PRONOUNS.contains(first.text())) {
            return standIn(precedingPerson(entities, first.start()), first);
        }
        return phrases.mention(text, t, p, entities);
    }

    /**
     * The English clause after a quote: "…," said ROLE X / "…," ROLE X said / "…," X told AGENCY / "…," AGENCY
     * quoted ROLE X as saying / "…," X was quoted by AGENCY as saying. {@code null} when the clause is none of these,
     * for the German rules to try.
     */
    private Attribution englishAfter(String text, List<EntityMention> entities, List<Token> post, int k, String via) {
        int v = -1;
        for (int j = k; j < Math.min(post.size(), k + 12); j++) {
            String w = post.get(j).text();
            if (EnglishSpeakers.isVerb(w)) {
                v = j;
                break;
            }
            if (isClauseBoundary(post, j)) {
                return null;
            }
        }
        if (v < 0) {
            return null;
        }
        String verb = post.get(v).text();
        boolean relay = EnglishSpeakers.RELAY_VERBS.contains(verb);
        EnglishSpeakers.Speaker sp;
        String relayVia = null;
        if (v == k) {
            if (relay) {
                return null;
            }
            int end = v + 1;
            while (end < post.size() && !isClauseBoundary(post, end) && !post.get(end).text().equals(",")) {
                end++;
            }
            int at = post.get(v).start();
            sp = english.phrase(text, post, v + 1, end, entities, noun -> roleReferent(text, noun, at, entities));
        } else if (relay && Set.of("was", "were").contains(post.get(v - 1).text())) {
            // "…," X was quoted by AGENCY as saying
            int as = indexOf(post, "as", v + 1, v + 10);
            sp = english.phrase(text, post, k, v - 1, entities, null);
            relayVia = v + 2 < post.size() && post.get(v + 1).text().equals("by")
                    ? sourceName(text, entities, post, v + 2, as < 0 ? Math.min(post.size(), v + 6) : as) : null;
        } else if (relay) {
            // "…," AGENCY quoted ROLE X as saying
            int as = indexOf(post, "as", v + 1, v + 10);
            if (as < 0) {
                return null;
            }
            sp = english.phrase(text, post, v + 1, as, entities, null);
            relayVia = sourceName(text, entities, post, k, v);
        } else {
            sp = englishSubject(text, entities, post, k, v);
            if (verb.equals("told") && v + 1 < post.size()) {
                relayVia = addressee(text, entities, post, v + 1);
            }
        }
        if (sp == null) {
            return relay ? new Attribution(null, null, relayVia == null ? via : relayVia, true, true) : null;
        }
        return new Attribution(sp.mention(), sp.role(), relayVia == null ? via : relayVia, true, true);
    }

    /** Whether {@code tokens[j]} ends an English clause: a sentence end (not a title's dot), a quotation mark. */
    private static boolean isClauseBoundary(List<Token> tokens, int j) {
        String w = tokens.get(j).text();
        if (w.equals(".")) {
            return j == 0 || !Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "St").contains(tokens.get(j - 1).text());
        }
        return Set.of(";", ":", "!", "?", "“", "”", "\"", "„", "«", "»", "(", ")").contains(w);
    }

    private static int indexOf(List<Token> tokens, String word, int from, int to) {
        for (int j = from; j < Math.min(tokens.size(), to); j++) {
            if (tokens.get(j).text().equals(word)) {
                return j;
            }
        }
        return -1;
    }

    /** The name of the source in tokens {@code [from, to)}: a found entity's name, or capitalised words. */
    private String sourceName(String text, List<EntityMention> entities, List<Token> t, int from, int to) {
        if (from < to && SpeakerPhrases.isDeterminer(t.get(from).text())) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        EntityMention e = entityAt(entities, t.get(from).start());
        if (e != null && e.type() != EntityType.PERSON && e.end() == t.get(to - 1).end()) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            return g == null ? e.name() : g.canonical();
        }
        for (int j = from; j < to; j++) {
            if (!t.get(j).isCapitalised()) {
                return null;
            }
        }
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }

    /** "told Reuters": the outlet or organisation told, as the channel of the quote; {@code null} for "told reporters". */
    private String addressee(String text, List<EntityMention> entities, List<Token> t, int k) {
        int j = k < t.size() && t.get(k).text().equalsIgnoreCase("the") ? k + 1 : k;
        EntityMention e = j < t.size() ? entityAt(entities, t.get(j).start()) : null;
        int end = j;
        while (end < t.size() && end - j < 4 && t.get(end).isCapitalised()) {
            end++;
        }
        if (end == j || e != null && e.type() == EntityType.PERSON && e.end() == t.get(end - 1).end()) {
            return null; // "told reporters", "told Jane Roe": a person told is no channel
        }
        if (e != null && e.end() == t.get(end - 1).end()) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            return g == null ? e.name() : g.canonical();
        }
        boolean sentenceEnd = end >= t.size() || Set.of(".", ",", ";").contains(t.get(end).text());
        return end > j && sentenceEnd ? text.substring(t.get(j).start(), t.get(end - 1).end()) : null;
    }

    /**
     * The English subject before the verb at {@code tokens[v]}, from {@code lo} on: "ROLE X said", "X, an analyst at
     * Y, said" (role from the apposition), "X has said", "a spokesman for Y said", "the minister said".
     */
    private EnglishSpeakers.Speaker englishSubject(String text, List<EntityMention> entities, List<Token> t, int lo,
                                                   int v) {
        int end = v;
        while (end > lo && Set.of("has", "had", "have", "also", "later", "then", "again", "earlier", "was", "were")
                .contains(t.get(end - 1).text())) {
            end--;
        }
        if (end > lo && t.get(end - 1).text().equals(",")) {
            int comma = -1;
            for (int j = end - 2; j > Math.max(lo, end - 14); j--) {
                if (t.get(j).text().equals(",")) {
                    comma = j;
                    break;
                }
                if (isClauseBoundary(t, j)) {
                    return null;
                }
            }
            if (comma < 0 || !Set.of("a", "an", "the").contains(t.get(comma + 1).text())) {
                return null;
            }
            end = comma; // "X, an economist at Y, said": the apposition describes X
        }
        int start = end;
        while (start > lo && !isClauseBoundary(t, start - 1) && !Set.of(",", "—", "–").contains(t.get(start - 1).text())) {
            start--;
        }
        if (start >= end) {
            return null;
        }
        int at = t.get(start).start();
        return english.phrase(text, t, start, end, entities, noun -> roleReferent(text, noun, at, entities));
    }

    private boolean isReportingVerb(String word) {
        ReportingVerbs.Form f = ReportingVerbs.form(word);
        return REPORTING_VERBS.contains(word) || f != null && !f.belief();
    }

    /** The speaker after the verb at {@code tokens[v]}: "sagte X", "zitierte AGENCY den ROLE PERSON". */
    private Attribution afterVerb(String text, List<EntityMention> entities, List<Token> tokens, int v, int quoteStart) {
        boolean cite = CITE_VERBS.contains(tokens.get(v).text());
        if (v > 0 && Set.of("und", "and", "oder", "or", "sowie").contains(tokens.get(v - 1).text())) {
            return null; // "… und warnten Pjöngjang": what follows a coordinated verb is its object
        }
        if (!cite) {
            int k = skipAdverbials(tokens, v + 1, entities);
            SpeakerPhrases.Phrase p = k < tokens.size() ? phrases.at(tokens, k, entities) : null;
            if (p == null || OBJECT_ARTICLES.contains(tokens.get(p.first()).text())) {
                return null; // "nannte seinen Platzverweis „überzogen“": an object, not the subject
            }
            EntityMention m = phrases.mention(text, tokens, p, entities);
            return new Attribution(m, roleOf(text, tokens, p, m), null, true);
        }
        String via = null;
        for (int k = v + 1; k < Math.min(tokens.size(), v + 9); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(".") || t.text().equals(":") || t.text().equals("dass")) {
                break;
            }
            if (PRONOUNS.contains(t.text()) && k == v + 1) {
                EntityMention p = precedingPerson(entities, t.start());
                return p == null ? null : new Attribution(standIn(p, t), roleBefore(text, p), null, true);
            }
            EntityMention e = entityAt(entities, t.start());
            if (e == null) {
                EntityMention r = roleNoun(text, entities, tokens, k);
                if (r != null) {
                    return new Attribution(standIn(r, t), t.text(), via, true);
                }
                EntityMention outlet = outletNoun(entities, tokens, k);
                if (outlet != null) {
                    return new Attribution(outlet, null, via, true);
                }
                boolean capitalisedNoun = t.isCapitalised() && !lexicon.isPersonCue(t.text())
                        && !DETERMINERS.contains(t.text()) && !PRONOUNS.contains(t.text())
                        && !OUTLET_NOUNS.contains(t.text());
                if (capitalisedNoun && !cite || PREPOSITIONS.contains(t.text()) && !t.text().equals("am")) {
                    break; // "sagte der Sprecher der Stadt Bonn": the speaker is not a name we have
                }
                continue;
            }
            GazetteerEntry g = gazetteer.lookup(e.text());
            boolean agency = g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET);
            if (cite && agency && via == null) {
                via = e.name(); // zitierte Interfax den … Schoigu: Interfax relays, the person speaks
                continue;
            }
            if (cite && e.type() != EntityType.PERSON) {
                continue;
            }
            return new Attribution(e, roleBefore(text, e), via, true);
        }
        return via == null ? null : new Attribution(null, null, via, true);
    }

    /**
     * A person opening the sentence and followed by an apposition up to the verb at {@code pre[v]}: "Erik Schweickert,
     * der verbraucherschutzpolitische Sprecher der FDP-Bundestagsfraktion, äußerte …". The apposition is set off by
     * commas, starts with an article and holds only articles, modifiers and nouns; {@code null} otherwise.
     */
    private EntityMention appositionSubject(List<EntityMention> entities, List<Token> pre, int v) {
        if (pre.isEmpty()) {
            return null;
        }
        EntityMention e = entityAt(entities, pre.get(0).start());
        if (e == null || e.type() != EntityType.PERSON) {
            return null;
        }
        int k = 0;
        while (k < v && pre.get(k).start() < e.end()) {
            k++;
        }
        if (k + 1 >= v || !pre.get(k).text().equals(",") || !pre.get(v - 1).text().equals(",")
                || !DETERMINERS.contains(pre.get(k + 1).text()) && !lexicon.isPersonCue(pre.get(k + 1).text())
                && !isRoleNoun(pre.get(k + 1))) {
            return null; // "X, der Sprecher der Partei, …" or "X, Laborleiter der Firma, …"
        }
        for (int j = k + 2; j < v - 1; j++) {
            Token t = pre.get(j);
            boolean fits = t.isCapitalised() || DETERMINERS.contains(t.text()) || t.text().equals("-")
                    || t.isLowerCase() && t.text().matches(".*(e|en|er|es|em)") && ReportingVerbs.form(t.text()) == null
                    && !Set.of("sie", "die", "der", "wie", "aber", "oder").contains(t.text())
                    || Set.of("(", ")", "von", "für").contains(t.text());
            if (!fits) {
                return null;
            }
        }
        return e;
    }

    /** Whether a word reads as a role by its ending: "Geschäftsführerin", "Laborleiter", "Direktor", "Agrarexperte". */
    static boolean isRoleNoun(Token t) {
        return t.isCapitalised() && t.text().length() > 4 && !THING_NOUNS.contains(t.text())
                && t.text().matches(".*(er|erin|ent|entin|eur|eurin|tor|torin|chef|chefin|ende|ender|ist|istin|at|atin"
                + "|experte|expertin)");
    }

    /**
     * The speaker of a clause that introduces a quote with a colon, when no reporting verb names one: a speaker label
     * ("Ein Beamter der Nationalpolizei: „…“", "Zitat von Schröder: „…“") or the subject after a fronted
     * constituent ("In einer Nachricht würdigte er …: „…“", "… lobte er mit den Worten: „…“"). The subject must
     * name a person or organisation, hold a role noun, or be a pronoun (resolved later); {@code null} otherwise.
     */
    private EntityMention colonSpeaker(String text, List<EntityMention> entities, List<Token> pre) {
        int colon = pre.size() - 1;
        int k = pre.get(0).text().equals("Zitat") && pre.size() > 2 && pre.get(1).text().equals("von") ? 2 : 0;
        SpeakerPhrases.Phrase label = phrases.at(pre, k, entities);
        if (label != null && label.last() == colon && isSpeakerLike(pre, label, entities)) {
            return phrases.mention(text, pre, label, entities);
        }
        // V2: one fronted constituent, the finite verb, then the subject
        for (int f = 1; f < Math.min(colon, 10); f++) {
            Token verb = pre.get(f);
            if (!verb.isLowerCase() || !verb.isWord() || DETERMINERS.contains(verb.text())
                    || PREPOSITIONS.contains(verb.text()) || verb.text().matches(".*(e|en|er|es|em)")
                    && !verb.text().matches(".*te") && ReportingVerbs.form(verb.text()) == null) {
                continue;
            }
            int j = skipAdverbials(pre, f + 1, entities);
            if (j < colon && PRONOUNS.contains(pre.get(j).text())) {
                Token p = pre.get(j);
                return new EntityMention(p.text(), p.text(), EntityType.PERSON, p.start(), p.end());
            }
            SpeakerPhrases.Phrase subject = j < colon ? phrases.at(pre, j, entities) : null;
            if (subject != null && isSpeakerLike(pre, subject, entities)
                    && !OBJECT_DETERMINERS.contains(pre.get(j).text())) {
                return phrases.mention(text, pre, subject, entities);
            }
            return null;
        }
        return null;
    }

    /** Whether a phrase names a person or organisation in its head, or has a role noun there. */
    /** Nouns in "-er" that name things, not people. */
    private static final Set<String> THING_NOUNS = Set.of("Computer", "Container", "Fenster", "Meter", "Liter",
            "Zimmer", "Wasser", "Sommer", "Winter", "Theater", "Center", "Filter", "Register", "Parameter", "Zucker",
            "Messer", "Finger", "Hammer", "Adler", "Keller", "Koffer", "Lager", "Feuer", "Ufer", "Alter", "Muster", "Poster",
            "Körper", "Pflaster", "Charakter", "Kalender", "Papier", "Akten", "Daten", "Texte", "Regeln");

    /**
     * Whether the head of phrase {@code p} is a noun for people by its ending: agent nouns ("Bewohner", "Wahlsieger",
     * "Anhänger", "Studenten", "Demonstranten", "Aktivistin").
     */
    private static boolean hasPersonNoun(List<Token> t, SpeakerPhrases.Phrase p) {
        for (int k = p.first(); k < p.headEnd(); k++) {
            String w = t.get(k).text();
            if (t.get(k).isCapitalised() && w.length() > 4 && !THING_NOUNS.contains(w)
                    && w.matches(".*(er|erin|erinnen|enten|anten|isten|istin|istinnen|eure|eurin|beamte|beamten"
                    + "|beamtin|angestellte|angestellten)")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head of phrase {@code p} is a document that reports ("Der Untersuchungsbericht", "Die Studie"). */
    private static boolean isDocument(List<Token> t, SpeakerPhrases.Phrase p) {
        String head = t.get(p.headEnd() - 1).text().toLowerCase(Locale.ROOT);
        return DOCUMENT_HEADS.stream().anyMatch(head::endsWith);
    }

    /** A stated position in a noun phrase, read like a verb of belief: "ist der Ansicht, dass …". */
    private static final ReportingVerbs.Form STANCE = new ReportingVerbs.Form("", true);
    private static final Set<String> STANCE_NOUNS = Set.of("Ansicht", "Meinung", "Auffassung", "Überzeugung",
            "Ergebnis", "Schluss", "Schluß", "Eindruck");

    /**
     * For a stance noun at {@code t[v]} closing its clause ("ist der Ansicht,", "kamen zu dem Ergebnis,", "kommt zum
     * Schluss,"), the index of the finite verb before it; else -1.
     */
    private static int stanceVerb(List<Token> t, int v) {
        if (!STANCE_NOUNS.contains(t.get(v).text()) || v + 1 >= t.size() || !t.get(v + 1).text().equals(",") || v < 2) {
            return -1;
        }
        String before = t.get(v - 1).text();
        int f = -1;
        if (before.equals("der") && v >= 2) {
            f = v - 2; // "ist der Ansicht"
        } else if (before.equals("zum") || before.equals("dem") && v >= 3 && t.get(v - 2).text().equals("zu")) {
            f = before.equals("zum") ? v - 2 : v - 3; // "kam zum Schluss", "kamen zu dem Ergebnis"
        }
        while (f > 0 && ADVERBS.contains(t.get(f).text())) {
            f--; // "ist weiterhin der Ansicht"
        }
        return f > 0 && t.get(f).isLowerCase() && t.get(f).text().matches("ist|sind|war|waren|bin|kam|kamen|kommt|kommen"
                + "|gelangte|gelangten|gelangt|bleibt|blieb|blieben") ? f : -1;
    }

    /**
     * "sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass …": when the comma at {@code t[comma]} opens
     * an apposition or an adverbial and a "dass" clause follows, the comma before "dass"; else {@code comma}. The
     * stretch between must hold no verb in Konjunktiv and no auxiliary.
     */
    private int pastApposition(List<Token> t, int comma) {
        int n = t.size();
        if (comma + 1 >= n || !(t.get(comma + 1).isCapitalised() || t.get(comma + 1).text().equals("gegenüber"))) {
            return comma;
        }
        for (int j = comma + 1; j + 1 < n && j < comma + 20; j++) {
            String w = t.get(j).text();
            if (KONJUNKTIV.contains(w) || AUXILIARIES.contains(w) || isKonjunktivI(t, j) || ".:;„“\"".contains(w)) {
                return comma;
            }
            if (w.equals(",") && Set.of("dass", "ob", "wonach").contains(t.get(j + 1).text())) {
                return j;
            }
        }
        return comma;
    }

    /**
     * The phrase relied on in the clause of the verb at {@code t[v]} ("unter Berufung auf Beamte", in any of the word
     * orders of {@link AttributionCues}), when it names a speaker; else null.
     */
    private EntityMention reliedOn(String text, List<Token> t, int v, List<EntityMention> entities) {
        int k = AttributionCues.relianceOfVerb(t, v);
        if (k < 0) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.at(t, k, entities);
        boolean anonymous = p != null && t.get(p.headEnd() - 1).text().toLowerCase(Locale.ROOT)
                .matches(".*(beamte|beamten|kreise|kreisen|quellen|insider|diplomaten|experten)");
        return p != null && (isSpeakerLike(t, p, entities) || hasPersonNoun(t, p) || anonymous)
                ? phrases.mention(text, t, p, entities) : null;
    }

    /**
     * The attribution relayed through "unter Berufung auf": "US-Medien hatten unter Berufung auf Beamte berichtet,
     * …" makes the officials the speakers and the media the channel ({@code via}); {@code a} when the clause of the
     * verb at {@code t[v]} relies on no one, or the speaker is the one relied on.
     */
    private Attribution relayed(String text, List<Token> t, int v, List<EntityMention> entities, Attribution a) {
        EntityMention relied = a == null || a.speaker() == null ? null : reliedOn(text, t, v, entities);
        if (relied == null || relied.end() > a.speaker().start() && relied.start() < a.speaker().end()) {
            return a;
        }
        return new Attribution(relied, null, a.speaker().name(), true).decidedBy("relay");
    }

    /**
     * The relative pronoun opening the clause of the verb at {@code t[v]} ("…, die den Mut Alis hervorhob"), or
     * {@code null} when the verb's clause is no relative clause. An article before a noun ("…, die Regierung …") is
     * no relative pronoun.
     */
    private static Token relativePronoun(List<Token> t, int v) {
        for (int k = v - 1; k > 0 && v - k <= 15; k--) {
            String w = t.get(k).text();
            if (w.equals(",")) {
                if (k + 1 >= v || !Set.of("der", "die", "das", "welche", "welcher", "welches").contains(t.get(k + 1).text())) {
                    return null;
                }
                return k + 2 == v || !t.get(k + 2).isCapitalised() ? t.get(k + 1) : null;
            }
            if (".:;„“\"»«".contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a capitalised noun names an institution by its ending: "Bischofskonferenz", "Landesregierung". */
    private static boolean isInstitution(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.isCapitalised() && INSTITUTION_HEADS.stream().anyMatch(w::endsWith);
    }

    private boolean isSpeakerLike(List<Token> t, SpeakerPhrases.Phrase p, List<EntityMention> entities) {
        int headStart = t.get(p.first()).start();
        int headEnd = t.get(p.headEnd() - 1).end();
        if (entities.stream().anyMatch(e -> e.start() >= headStart && e.end() <= headEnd
                && e.type() != EntityType.LOCATION)) {
            return true;
        }
        for (int k = p.first(); k < p.headEnd(); k++) {
            String w = t.get(k).text();
            if (t.get(k).isCapitalised() && (lexicon.isPersonCue(w) || INSTITUTION_HEADS.stream().anyMatch(w.toLowerCase(Locale.ROOT)::endsWith))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject opening the sentence when a relative clause or apposition set off by commas stands between it and
     * the verb at {@code t[v]}: "Die Organisation, die im Gazastreifen regiert, erklärte, …", "Leung, der am Montag
     * in Guandong war, sagte …". The subject must name a person or organisation or hold a role noun; {@code null}
     * otherwise.
     */
    private EntityMention subjectBeforeInsertion(String text, List<EntityMention> entities, List<Token> t, int v) {
        SpeakerPhrases.Phrase p = phrases.at(t, 0, entities);
        if (p == null || p.last() + 1 >= v || !t.get(p.last()).text().equals(",") || !t.get(v - 1).text().equals(",")
                || !isSpeakerLike(t, p, entities)) {
            return null;
        }
        String opener = t.get(p.last() + 1).text();
        if (!Set.of("der", "die", "das", "dessen", "deren", "welcher", "welche", "welches", "who", "which")
                .contains(opener)) {
            return null;
        }
        for (int k = p.last() + 1; k < v - 1; k++) {
            if (t.get(k).text().equals(",") || "„“”\"".contains(t.get(k).text())) {
                return null; // more than one insertion, or a quote inside: too far to tell
            }
        }
        return phrases.mention(text, t, p, entities);
    }

    /** The entity opening the clause ("Der Vorsitzende des Verbands, Michael Weber, …"), or a pronoun's person. */
    private EntityMention clauseSubject(List<EntityMention> entities, List<Token> pre) {
        for (int k = 0; k < Math.min(pre.size(), 8); k++) {
            Token t = pre.get(k);
            if (PRONOUNS.contains(t.text()) && k == 0) {
                return standIn(precedingPerson(entities, t.start()), t);
            }
            EntityMention e = entityAt(entities, t.start());
            if (e != null) {
                boolean afterPreposition = k > 0 && PREPOSITIONS.contains(pre.get(k - 1).text().toLowerCase(Locale.ROOT))
                        || k > 1 && DETERMINERS.contains(pre.get(k - 1).text())
                        && PREPOSITIONS.contains(pre.get(k - 2).text().toLowerCase(Locale.ROOT));
                return afterPreposition || e.type() != EntityType.PERSON ? null : e;
            }
            if (t.isWord() && t.isLowerCase() && !DETERMINERS.contains(t.text()) && !t.text().matches(".*(e|en|er|es|em)")) {
                return null; // a verb before any name: the subject is not a name
            }
        }
        return null;
    }

    /** The last entity before {@code offset} that the gazetteer knows as an agency or outlet, or {@code null}. */
    private EntityMention lastOutletBefore(List<EntityMention> entities, int offset) {
        EntityMention best = null;
        for (EntityMention e : entities) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            if (e.end() <= offset && g != null
                    && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)) {
                best = e;
            }
        }
        return best;
    }

    /** "die Zeitung", "der Sender": the last agency or outlet named before. */
    private EntityMention outletNoun(List<EntityMention> entities, List<Token> tokens, int k) {
        if (k == 0 || !DETERMINERS.contains(tokens.get(k - 1).text())
                || !OUTLET_NOUNS.contains(tokens.get(k).text()) && !Set.of("newspaper", "agency").contains(tokens.get(k).text())) {
            return null;
        }
        if (k + 1 < tokens.size() && entityAt(entities, tokens.get(k + 1).start()) != null) {
            return null; // "die Zeitung „Chosun Ilbo“": the name follows
        }
        return lastOutletBefore(entities, tokens.get(k).start());
    }

    /**
     * The subject right before the verb at {@code tokens[v]}: "X sagte", "Er sagte", "Der Minister sagte", "X hatte
     * zuvor gesagt". Only auxiliaries and adverbs may stand between; a name after a preposition is no subject.
     */
    private EntityMention beforeVerb(String text, List<EntityMention> entities, List<Token> tokens, int v) {
        for (int k = Math.max(0, v - 8); k < Math.min(tokens.size(), v + 3); k++) {
            if (PASSIVE.contains(tokens.get(k).text()) && k != v && isParticiple(tokens.get(v).text())) {
                // "Kony wird vorgeworfen, …", "war befürchtet worden": passive, no speaking subject but its agent
                return k < v ? passiveAgent(text, entities, tokens, k, v) : null;
            }
        }
        int finite = v;
        boolean clauseFinal = v + 1 < tokens.size() && ",".equals(tokens.get(v + 1).text());
        for (int k = v - 1; k >= Math.max(0, v - (clauseFinal ? 20 : 8)); k--) {
            String w = tokens.get(k).text();
            if (AUXILIARIES.contains(w)) {
                finite = k;
                break;
            }
            // a participle that closes its clause ("hat die Bürger, 3,6 Millionen, aufgefordert,") may stand far from
            // its auxiliary, past commas; other verbs stop at the first mark
            if (!tokens.get(k).isWord() && !(clauseFinal && w.equals(","))) {
                break;
            }
        }
        SpeakerPhrases.Phrase p = phrases.endingAt(tokens, finite, entities);
        if (p != null) {
            EntityMention m = phrases.mention(text, tokens, p, entities);
            GazetteerEntry g = gazetteer.lookup(m.name());
            if (g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)
                    && CITE_VERBS.contains(tokens.get(v).text())) {
                return null; // "Die NYT zitierte ihre Quellen": the outlet relays, it does not speak
            }
            return m;
        }
        for (int k = v - 1; k >= Math.max(0, v - 5); k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",") && k < v - 1 || t.text().equals(".")) {
                break;
            }
            EntityMention e = entityEndingAt(entities, t.end());
            if (e != null) {
                int first = k;
                while (first > 0 && tokens.get(first).start() > e.start()) {
                    first--;
                }
                if (first > 1 && OBJECT_DETERMINERS.contains(tokens.get(first - 1).text())) {
                    k = first - 1; // "während Nordkorea den USA vorwarf": the dative is an object; look further back
                    continue;
                }
                if (governedByPreposition(tokens, first)
                        || first > 0 && PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                        || first > 1 && DETERMINERS.contains(tokens.get(first - 1).text())
                        && PREPOSITIONS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT))
                        || first > 1 && Set.of("des", "der", "eines", "einer").contains(tokens.get(first - 1).text())
                        && tokens.get(first - 2).isWord() && tokens.get(first - 2).isCapitalised()) {
                    return null; // "nach Berlin", "der Justizminister des Landes": not the subject
                }
                GazetteerEntry g = gazetteer.lookup(e.text());
                if (g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)
                        && CITE_VERBS.contains(tokens.get(v).text())) {
                    return null; // "Die NYT zitierte ihre Quellen": the outlet relays, it does not speak
                }
                return e;
            }
            if (PRONOUNS.contains(t.text())) {
                return standIn(precedingPerson(entities, t.start()), t);
            }
            EntityMention r = roleNoun(text, entities, tokens, k);
            if (r != null) {
                return standIn(r, t);
            }
            if (!BETWEEN_SUBJECT_AND_VERB.contains(t.text()) && !(t.text().equals(",") && k == v - 1)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The agent of a passive report between its auxiliary at {@code t[aux]} and its participle at {@code t[v]}: "wurde
     * die Bundesregierung vom Verband aufgefordert", "wurde von der Regierung beschuldigt". {@code null} when none is
     * named or it is no speaker.
     */
    private EntityMention passiveAgent(String text, List<EntityMention> entities, List<Token> t, int aux, int v) {
        for (int k = aux + 1; k + 1 < v; k++) {
            String w = t.get(k).text();
            if (w.equals("von") || w.equals("vom") || w.equals("seitens")) {
                int from = k + 1;
                if (w.equals("von") && from < v && Set.of("der", "dem", "den").contains(t.get(from).text())) {
                    from++; // "von der Regierung": the article is a dative, not a determiner of a phrase we read
                }
                SpeakerPhrases.Phrase p = phrases.at(t, from, entities);
                if (p != null && p.last() <= v && isSpeakerLike(t, p, entities)) {
                    return phrases.mention(text, t, p, entities);
                }
                return null;
            }
        }
        return null;
    }

    /** Skips adverbs and prepositional phrases after a verb: "sagte am Montag in Berlin der Minister". */
    private int skipAdverbials(List<Token> tokens, int k, List<EntityMention> entities) {
        int n = tokens.size();
        for (int steps = 0; k < n && steps < 4; steps++) {
            String w = tokens.get(k).text();
            if (ADVERBS.contains(w) || w.equals("sich") || ReportingVerbs.PARTICLES.contains(w) && !w.equals("an")) {
                k++;
                continue;
            }
            if ((PREPOSITIONS.contains(w) || w.equals("gegenüber")) && !w.equals("von") && k + 1 < n) {
                SpeakerPhrases.Phrase p = phrases.at(tokens, k + 1, entities);
                if (p == null) {
                    return k;
                }
                k = p.headEnd();
                continue;
            }
            break;
        }
        return k;
    }

    /** The role word of a speaker phrase ("Verteidigungsminister"), or {@code null}. */
    private String roleOf(String text, List<Token> tokens, SpeakerPhrases.Phrase p, EntityMention m) {
        for (int k = p.first(); k < p.headEnd(); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() && lexicon.isPersonCue(t.text()) && !lexicon.isFirstName(t.text())) {
                return t.text();
            }
        }
        return SpeakerPhrases.isPronoun(m.text()) ? null : roleBefore(text, m);
    }

    /** "der Minister", "die Sprecherin": a role noun after an article resolves to the preceding person. */
    private EntityMention roleNoun(String text, List<EntityMention> entities, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k > 0 && DETERMINERS.contains(tokens.get(k - 1).text()) && lexicon.isPersonCue(t.text())
                && Character.isUpperCase(t.text().charAt(0)) && !lexicon.isFirstName(t.text())) {
            boolean nameFollows = k + 1 < tokens.size() && entityAt(entities, tokens.get(k + 1).start()) != null;
            if (!nameFollows) {
                return precedingPerson(entities, t.start());
            }
        }
        return null;
    }

    private static EntityMention precedingPerson(List<EntityMention> entities, int offset) {
        EntityMention best = null;
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && e.end() <= offset) {
                best = e;
            }
        }
        return best;
    }

    private static EntityMention entityAt(List<EntityMention> entities, int start) {
        for (EntityMention e : entities) {
            if (e.start() == start) {
                return e;
            }
        }
        return null;
    }

    private static EntityMention entityEndingAt(List<EntityMention> entities, int end) {
        for (EntityMention e : entities) {
            if (e.end() == end) {
                return e;
            }
        }
        return null;
    }

    private String roleBefore(String text, EntityMention e) {
        if (lexicon.isPersonCue(e.text()) && Character.isUpperCase(e.text().charAt(0))) {
            return e.text(); // the stand-in is the role itself: "der Minister"
        }
        int p = e.start();
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        int q = p;
        while (q > 0 && !Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        String word = text.substring(q, p);
        if (!word.isEmpty() && lexicon.isPersonCue(word) && Character.isUpperCase(word.charAt(0))) {
            return word;
        }
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            // English: "county council leader Jane Roe"
            String role = english.roleBefore(tokenizer.tokenize(text, Math.max(0, e.start() - 80), e.start()));
            if (role != null) {
                return role;
            }
        }
        // "Adrienne Watson, Sprecherin des …"
        int r = e.end();
        if (r + 2 < text.length() && text.charAt(r) == ',') {
            List<Token> after = tokenizer.tokenize(text, r + 1, Math.min(text.length(), r + 40));
            if (!after.isEmpty() && lexicon.isPersonCue(after.get(0).text()) && after.get(0).isCapitalised()) {
                return after.get(0).text();
            }
        }
        return null;
    }

    /** A news agency or outlet named in [from, to), other than at {@code except}: the channel of the quote. */
    private String via(List<EntityMention> entities, int from, int to, int except) {
        for (EntityMention e : entities) {
            if (e.start() >= from && e.end() <= to && e.start() != except) {
                GazetteerEntry g = gazetteer.lookup(e.text());
                if (g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)) {
                    return g.canonical();
                }
            }
        }
        return null;
    }

    private void indirect(String text, Sentence s, List<EntityMention> entities, List<Quote> out) {
        List<Token> t = tokenizer.tokenize(text, s.start(), s.end());
        int before = out.size();
        reportedClause(text, s, t, entities, out);
        found(out, before, "reported-clause");
        if (out.size() == before) {
            attributedStatement(text, s, t, entities, out);
            found(out, before, "source-cue");
        }
        if (out.size() == before) {
            reportedAct(text, s, t, entities, out);
            found(out, before, "speech-act");
        }
    }

    /**
     * "S. Das teilte der Senat mit." / "S, das bestätigte die Polizei.": a pronoun that points back at a statement
     * and a reporting verb make that statement the subject's. The statement is the sentence before (in the same
     * paragraph and holding no quote) or the clause before the comma.
     */
    private void confirmedBefore(String text, List<Sentence> sentences, List<EntityMention> entities,
                                 List<Quote> out) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> t = tokenizer.tokenize(text, s.start(), s.end());
            int last = t.size();
            while (last > 0 && !t.get(last - 1).isWord()) {
                last--;
            }
            int pointer = -1;
            for (int k = 0; k + 2 < last; k++) {
                boolean opens = k == 0 || t.get(k - 1).text().equals(",");
                if (opens && Set.of("Das", "Dies", "das", "dies", "Dieses").contains(t.get(k).text())) {
                    pointer = k;
                }
            }
            if (pointer < 0 || last - pointer > 14) {
                continue;
            }
            int v = pointer + 1;
            if (v < last && AUXILIARIES.contains(t.get(v).text())) {
                v++; // "Das hat die Polizei mitgeteilt"
            }
            ReportingVerbs.Form f = ReportingVerbs.form(t.get(v).text());
            boolean participleLast = v > pointer + 1 && ReportingVerbs.form(t.get(last - 1).text()) != null;
            if (f == null && !participleLast || f != null && (f.belief() || EnglishSpeakers.isVerb(t.get(v).text())
                    || !f.particle().isEmpty() && !f.isParticle(t.get(last - 1).text()))) {
                continue;
            }
            int j = skipAdverbials(t, v + 1, entities);
            SpeakerPhrases.Phrase p = j < last ? phrases.at(t, j, entities) : null;
            if (p == null || !isSpeakerLike(t, p, entities) && !SpeakerPhrases.isPronoun(t.get(j).text())) {
                continue;
            }
            EntityMention m = phrases.mention(text, t, p, entities);
            int start;
            int end;
            if (pointer > 0) {
                start = s.start();
                end = t.get(pointer - 1).start();
            } else {
                if (i == 0 || text.substring(sentences.get(i - 1).end(), s.start()).contains("\n\n")) {
                    continue;
                }
                Sentence before = sentences.get(i - 1);
                List<Token> b = tokenizer.tokenize(text, before.start(), before.end());
                start = afterDateline(b, before.start(), b.size()); // "Hamburg (Nordpress) – S. Das teilte …"
                end = endOfWords(text, start, before.end());
            }
            final int from = start;
            final int to = end;
            if (out.stream().anyMatch(q -> q.start() < to && from < q.end())) {
                continue;
            }
            addIndirect(text, start, end, new Attribution(m, roleOf(text, t, p, m),
                    via(entities, s.start(), s.end(), m.start()), true), out);
        }
    }

    /**
     * A sentence that reports a speech act without its words: "Die Gewerkschaft wertet die Einigung als Erfolg.",
     * "Auch das Außenministerium kritisierte den Anschlag.", "So riet die Politikerin dem Minister zu mehr
     * Zurückhaltung." The whole sentence is the reported statement and the verb's subject its speaker. The subject
     * must open the sentence (after at most a focus word such as "Auch") or follow the verb in second place, and
     * must name a person or organisation, hold a role noun, or be a personal pronoun; a separable verb needs its
     * particle at the end ("kündigte … an"). Sentences holding a quote are left alone.
     */
    private void reportedAct(String text, Sentence s, List<Token> t, List<EntityMention> entities, List<Quote> out) {
        int n = t.size();
        if (n < 5 || out.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end())
                || t.stream().anyMatch(x -> "„“”\"»«?".contains(x.text()))) {
            return;
        }
        int last = n;
        while (last > 0 && !t.get(last - 1).isWord()) {
            last--;
        }
        int k = FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
        SpeakerPhrases.Phrase subject = null;
        int verb = -1;
        SpeakerPhrases.Phrase opening = phrases.at(t, k, entities);
        if (opening != null && opening.last() < n) {
            int v = opening.last();
            if (v < n && t.get(v).text().equals(",") && v > opening.headEnd()) {
                v++; // "Der CSU-Vorsitzende, Edmund Stoiber, warf …"
            }
            while (v < n && SpeakerPhrases.isClauseAdverb(t.get(v).text())) {
                v++;
            }
            if (v < n && isActVerb(t, v, last)) {
                subject = opening;
                verb = v;
            }
        }
        if (subject == null && !Set.of("Dies", "Das", "Dieses", "Diese", "Dem", "Den", "Es").contains(t.get(0).text())) {
            // V2: "So riet die Politikerin …", "Dabei erhoffen sich die Initiatoren …"; not "Dies bestätigte X"
            int reach = PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT)) ? 12 : 5;
            for (int v = 1; v <= Math.min(reach, n - 2); v++) {
                if (t.get(v).text().equals(",")) {
                    break;
                }
                if (!isActVerb(t, v, last) || t.get(v - 1).text().equals(",")) {
                    continue;
                }
                int j = skipAdverbials(t, v + 1, entities);
                SpeakerPhrases.Phrase p = j < n ? phrases.at(t, j, entities) : null;
                if (p != null && !Set.of("den", "dem", "einen", "einem", "ihn", "ihm", "ihr", "ihnen")
                        .contains(t.get(j).text())) {
                    subject = p;
                    verb = v;
                }
                break;
            }
        }
        if (subject == null || t.get(verb).text().startsWith("äußer") || t.stream().filter(Token::isWord).count() < 6) {
            return; // "Ebenso äußerte sich X": a speech act with nothing reported
        }
        boolean pronoun = subject.last() - subject.first() == 1 && SpeakerPhrases.isPronoun(t.get(subject.first()).text());
        if (!pronoun && !isSpeakerLike(t, subject, entities)) {
            return;
        }
        EntityMention m = phrases.mention(text, t, subject, entities);
        int start = t.get(0).start();
        int end = t.get(last - 1).end();
        add(text, start, end, new Attribution(m, pronoun ? null : roleOf(text, t, subject, m),
                via(entities, s.start(), s.end(), m.start()), true), Quote.Kind.REPORTED, out);
    }

    /**
     * The subject of a main clause whose participle stands far behind its auxiliary: the phrase before the auxiliary
     * ("Nordkorea hat Russland … unterstützt und betont, dass …") or, after an adverbial, the phrase right after it
     * ("Gleichzeitig hat Nordkorea … gewarnt, dass …"), when it names a person, organisation or country or holds a
     * role noun. {@code null} otherwise.
     */
    private EntityMention subjectAfterAuxiliary(String text, List<EntityMention> entities, List<Token> t, int v) {
        for (int a = 1; a < Math.min(v, 8); a++) {
            if (t.get(a).text().equals(",")) {
                return null;
            }
            if (!AUXILIARIES.contains(t.get(a).text())) {
                continue;
            }
            SpeakerPhrases.Phrase front = phrases.at(t, 0, entities);
            if (front != null && front.last() == a) {
                // "Nordkorea hat Russland … unterstützt und betont, dass …": the phrase before the auxiliary is the
                // subject, the one after it an object
                EntityMention m = phrases.mention(text, t, front, entities);
                return m.type() == EntityType.LOCATION || isSpeakerLike(t, front, entities) ? m : null;
            }
            SpeakerPhrases.Phrase p = phrases.at(t, a + 1, entities);
            if (p == null || p.last() > v || SpeakerPhrases.isPronoun(t.get(p.first()).text())) {
                return null;
            }
            EntityMention m = phrases.mention(text, t, p, entities);
            boolean country = m.type() == EntityType.LOCATION;
            // "Im Juni hatte die Bischofskonferenz beschlossen, …": a nominative article after the fronted adverbial
            boolean nominative = Set.of("der", "die", "das", "ein", "eine").contains(t.get(p.first()).text())
                    && ReportingVerbs.form(t.get(v).text()) != null && p.last() < v
                    && (hasPersonNoun(t, p) || isRoleNoun(t.get(p.headEnd() - 1)) || isInstitution(t.get(p.headEnd() - 1)));
            return country || nominative || isSpeakerLike(t, p, entities) ? m : null;
        }
        return null;
    }

    /**
     * Whether the name at {@code t[first]} stands in a phrase after "gegenüber" ("Gegenüber der Nachrichtenagentur
     * „Associated Press“ sagte …"): an addressee, not the speaker.
     */
    private static boolean governedByPreposition(List<Token> t, int first) {
        for (int j = first - 1; j >= 0 && j >= first - 4; j--) {
            String w = t.get(j).text();
            if (w.equalsIgnoreCase("gegenüber")) {
                return true;
            }
            if (!("„\"»".contains(w) || t.get(j).isCapitalised() || SpeakerPhrases.isDeterminer(w))) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "(ge|vorge|zuge|an|ab|auf|aus|hinge|be).*(t|en)");

    /** Whether a word looks like the participle of a passive report: "vorgeworfen", "aufgefordert". */
    private static boolean isParticiple(String word) {
        return PARTICIPLE.matcher(word).matches();
    }

    /** Whether the participle at {@code t[v]} forms a passive with an auxiliary before it ("wird … vorgeworfen"). */
    private static boolean isPassive(List<Token> t, int v) {
        if (!isParticiple(t.get(v).text())) {
            return false;
        }
        for (int k = v - 1; k >= Math.max(0, v - 8); k--) {
            if (PASSIVE.contains(t.get(k).text())) {
                return true;
            }
            if (t.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause of the verb at {@code t[v]} has "es" as its subject: "in dem es nur 26 Fouls gab". */
    private static boolean existential(List<Token> t, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 8; k--) {
            if (t.get(k).text().equals("es")) {
                return true;
            }
            if (t.get(k).text().equals(",")) {
                return false;
            }
        }
        return v + 1 < t.size() && t.get(v + 1).text().equals("es");
    }

    /** Whether a particle of form {@code f} follows its verb at {@code pre[v]} in the same clause, before or after the quote. */
    private static boolean particleFollows(ReportingVerbs.Form f, List<Token> pre, int v, List<Token> post) {
        for (int k = v + 1; k < pre.size(); k++) {
            if (f.isParticle(pre.get(k).text())) {
                return true;
            }
            if (pre.get(k).text().equals(",") || pre.get(k).text().equals(".")) {
                return false;
            }
        }
        for (Token t : post) {
            if (f.isParticle(t.text())) {
                return true;
            }
            if (t.text().equals(",") || t.text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at {@code t[v]} closes a clause opening the sentence with "wie" ("Denn wie X mitteilte"). */
    private static boolean openingWieClause(List<Token> t, int v) {
        int w = !t.isEmpty() && t.get(0).text().equals("Wie") ? 0
                : t.size() > 1 && OPENING_CONJUNCTIONS.contains(t.get(0).text()) && t.get(1).text().equals("wie") ? 1 : -1;
        if (w < 0 || v <= w) {
            return false;
        }
        for (int k = w + 1; k < v; k++) {
            if (t.get(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word is the infinitive with "zu" of a separable verb, written as one word ("zurückzutreten",
     * "anzubieten"): the word list has it without the "zu" ("zurücktreten").
     */
    private boolean isZuInfinitive(String w) {
        int zu = w.indexOf("zu", 2);
        return zu > 0 && (w.endsWith("en") || w.endsWith("eln") || w.endsWith("ern")) && Character.isLowerCase(w.charAt(0))
                && w.length() > zu + 4
                && lexicon.isKnownWord(w.substring(0, zu) + w.substring(zu + 2));
    }

    /** Verbs of speaking about something that take a quoted word or phrase: "sprach von „…“", "warnte vor „…“". */
    private static final Set<String> SPEAKING_OF = AttributionLexicon.standard().forms(AttributionLexicon.Frame.SPEAKING_OF);

    /** Whether a word is a finite verb of a speech act that may carry a short quote as its object. */
    private static boolean isSpeechActVerb(String w) {
        return SPEAKING_OF.contains(w) || ACT_VERBS.contains(w) && !w.startsWith("erwart") && !w.startsWith("erhoff")
                || ACT_PARTICLES.containsKey(w) && !w.startsWith("gab") && !w.startsWith("gib");
    }

    /** Whether {@code t[v]} is a finite verb reporting a speech act, with its particle where it has one. */
    private static boolean isActVerb(List<Token> t, int v, int last) {
        String w = t.get(v).text();
        if (!t.get(v).isLowerCase()) {
            return false;
        }
        int clauseEnd = last;
        for (int k = v + 1; k < last; k++) {
            if (t.get(k).text().equals(",")) {
                clauseEnd = k; // "Die USA lehnten den Satz ab, während …": the particle closes the clause
                break;
            }
        }
        if (SPEAKING_OF.contains(w) && !w.startsWith("n") && !w.startsWith("kritis")) {
            for (int k = v + 1; k < Math.min(clauseEnd, v + 7); k++) {
                if (Set.of("von", "vom", "vor").contains(t.get(k).text())) {
                    return true; // "sprach (trotz der Kritik) von einer freien Wahl", "warnte vor den Folgen"
                }
            }
        }
        String particle = ACT_PARTICLES.get(w);
        if (particle != null) {
            return clauseEnd > v + 1 && t.get(clauseEnd - 1).text().equals(particle);
        }
        ReportingVerbs.Form f = ReportingVerbs.form(w);
        if (f == null && !ACT_VERBS.contains(w) || EnglishSpeakers.isVerb(w)) {
            return false;
        }
        return f == null || f.particle().isEmpty() || last > v + 1 && f.isParticle(t.get(last - 1).text());
    }

    /**
     * "Laut X …", "Nach Angaben des X …", "X zufolge …", "Wie X mitteilte, …", "According to X, …", "Demnach …": the
     * sentence is a statement attributed to X. The quote is the sentence without the attribution phrase when that
     * phrase opens it, else the whole sentence. The speaker mention is the phrase after the cue ("Angaben der
     * Polizei"), its name the source it names ("Polizei"); "demnach" and "danach" stand for the previous quote's
     * speaker, resolved later.
     */
    private void attributedStatement(String text, Sentence s, List<Token> t, List<EntityMention> entities,
                                     List<Quote> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            int phraseFrom;
            int phraseTo;
            SpeakerPhrases.Phrase p = null;
            EntityMention speaker = null;
            if ((w.equals("demnach") || w.equals("danach")) && i == 0) {
                phraseFrom = 0;
                phraseTo = 1;
                Token d = t.get(0);
                speaker = new EntityMention(d.text(), ANAPHOR, EntityType.OTHER, d.start(), d.end());
            } else if (w.equals("wie") && (i == 0 || i == 1 && OPENING_CONJUNCTIONS.contains(t.get(0).text())
                    || i > 3 && t.get(i - 1).text().equals(","))) {
                // "Wie die Polizei mitteilte, S" / "Denn wie X berichtete, S" / "S, wie X berichtete."
                boolean trailing = i > 1;
                int comma = -1;
                for (int k = i + 1; k < Math.min(n, i + 16); k++) {
                    if (t.get(k).text().equals(",")) {
                        comma = k;
                        break;
                    }
                }
                if (trailing) {
                    if (comma >= 0) {
                        continue;
                    }
                    comma = n;
                    while (comma > i + 1 && !t.get(comma - 1).isWord()) {
                        comma--;
                    }
                }
                ReportingVerbs.Form f = comma > i + 1 ? ReportingVerbs.form(t.get(comma - 1).text()) : null;
                if (f == null || f.belief() || !f.particle().isEmpty() && !f.isParticle(t.get(comma - 2).text())) {
                    if (trailing) {
                        continue;
                    }
                    return;
                }
                int verb = f.particle().isEmpty() ? comma - 1 : comma - 2;
                p = phrases.endingAt(t, verb, entities);
                if (p == null || p.first() <= i) {
                    SpeakerPhrases.Phrase q = phrases.at(t, skipAdverbials(t, i + 1, entities), entities);
                    p = q != null && q.last() <= verb ? q : null;
                }
                if (p == null) {
                    if (trailing) {
                        continue;
                    }
                    return;
                }
                if (trailing) {
                    EntityMention m = sourceOf(text, t, p, phrases.mention(text, t, p, entities), entities);
                    int end = t.get(i - 1).start();
                    if (!ANAPHOR_UNKNOWN.equals(m.name()) && m.type() != EntityType.LOCATION
                            && !coveredByDirectQuote(text, out, s.start(), end)) {
                        addIndirect(text, s.start(), end, new Attribution(m, roleOf(text, t, p, m),
                                via(entities, s.start(), s.end(), m.start()), true), out);
                    }
                    return;
                }
                phraseFrom = 0;
                phraseTo = comma + 1;
            } else if (w.equals("laut") || w.equals("gemäß")
                    || w.equals("according") && i + 1 < n && t.get(i + 1).text().equals("to")) {
                phraseFrom = i;
                int k = i + (w.equals("according") ? 2 : 1);
                p = phrases.at(t, k, entities);
                phraseTo = p == null ? Math.min(n, k + 4) : p.last();
            } else if (w.equals("nach") && i + 1 < n && (isSourceNoun(headNoun(t, i + 1)) || i == 0
                    && RULING_ENDINGS.stream().anyMatch(headNoun(t, i + 1).toLowerCase(Locale.ROOT)::endsWith))
                    && (i == 0 || !TIME_BEFORE_NACH.contains(t.get(i - 1).text()))) {
                phraseFrom = i;
                p = phrases.at(t, i + 1, entities);
                phraseTo = p == null ? Math.min(n, i + 6) : p.last();
            } else if (w.equals("nach") && i > 0 && POSTPOSED_NACH.contains(t.get(i - 1).text())
                    && phraseBefore(t, i, entities) != null) {
                // "Seiner Ansicht nach …": "nach" after its noun
                p = phraseBefore(t, i, entities);
                phraseFrom = p.first();
                phraseTo = i + 1;
            } else if (w.equals("zufolge") && i > 0) {
                p = phrases.endingAt(t, i, entities);
                if (p == null) {
                    p = phraseBefore(t, i, entities);
                }
                phraseFrom = p == null ? Math.max(0, i - 4) : p.first();
                phraseTo = i + 1;
            } else {
                continue;
            }
            if (p != null) {
                speaker = phrases.mention(text, t, p, entities);
                speaker = sourceOf(text, t, p, speaker, entities);
                if (ANAPHOR_UNKNOWN.equals(speaker.name()) && t.get(p.first()).text().startsWith("eigen")) {
                    speaker = ownSource(text, t, phraseFrom, phraseTo, speaker, entities);
                } else if (ANAPHOR_UNKNOWN.equals(speaker.name())) {
                    speaker = anonymousSource(t, p, speaker);
                }
            }
            if (speaker != null && speaker.type() == EntityType.LOCATION) {
                speaker = null;
            }
            if (phraseTo > n) {
                return;
            }
            int start = s.start();
            int end = s.end();
            if (phraseFrom <= 1 && phraseTo < n) {
                start = t.get(phraseTo).start(); // "Laut NYT würde …": the statement follows the source
            }
            int[] clause = phraseFrom > 1 ? relativeClause(t, phraseFrom) : null;
            if (clause != null) {
                // "Der Besuch, der laut dem Kreml bald stattfinden soll, folgte auf …": only the clause is the Kremlin's
                start = t.get(clause[0]).start();
                end = t.get(clause[1] - 1).end();
            }
            while (end > start && ".!?:;… ".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
                start++;
            }
            final int from = start;
            final int to = end;
            long words = t.stream().filter(x -> x.isWord() && x.start() >= from && x.end() <= to).count();
            if (end - start < 15 || words < 4 || coveredByDirectQuote(text, out, start, end)) {
                return;
            }
            Attribution a = new Attribution(speaker, null,
                    speaker == null ? via(entities, s.start(), s.end(), -1) : null, true);
            addIndirect(text, start, end, a, out);
            return;
        }
    }

    /**
     * The noun phrase right before a postposition at {@code t[i]} ("zufolge"), wherever it stands in the sentence:
     * "starben behördlichen Angaben zufolge", "hätte den Beobachtern zufolge", "Dem Sender al-Dschasira zufolge". A
     * found name or up to three capitalised words, adjectives before them (by their endings: "offiziellen",
     * "ersten", "chinesischen") and a determiner. {@code null} when no capitalised word stands before {@code i}.
     */
    private static SpeakerPhrases.Phrase phraseBefore(List<Token> t, int i, List<EntityMention> entities) {
        int h = i;
        while (h > 0 && i - h < 4) {
            Token x = t.get(h - 1);
            EntityMention e = entityEndingAt(entities, x.end());
            if (e != null) {
                while (h > 0 && t.get(h - 1).end() > e.start()) {
                    h--;
                }
                continue;
            }
            if (!x.isWord() || !x.isCapitalised() && !x.text().matches("\\p{Ll}{1,3}-\\p{Lu}.*")) {
                break; // "al-Dschasira" is a name
            }
            h--;
        }
        if (h == i) {
            return null;
        }
        int modifiers = 0;
        while (h > 0 && modifiers < 2 && t.get(h - 1).isLowerCase()
                && (t.get(h - 1).text().matches(".*(isch|lich|ig|ell|al|iv|är|st|ten|en|er)(e|en|em|er|es)")
                || h > 1 && SpeakerPhrases.isDeterminer(t.get(h - 2).text()) && t.get(h - 1).text().endsWith("en")
                && !SpeakerPhrases.isDeterminer(t.get(h - 1).text()))) {
            h--; // "offiziellen Angaben", "einen hohen Beamten"
            modifiers++;
        }
        if (h > 0 && SpeakerPhrases.isDeterminer(t.get(h - 1).text())) {
            h--;
        }
        return new SpeakerPhrases.Phrase(h, i, i);
    }

    /** Whether a noun after "nach" makes a source cue: "Angaben", "Ermittlungen", "UNHCR-Angaben", "Polizeiberichten". */
    private static boolean isSourceNoun(String head) {
        if (SOURCE_NOUNS.contains(head)) {
            return true;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(head.isEmpty() ? 'a' : head.charAt(0)) && SOURCE_COMPOUND_ENDINGS.stream()
                .anyMatch(lower::endsWith);
    }

    /**
     * The relative clause set off by commas around {@code t[k]} (", der … k … ,") as token indices {@code [from, to)}
     * from the relative pronoun to before the closing comma, or {@code null} when {@code t[k]} stands in none.
     */
    private static int[] relativeClause(List<Token> t, int k) {
        int open = -1;
        for (int j = k - 1; j >= 0; j--) {
            if (t.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 0 || open + 1 >= k || !Set.of("der", "die", "das", "dessen", "deren", "welcher", "welche",
                "welches", "denen", "dem", "den").contains(t.get(open + 1).text())) {
            return null;
        }
        for (int j = k + 1; j < t.size(); j++) {
            if (t.get(j).text().equals(",")) {
                return new int[] {open + 1, j};
            }
        }
        return null;
    }

    /**
     * The head noun of the phrase at {@code tokens[k]} after any determiner and modifiers; after a genitive name
     * ("Grupps Meinung") the noun that follows it.
     */
    private static String headNoun(List<Token> tokens, int k) {
        while (k < tokens.size() - 1 && SpeakerPhrases.isDeterminer(tokens.get(k).text())) {
            k++; // "Seiner Ansicht": a capitalised determiner opening the sentence is no noun
        }
        for (int j = k; j < Math.min(tokens.size(), k + 4); j++) {
            if (tokens.get(j).isCapitalised()) {
                String w = tokens.get(j).text();
                if (j == k && w.endsWith("s") && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()
                        && SOURCE_NOUNS.contains(tokens.get(j + 1).text())) {
                    return tokens.get(j + 1).text();
                }
                return w;
            }
        }
        return "";
    }

    /**
     * "Angaben der Polizei", "einem Bericht der NYT": the source is the attachment, not the report. A report noun
     * without an attachment ("eigenen Angaben") names no one: its mention stays, its name is left unknown.
     */
    private EntityMention sourceOf(String text, List<Token> t, SpeakerPhrases.Phrase p, EntityMention m,
                                   List<EntityMention> entities) {
        String head = headNoun(t, p.first());
        if (!isSourceNoun(head)) {
            return m;
        }
        if (p.headEnd() >= p.last()) {
            String source = compoundSource(head);
            return source == null ? new EntityMention(m.text(), ANAPHOR_UNKNOWN, EntityType.OTHER, m.start(), m.end())
                    : new EntityMention(m.text(), source, EntityType.ORGANIZATION, m.start(), m.end());
        }
        int k = p.headEnd();
        if (SpeakerPhrases.isDeterminer(t.get(k).text()) || t.get(k).text().equals("von")) {
            k++;
        }
        if (k < p.last() && SpeakerPhrases.isDeterminer(t.get(k).text())) {
            k++;
        }
        int from = t.get(Math.min(k, p.last() - 1)).start();
        for (EntityMention e : entities) {
            if (e.start() >= from && e.end() <= m.end() && e.type() != EntityType.LOCATION) {
                return new EntityMention(m.text(), e.name(), e.type(), m.start(), m.end());
            }
        }
        return new EntityMention(m.text(), text.substring(from, m.end()), EntityType.ORGANIZATION, m.start(), m.end());
    }

    /**
     * A report noun that names no one ("nach ersten Angaben", "offiziellen Angaben zufolge", "laut einer Umfrage") is
     * an anonymous source: the phrase itself, without its determiner, is its name, so that a reader sees what the
     * statement rests on. A bare report noun ("den Angaben zufolge") refers back to a source named before and stays
     * unresolved.
     */
    private static EntityMention anonymousSource(List<Token> t, SpeakerPhrases.Phrase p, EntityMention cue) {
        Token first = t.get(p.first());
        String owner = possessiveOwner(first.text());
        if (owner != null) {
            // "Seiner Ansicht nach": the owner is the source, a pronoun resolved like "er"
            return new EntityMention(first.text(), owner, EntityType.PERSON, first.start(), first.end());
        }
        int k = p.first();
        while (k < p.last() && SpeakerPhrases.isDeterminer(t.get(k).text())) {
            k++;
        }
        if (k >= p.last()) {
            return cue;
        }
        Token last = t.get(p.last() - 1);
        if (p.last() - k >= 2 && isSourceNoun(t.get(p.last() - 2).text()) && last.text().length() > 3
                && last.text().endsWith("s") && !last.text().endsWith("ss")) {
            // "Nach Angaben Ibrahims": a genitive name after the report noun
            String name = last.text().substring(0, last.text().length() - 1);
            return new EntityMention(cue.text(), name, EntityType.PERSON, cue.start(), cue.end());
        }
        return new EntityMention(cue.text(), nominative(cue, t, k, p.last()), EntityType.OTHER, cue.start(),
                cue.end());
    }

    /**
     * A source phrase as a reader names it, in the nominative: "nach ersten Schätzungen" gives "Erste Schätzungen",
     * "offiziellen Angaben zufolge" "Offizielle Angaben", "Berichten zufolge" "Berichte". Only the plural of report
     * nouns is rewritten (dative "-en" of modifiers and of "Berichten", "Kreisen"); other phrases keep their words,
     * capitalised.
     */
    private static String nominative(EntityMention cue, List<Token> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        String head = t.get(to - 1).text();
        boolean plural = head.endsWith("en") || head.endsWith("ern");
        int at = t.get(from).start();
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            out.append(cue.text(), at - cue.start(), x.start() - cue.start());
            String w = x.text();
            if (plural && k < to - 1 && x.isLowerCase() && w.endsWith("en")) {
                w = w.substring(0, w.length() - 1); // "ersten" → "erste"
            }
            if (k == to - 1 && (w.endsWith("berichten") || w.endsWith("Berichten") || w.endsWith("kreisen")
                    || w.endsWith("Kreisen"))) {
                w = w.substring(0, w.length() - 1); // "Medienberichten" → "Medienberichte"
            }
            out.append(w);
            at = x.end();
        }
        String name = out.toString().replace('\n', ' ');
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The personal pronoun a possessive stands for ("seiner" gives "er", "ihrer" "sie"), or {@code null}. */
    static String possessiveOwner(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches("sein(e|er|em|en|es)?")) {
            return "er";
        }
        return lower.matches("ihr(e|er|em|en|es)?") ? "sie" : null;
    }

    /**
     * "Nach eigenen Angaben hat das Unternehmen …", "Tesla will nach eigenen Angaben …": the sentence's subject is
     * the source. Its name goes with the mention "eigenen Angaben"; the mention stays unresolved when the subject is
     * a pronoun or no phrase.
     */
    private EntityMention ownSource(String text, List<Token> t, int cueFrom, int cueTo, EntityMention cue,
                                    List<EntityMention> entities) {
        SpeakerPhrases.Phrase subject;
        if (cueFrom == 0) {
            subject = cueTo + 1 < t.size() ? phrases.at(t, skipAdverbials(t, cueTo + 1, entities), entities) : null;
        } else {
            subject = phrases.at(t, 0, entities);
            if (subject != null && subject.last() >= cueFrom) {
                subject = null;
            }
        }
        if (subject == null || subject.last() - subject.first() == 1
                && SpeakerPhrases.isPronoun(t.get(subject.first()).text())) {
            return cue;
        }
        EntityMention m = phrases.mention(text, t, subject, entities);
        return new EntityMention(cue.text(), m.name(), m.type(), cue.start(), cue.end());
    }

    /**
     * The source a compound report noun names in its first part: "Polizeiangaben" gives "Polizei", "UNO-Angaben"
     * "UNO", "Regierungsangaben" "Regierung", "Medienberichten" "Medien"; {@code null} for a plain report noun.
     */
    static String compoundSource(String head) {
        for (String report : List.of("angaben", "berichten", "informationen", "kreisen")) {
            String lower = head.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(report) || head.length() - report.length() < 3) {
                continue;
            }
            String first = head.substring(0, head.length() - report.length());
            if (first.endsWith("-")) {
                first = first.substring(0, first.length() - 1);
            } else if (first.endsWith("s") && first.matches(".*(ung|ion|tät|heit|keit|schaft)s")) {
                first = first.substring(0, first.length() - 1); // the linking s: "Regierungsangaben"
            }
            return first.length() >= 3 && Character.isUpperCase(first.charAt(0)) ? first : null;
        }
        return null;
    }

    private void reportedClause(String text, Sentence s, List<Token> t, List<EntityMention> entities,
                                List<Quote> out) {
        int n = t.size();
        for (int v = 0; v < n; v++) {
            String verb = t.get(v).text();
            boolean fronted = v > 0 && t.get(v - 1).text().equals(",");
            if (insideDirectQuote(out, t.get(v))) {
                continue; // a verb among the quoted words reports nothing
            }
            if (EnglishSpeakers.isVerb(verb) && v > 0 && englishReport(text, s, t, v, entities, out)) {
                return;
            }
            if (!fronted && isEnglishClauseFirst(verb)) {
                // English: "S, the New York Times reported" / "S, officials said"
                for (int k = v - 1; k >= Math.max(4, v - 6); k--) {
                    if (t.get(k).text().equals(",")) {
                        if (inDirectQuote(out, s.start(), t.get(k).start())
                                || QuotationMarks.find(text.substring(s.start(), t.get(k).end())).size() > 0
                                || "\"“”„".indexOf(text.charAt(t.get(k).end() < text.length() ? t.get(k).end() : 0)) >= 0) {
                            break; // a direct quote, already taken
                        }
                        EntityMention subject = beforeVerb(text, entities, t, v);
                        addIndirect(text, afterDateline(t, s.start(), k), t.get(k).start(),
                                new Attribution(subject, subject == null ? null : roleBefore(text, subject),
                                        via(entities, t.get(k).start(), s.end(), subject == null ? -1 : subject.start()),
                                        true), out);
                        return;
                    }
                }
            }
            SpeakerPhrases.Phrase opening = fronted ? phrases.at(t, 0, entities) : null;
            if (opening != null && !verb.equals("so")
                    && (opening.last() >= v - 1 || t.get(opening.last()).text().equals(","))) {
                // "Ein Sprecher der Polizei, Lars Brenner, sagte …", "X, der Justizminister, sagte …", "Die
                // Organisation, die … ausübt, erklärte …": the subject with its apposition, not a statement
                fronted = false;
            }
            if (fronted && (INDIRECT_VERBS.contains(verb) || verb.equals("so")) && v >= 4) {
                // "S, berichtete X." / "S, so die Beamten.": the reported clause comes first.
                int end = t.get(v - 1).start();
                int start = s.start();
                if (coveredByDirectQuote(text, out, start, end)) {
                    continue;
                }

                Attribution a = relayed(text, t, v, entities, afterVerb(text, entities, t, v, start));
                String via = via(entities, t.get(v).start(), s.end(), -1);
                a = a == null ? new Attribution(null, null, via, true) : a;
                addIndirect(text, start, end, a, out);
                return;
            }
            if (EnglishSpeakers.isVerb(verb)) {
                continue; // English reports are read by englishReport and the clause-first rules above
            }
            ReportingVerbs.Form form = ReportingVerbs.form(verb);
            int sv = v; // the verb whose subject speaks
            if (form == null && stanceVerb(t, v) >= 0) {
                sv = stanceVerb(t, v); // "Die Experten kamen zu dem Ergebnis, dass …", "X ist der Ansicht, dass …"
                form = STANCE;
            }
            boolean heisst = verb.equals("hieß") || verb.equals("heißt");
            if (form == null && !heisst || v == 0 && !heisst || CITE_VERBS.contains(verb)) {
                continue;
            }
            if (openingWieClause(t, v)) {
                continue; // "Wie die Behörde mitteilte, ist es …": a source cue, read by attributedStatement
            }
            if (Set.of("bat", "baten", "gebeten").contains(verb) && indexOf(t, "um", Math.max(0, v - 10), v) >= 0) {
                continue; // "Kim habe Schoigu um einen Besuch gebeten, dieser habe …": the request is told whole
            }
            boolean particleSeen = form == null || form.particle().isEmpty();
            int comma = -1;
            for (int k = v + 1; k < Math.min(n, v + 14); k++) {
                String w = t.get(k).text();
                if (w.equals(",") || w.equals(":")) {
                    comma = k;
                    break;
                }
                if (w.equals(".") || w.equals("„") || w.equals("\"") || w.equals("“")) {
                    break;
                }
                if (form != null && form.isParticle(w)) {
                    particleSeen = true;
                }
                if ((w.equals("that") || w.equals("dass")) && (k == v + 1 || particleSeen && k > v + 1
                        && form != null && form.isParticle(t.get(k - 1).text()))) {
                    comma = k - 1;
                    break;
                }
            }
            if (!particleSeen) {
                continue;
            }
            if (comma > 0 && t.get(comma).text().equals(",")) {
                comma = pastApposition(t, comma);
            }
            if (comma < 0) {
                if (isEnglishClauseStart(t, v + 1)) {
                    comma = v;
                } else {
                    continue;
                }
            }
            int c = comma + 1;
            if (c >= n) {
                continue;
            }
            boolean dass = Set.of("dass", "that", "wonach", "ob").contains(t.get(c).text());
            int contentFrom = dass ? c + 1 : c;
            if (contentFrom >= n || comma == v + 1 && ReportingVerbs.form(t.get(contentFrom).text()) != null) {
                continue; // "Marrek, die den Landrat kritisierte, sagte, …": the comma closes a relative clause
            }
            boolean konjunktiv = false;
            int contentEnd = n;
            for (int k = contentFrom; k < n; k++) {
                if (KONJUNKTIV.contains(t.get(k).text())
                        || isKonjunktivI(t, k)) {
                    konjunktiv = true;
                }
            }
            boolean english = verb.matches("[a-z]+ed|said|says|told|wrote") && !t.get(contentFrom).text().endsWith("ing");
            boolean infinitive = false;
            for (int k = contentFrom; k + 1 < n && !dass && !english; k++) {
                infinitive |= t.get(k).text().equals("zu") && t.get(k + 1).isLowerCase()
                        && t.get(k + 1).text().matches("\\p{L}{2,}(en|eln|ern)")
                        && (k + 2 >= n || !t.get(k + 2).isWord())
                        || isZuInfinitive(t.get(k).text()) && !t.get(k + 1).isWord();
            }
            if (!dass && !konjunktiv && !english && !(infinitive && form != null && !form.belief())) {
                continue;
            }
            while (contentEnd > contentFrom && !t.get(contentEnd - 1).isWord()
                    && "“\"”«".indexOf(t.get(contentEnd - 1).text().charAt(0)) < 0) {
                contentEnd--;
            }
            if (contentEnd <= contentFrom) {
                continue;
            }
            int start = t.get(contentFrom).start();
            int end = t.get(contentEnd - 1).end();
            if (coveredByDirectQuote(text, out, start, end)) {
                continue;
            }
            String via = via(entities, s.start(), s.end(), -1);
            EntityMention prefield = heisst ? null : beforeVerb(text, entities, t, sv);
            Attribution a = prefield != null ? new Attribution(prefield, roleBefore(text, prefield), via, true)
                    : afterVerb(text, entities, t, sv, start);
            if ((a == null || a.speaker() == null) && heisst) {
                EntityMention from = entityAfterAus(entities, t, v);
                if (from != null) {
                    a = new Attribution(from, null, via, true); // "Aus dem Kreml hieß es, …"
                }
            }
            if (a == null && heisst) {
                a = new Attribution(null, null, via, true);
            } else if (isPassive(t, sv) && prefield == null && (a == null || a.speaker() == null
                    || a.speaker().start() > t.get(sv).start())) {
                // "Kony wird vorgeworfen, …": the one named is charged, not speaking; the agent was sought above
                a = new Attribution(null, null, a == null ? via : a.via(), true);
            } else if (a == null || a.speaker() == null && !heisst) {
                EntityMention subject = beforeVerb(text, entities, t, sv);
                if (subject == null) {
                    subject = appositionSubject(entities, t, sv);
                }
                if (subject == null) {
                    subject = subjectBeforeInsertion(text, entities, t, sv);
                }
                if (subject == null) {
                    subject = subjectAfterAuxiliary(text, entities, t, sv);
                }
                a = subject == null ? new Attribution(null, null, a == null ? via : a.via(), true)
                        : new Attribution(subject, roleBefore(text, subject), via(entities, s.start(), s.end(), subject.start()), true);
            } else if (a.via() == null) {
                a = new Attribution(a.speaker(), a.role(), via, true);
            }
            if (a.speaker() != null && (a.speaker().start() >= start
                    || form == STANCE && a.speaker().end() > t.get(sv).end())) {
                // the "speaker" is inside the reported clause, or is the stance noun itself ("ist der Ansicht")
                a = new Attribution(null, null, a.via(), true);
            }
            a = relayed(text, t, sv, entities, a);
            Token relative = relativePronoun(t, sv);
            if (a.speaker() != null && relative != null && a.speaker().end() <= relative.start()) {
                // "Alice Schwarzer, die den Mut hervorhob, …": the relative pronoun speaks for its antecedent
                a = new Attribution(standIn(a.speaker(), relative), a.role(), a.via(), true)
                        .decidedBy("relative-pronoun");
            }
            addIndirect(text, start, end, a, out);
            return;
        }
    }

    /** An English verb that closes a fronted reported clause: "S, officials said", "S, the Times reported". */
    private static boolean isEnglishClauseFirst(String verb) {
        AttributionLexicon.Verb v = AttributionLexicon.standard().verb(verb);
        return v != null && v.language().equals("en") && v.has(AttributionLexicon.Frame.CLAUSE_FIRST);
    }

    /**
     * English reported speech after the verb at {@code t[v]}: "X said (on Tuesday) (that) S", "X told reporters
     * (that) S", "AGENCY cited X as saying (that) S", with "…, AGENCY reported" closing the sentence as the channel.
     * Without "that" the clause must open like a clause and hold a finite verb ("would", "had"), so that "said X, 67,
     * who …" and "said on Tuesday, April 8" are no reports. Returns whether a quote was added.
     */
    private boolean englishReport(String text, Sentence s, List<Token> t, int v, List<EntityMention> entities,
                                  List<Quote> out) {
        int n = t.size();
        String verb = t.get(v).text();
        int c = v + 1;
        String via = null;
        EnglishSpeakers.Speaker sp = null;
        boolean relay = EnglishSpeakers.RELAY_VERBS.contains(verb);
        if (relay) {
            int as = indexOf(t, "as", v + 1, v + 10);
            if (as < 0 || as + 1 >= n || !t.get(as + 1).text().equals("saying") || v == 0) {
                return false;
            }
            sp = english.phrase(text, t, v + 1, as, entities, null);
            EnglishSpeakers.Speaker relayer = englishSubject(text, entities, t, 0, v);
            via = relayer == null ? sourceName(text, entities, t, 0, v) : relayer.mention().name();
            c = as + 2;
        } else {
            if (verb.equals("told") || verb.equals("tells")) {
                via = addressee(text, entities, t, c);
                c = skipAddressee(entities, t, c);
                if (c < 0) {
                    return false;
                }
            }
            c = skipTimeAdverbial(t, c);
        }
        boolean that = c < n && t.get(c).text().equals("that");
        if (that) {
            c++;
        } else if (!isEnglishClause(t, c)) {
            return false;
        }
        int contentEnd = n;
        // "S, AGENCY reported.": the sentence's last clause names the channel
        int last = n;
        while (last > c && !t.get(last - 1).isWord()) {
            last--;
        }
        if (last - 1 > c && Set.of("reported", "said", "reports", "says").contains(t.get(last - 1).text())) {
            for (int k = last - 2; k > Math.max(c, last - 7); k--) {
                if (t.get(k).text().equals(",")) {
                    String channel = sourceName(text, entities, t, k + 1, last - 1);
                    if (channel != null) {
                        via = via == null ? channel : via;
                        contentEnd = k;
                    }
                    break;
                }
            }
        }
        while (contentEnd > c && !t.get(contentEnd - 1).isWord()) {
            contentEnd--;
        }
        if (contentEnd <= c) {
            return false;
        }
        for (int k = c; k < contentEnd; k++) {
            if ("“”\"„«»".contains(t.get(k).text())) {
                return false; // a direct quote follows: taken by the direct rules
            }
        }
        int start = t.get(c).start();
        int end = t.get(contentEnd - 1).end();
        if (inDirectQuote(out, start, end)) {
            return false;
        }
        EntityMention subject = null;
        String role = null;
        if (!relay) {
            sp = englishSubject(text, entities, t, 0, v);
            if (sp == null && t.get(v - 1).text().equals(",")) {
                return false; // "S, he said": the clause-first rules read it
            }
            if (sp == null) {
                subject = beforeVerb(text, entities, t, v);
                role = subject == null ? null : roleBefore(text, subject);
            }
        }
        if (sp != null) {
            subject = sp.mention();
            role = sp.role();
        }
        if (via == null) {
            via = via(entities, s.start(), s.end(), subject == null ? -1 : subject.start());
        }
        addIndirect(text, start, end, new Attribution(subject, role, via, true), out);
        return true;
    }

    /** "LONDON (Agency) — S": where S starts after a dateline among the first words, else {@code start}. */
    private static int afterDateline(List<Token> t, int start, int limit) {
        for (int k = 1; k + 1 < Math.min(limit, 12); k++) {
            if (Set.of("—", "–", "--").contains(t.get(k).text()) && t.get(k - 1).text().equals(")")) {
                return t.get(k + 1).start();
            }
        }
        return start;
    }

    /** After "told": the one told ("reporters", "Reuters", "the Gazette"); the index after it, or -1. */
    private static int skipAddressee(List<EntityMention> entities, List<Token> t, int k) {
        if (k >= t.size()) {
            return -1;
        }
        EntityMention e = entityAt(entities, t.get(k).start());
        if (e != null) {
            int j = k;
            while (j < t.size() && t.get(j).start() < e.end()) {
                j++;
            }
            return j;
        }
        if (Set.of("reporters", "journalists", "lawmakers", "parliament", "investors", "analysts", "residents",
                "staff", "employees", "listeners", "viewers", "him", "her", "them", "us", "me").contains(t.get(k).text())) {
            return k + 1;
        }
        if (t.get(k).text().equals("the") && k + 1 < t.size() && t.get(k + 1).isCapitalised()) {
            int j = k + 1;
            while (j < t.size() && t.get(j).isCapitalised()) {
                j++;
            }
            return j;
        }
        return -1;
    }

    /** Skips "on Tuesday", "yesterday", "in a statement", "late on Friday" after an English verb. */
    private static int skipTimeAdverbial(List<Token> t, int k) {
        int n = t.size();
        for (int steps = 0; steps < 3 && k < n; steps++) {
            String w = t.get(k).text();
            if (Set.of("yesterday", "today", "tonight", "earlier", "later", "also", "again", "previously", "recently",
                    "late").contains(w)) {
                k++;
            } else if (w.equals("on") && k + 1 < n && t.get(k + 1).isCapitalised()) {
                k += 2;
            } else if (w.equals("last") && k + 1 < n && t.get(k + 1).isLowerCase()) {
                k += 2;
            } else if (w.equals("in") && k + 2 < n && Set.of("a", "an").contains(t.get(k + 1).text())
                    && t.get(k + 2).isLowerCase()) {
                k += 3;
            } else {
                break;
            }
        }
        return k;
    }

    private static final Set<String> ENGLISH_FINITE = Set.of("would", "will", "had", "has", "have", "was", "were",
            "is", "are", "could", "can", "should", "might", "may", "did", "does", "do", "must", "planned", "wanted");

    /** Whether an English clause starts at {@code t[k]}: an opening word and a finite verb within a few words. */
    private static boolean isEnglishClause(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isWord()) {
            return false;
        }
        String w = t.get(k).text();
        boolean opening = t.get(k).isCapitalised() || Set.of("the", "a", "an", "he", "she", "it", "they", "there",
                "this", "these", "those", "his", "her", "their", "its", "we", "i", "some", "many", "most", "no",
                "all", "more", "fewer", "about", "up", "only", "nobody", "none").contains(w);
        if (!opening) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 9); j++) {
            String x = t.get(j).text();
            if (ENGLISH_FINITE.contains(x)) {
                return true;
            }
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static EntityMention entityAfterAus(List<EntityMention> entities, List<Token> t, int v) {
        for (int k = Math.max(0, v - 4); k < v; k++) {
            if (t.get(k).text().equalsIgnoreCase("aus")) {
                for (int j = k + 1; j < v; j++) {
                    EntityMention e = entityAt(entities, t.get(j).start());
                    if (e != null && e.type() != EntityType.PERSON) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private static boolean namedWithin(List<EntityMention> entities, String name, int start, int end) {
        for (EntityMention e : entities) {
            if (e.start() >= start && e.end() <= end && e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnglishClauseStart(List<Token> t, int k) {
        return k < t.size() && Set.of("the", "a", "he", "she", "it", "they", "there", "this", "his", "her", "their",
                "its", "we", "i").contains(t.get(k).text().toLowerCase(Locale.ROOT)) && k > 0
                && Set.of("said", "says", "told").contains(t.get(k - 1).text());
    }

    private static boolean insideDirectQuote(List<Quote> quotes, Token word) {
        for (Quote q : quotes) {
            if (q.direct() && q.start() <= word.start() && word.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a direct quote takes all the words of [start, end): "Laut X: „…“" is only the quote. A statement with
     * even one word of its own around the quote ("Hartmann erklärte, ihr lägen „…“") is reported speech of its own,
     * as the annotated news data treats it (measured on its training split); the digest merges the two.
     */
    private boolean coveredByDirectQuote(String text, List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.direct() && q.start() < end && start < q.end()) {
                long outside = tokenizer.tokenize(text, start, end).stream()
                        .filter(t -> t.isWord() && (t.end() <= q.start() || t.start() >= q.end())).count();
                if (outside == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inDirectQuote(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
            if (q.direct() && overlap > (end - start) / 2) {
                return true;
            }
        }
        return false;
    }

    private static void addIndirect(String text, int start, int end, Attribution a, List<Quote> out) {
        add(text, start, end, a, Quote.Kind.INDIRECT, out);
    }

    private static void add(String text, int start, int end, Attribution a, Quote.Kind kind, List<Quote> out) {
        if (end - start < 10) {
            return;
        }
        out.add(quote(text.substring(start, end), start, end, a, kind));
    }
}
