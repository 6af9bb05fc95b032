package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * and statements attributed by "laut X", "X zufolge", "nach Angaben X", "according to X" (the sentence without the
 * attribution phrase when it opens the sentence, with X as speaker when X is a found name).
 *
 * <p>The speaker is the subject of the reporting verb next to the quote: "sagte X", "X sagte", "so X",
 * "zitierte AGENCY den ROLE PERSON" (speaker PERSON, {@code via} AGENCY), "AGENCY zitierte PERSON". Pronouns and
 * role nouns ("er", "sie", "der Minister") take the nearest preceding person mention. The speaker's name is the
 * mention's canonical name; the role is a title or role word right before the speaker ("Verteidigungsminister").
 * Design decision: precision over recall, so a quote whose subject is not a found entity keeps a {@code null}
 * speaker. Stateless and thread-safe.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

    private static final Set<String> REPORTING_VERBS = Set.of("sagte", "sagten", "sagt", "sagen", "gesagt",
            "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont", "fügte", "meinte", "meint", "warnte",
            "warnten", "gewarnt", "schrieb", "schrieben", "schreibt", "zitierte", "zitierten", "zitiert",
            "berichtete", "berichteten", "berichtet", "kommentierte", "ergänzte", "antwortete", "fragte", "forderte",
            "kritisierte", "bezeichnete", "nannte", "sprach", "äußerte", "sieht", "hieß", "heißt", "teilte",
            "mitteilte", "verkündete", "kündigte", "bestätigte", "behauptete", "behaupteten", "räumte", "versicherte",
            "unterstrich", "erläuterte", "beklagte", "bekräftigte", "so", "kritisiert", "betonen", "warnt", "fordert",
            "verteidigte", "begründete", "ergänzt", "schilderte", "beschrieb", "verkündeten", "kommentiert", "said", "says", "told", "added",
            "wrote", "stated", "asked", "warned", "explained", "noted", "insisted", "claimed", "argued", "according");
    private static final Set<String> INDIRECT_VERBS = Set.of("sagte", "sagten", "sagt", "erklärte", "erklärten",
            "erklärt", "betonte", "betonten", "berichtete", "berichteten", "berichtet", "mitteilte", "mitteilten",
            "schrieb", "schrieben", "schreibt", "meinte", "meint", "warnte", "warnten", "behauptete", "behaupteten",
            "hieß", "heißt", "bestätigte", "bestätigten", "fügte", "versicherte", "kündigte", "teilte", "teilten",
            "zitierte", "zitiert", "said", "says", "told", "added", "warned", "claimed", "stated", "wrote", "reported",
            "announced");
    private static final Set<String> CITE_VERBS = Set.of("zitierte", "zitierten", "zitiert", "quoted");
    private static final Set<String> KONJUNKTIV = Set.of("sei", "seien", "habe", "hätte", "hätten", "werde", "würde",
            "würden", "wolle", "wollten", "könne", "könnte", "könnten", "müsse", "müsste", "müssten", "solle", "sollte",
            "sollten", "dürfe", "dürfte", "dürften", "gebe", "gäbe", "wäre", "wären", "bewege", "vorhabe", "plane",
            "verhandle", "schicke", "liege", "gehe", "stehe", "komme", "wisse", "bleibe", "brauche", "lasse", "trage",
            "handle", "arbeite", "beabsichtige", "erwarte", "unterstütze", "lehne", "bemühe", "fordere", "strebe");
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "Er", "Sie", "he", "she", "He", "She");
    private static final Set<String> OUTLET_NOUNS = Set.of("Nachrichtenagentur", "Agentur", "Zeitung", "Sender",
            "Fernsehsender", "Tageszeitung", "Wochenzeitung", "Magazin", "Nachrichtenmagazin", "Blatt");
    private static final Set<String> PREPOSITIONS = Set.of("in", "im", "aus", "nach", "bei", "beim", "von", "vom",
            "mit", "für", "gegen", "an", "am", "auf", "zu", "zum", "zur", "über", "unter", "vor", "durch", "to", "from",
            "with", "for", "against", "at", "on", "by", "of", "into");
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("hat", "hatte", "hatten", "haben", "habe",
            "wird", "wurde", "wurden", "werde", "ist", "war", "auch", "zuvor", "später", "bereits", "zuletzt", "schon",
            "mit", "den", "Worten", "dazu", "damals", "erneut", "nun", "jetzt", "has", "had", "also", "later", "then",
            "earlier", "again", "have", "was", "is", "“", "”", "\"", "»", "«", "weiter");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "the", "a", "an", "Der", "Die", "Das", "The");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final WordTokenizer tokenizer = WordTokenizer.instance();

    /** An extractor using the given name lists. */
    public RuleQuoteExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The attribution found for a quote: all fields may be {@code null}. */
    private record Attribution(EntityMention speaker, String role, String via, boolean hasVerb, boolean adjacent) {

        Attribution(EntityMention speaker, String role, String via, boolean hasVerb) {
            this(speaker, role, via, hasVerb, false);
        }

        Attribution withVia(String newVia) {
            return new Attribution(speaker, role, newVia, hasVerb, adjacent);
        }

        Attribution asAdjacent() {
            return new Attribution(speaker, role, via, hasVerb, true);
        }
    }

    /**
     * A pronoun or role noun ("er", "der Minister") standing for a person named earlier: the speaker mention is the
     * word next to the quote, its name the person's.
     */
    private static EntityMention standIn(EntityMention person, Token word) {
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
        for (Sentence s : sentences) {
            indirect(text, s, entities, out);
        }
        out.sort(Comparator.comparingInt(Quote::start));
        return List.copyOf(out);
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
        if (isName(text, inner, words) || wordCount == 0) {
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
        Attribution a = attribute(text, entities, regionStart, regionEnd, span.open(), span.close() + 1);
        if (wordCount <= 3 && !a.hasVerb() || wordCount == 1 && !a.adjacent()) {
            return; // a scare quote: „verbündete“, „heimlich“
        }
        out.add(quote(words, start, end, a, true));
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
        // „Chosun Ilbo“, „Morning Star“: capitalised words only, and not a German sentence like „Warum nicht“
        return inner.stream().noneMatch(t -> lexicon.isStopWord(t.text()));
    }

    private static Quote quote(String words, int start, int end, Attribution a, boolean direct) {
        EntityMention sp = a.speaker();
        return new Quote(words, start, end, sp == null ? null : sp.name(), sp == null ? -1 : sp.start(),
                sp == null ? -1 : sp.end(), sp == null ? null : a.role(), a.via(), direct);
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
        if (k < post.size() && k <= 2 && isReportingVerb(post.get(k).text())) {
            Attribution a = afterVerb(text, entities, post, k, qStart);
            if (a != null) {
                return (a.via() == null ? a.withVia(via) : a).asAdjacent();
            }
            return new Attribution(null, null, via, true, true);
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
        // Before the quote: X sagte: „…“ / sagte X, „…“ / X zitierte PERSON mit den Worten „…“
        for (int v = pre.size() - 1; v >= 0; v--) {
            if (!isReportingVerb(pre.get(v).text()) || pre.get(v).text().equals("so")) {
                continue;
            }
            Attribution a = afterVerb(text, entities, pre, v, qStart);
            if (a != null && a.speaker() != null) {
                return a.via() == null ? new Attribution(a.speaker(), a.role(), via, true) : a;
            }
            EntityMention subject = beforeVerb(text, entities, pre, v);
            if (subject != null) {
                return new Attribution(subject, roleBefore(text, subject), via(entities, from, to, subject.start()), true);
            }
            return new Attribution(null, null, via, true);
        }
        // "X kritisierte die Entscheidung scharf: „…“": after a colon the speaker is the clause's subject
        if (!pre.isEmpty() && pre.get(pre.size() - 1).text().equals(":")) {
            EntityMention subject = clauseSubject(entities, pre);
            if (subject != null) {
                return new Attribution(subject, roleBefore(text, subject), via(entities, from, to, subject.start()), true);
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

    private boolean isReportingVerb(String word) {
        return REPORTING_VERBS.contains(word);
    }

    /** The speaker after the verb at {@code tokens[v]}: "sagte X", "zitierte AGENCY den ROLE PERSON". */
    private Attribution afterVerb(String text, List<EntityMention> entities, List<Token> tokens, int v, int quoteStart) {
        boolean cite = CITE_VERBS.contains(tokens.get(v).text());
        if (v > 0 && Set.of("und", "and", "oder", "or", "sowie").contains(tokens.get(v - 1).text())) {
            return null; // "… und warnten Pjöngjang": what follows a coordinated verb is its object
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
                if (capitalisedNoun || PREPOSITIONS.contains(t.text()) && !t.text().equals("am")) {
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

    /** "die Zeitung", "der Sender": the last agency or outlet named before. */
    private EntityMention outletNoun(List<EntityMention> entities, List<Token> tokens, int k) {
        if (k == 0 || !DETERMINERS.contains(tokens.get(k - 1).text())
                || !OUTLET_NOUNS.contains(tokens.get(k).text()) && !Set.of("newspaper", "agency").contains(tokens.get(k).text())) {
            return null;
        }
        if (k + 1 < tokens.size() && entityAt(entities, tokens.get(k + 1).start()) != null) {
            return null; // "die Zeitung „Chosun Ilbo“": the name follows
        }
        EntityMention best = null;
        for (EntityMention e : entities) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            if (e.end() <= tokens.get(k).start() && g != null
                    && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * The subject right before the verb at {@code tokens[v]}: "X sagte", "Er sagte", "Der Minister sagte", "X hatte
     * zuvor gesagt". Only auxiliaries and adverbs may stand between; a name after a preposition is no subject.
     */
    private EntityMention beforeVerb(String text, List<EntityMention> entities, List<Token> tokens, int v) {
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
                if (first > 0 && PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                        || first > 1 && DETERMINERS.contains(tokens.get(first - 1).text())
                        && PREPOSITIONS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT))) {
                    return null;
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
        if (out.size() == before) {
            attributedStatement(text, s, t, entities, out);
        }
    }

    /**
     * "Laut X …", "Nach Angaben des X …", "X zufolge …", "According to X, …": the sentence is a statement attributed to
     * X. The quote is the sentence without the attribution phrase when that phrase opens it, else the whole sentence.
     */
    private void attributedStatement(String text, Sentence s, List<Token> t, List<EntityMention> entities,
                                     List<Quote> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            int phraseFrom;
            int phraseTo;
            if (w.equals("laut") || w.equals("according") && i + 1 < n && t.get(i + 1).text().equals("to")) {
                phraseFrom = i;
                phraseTo = Math.min(n, i + (w.equals("laut") ? 1 : 2) + 4);
            } else if (w.equals("nach") && i + 1 < n && t.get(i + 1).text().equals("Angaben")) {
                phraseFrom = i;
                phraseTo = Math.min(n, i + 6);
            } else if (w.equals("zufolge")) {
                phraseFrom = Math.max(0, i - 4);
                phraseTo = i + 1;
            } else {
                continue;
            }
            EntityMention speaker = null;
            int speakerEnd = -1;
            if (w.equals("zufolge")) {
                int k = i - 1;
                while (k > 0 && !t.get(k).isWord()) {
                    k--;
                }
                EntityMention e = k >= 0 ? entityEndingAt(entities, t.get(k).end()) : null;
                if (e != null && e.type() != EntityType.LOCATION) {
                    speaker = e;
                    speakerEnd = e.end();
                }
            } else {
                // the source is the noun phrase right after the cue: "laut dem Kreml", "nach Angaben der NYT"
                int k = phraseFrom + (w.equals("laut") ? 1 : 2);
                while (k < n && entityAt(entities, t.get(k).start()) == null
                        && (!t.get(k).isWord() || t.get(k).isLowerCase())) {
                    k++; // "dem", "einem", "der" before the name; "dpa" is a name in lower case
                }
                EntityMention e = k < n ? entityAt(entities, t.get(k).start()) : null;
                if (e != null && e.type() != EntityType.LOCATION) {
                    speaker = e;
                    speakerEnd = e.end();
                }
            }
            if (phraseTo > n) {
                return;
            }
            int start = s.start();
            if (i == 0 && speaker != null) {
                start = speakerEnd; // "Laut NYT würde …": the statement follows the source
            } else if (w.equals("zufolge") && i < 6) {
                start = t.get(i).end();
            }
            int end = s.end();
            while (end > start && ".!?:;… ".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
                start++;
            }
            final int from = start;
            final int to = end;
            long words = t.stream().filter(x -> x.isWord() && x.start() >= from && x.end() <= to).count();
            if (end - start < 15 || words < 5 || inDirectQuote(out, start, end)) {
                return;
            }
            Attribution a = new Attribution(speaker, speaker == null ? null : roleBefore(text, speaker),
                    speaker == null ? via(entities, s.start(), s.end(), -1) : null, true);
            addIndirect(text, start, end, a, out);
            return;
        }
    }

    private void reportedClause(String text, Sentence s, List<Token> t, List<EntityMention> entities,
                                List<Quote> out) {
        int n = t.size();
        for (int v = 0; v < n; v++) {
            String verb = t.get(v).text();
            boolean fronted = v > 0 && t.get(v - 1).text().equals(",");
            if (!fronted && Set.of("said", "reported", "wrote", "added", "says", "reports").contains(verb)) {
                // English: "S, the New York Times reported" / "S, officials said"
                for (int k = v - 1; k >= Math.max(4, v - 6); k--) {
                    if (t.get(k).text().equals(",")) {
                        if (inDirectQuote(out, s.start(), t.get(k).start())
                                || QuotationMarks.find(text.substring(s.start(), t.get(k).end())).size() > 0
                                || "\"“”„".indexOf(text.charAt(t.get(k).end() < text.length() ? t.get(k).end() : 0)) >= 0) {
                            break; // a direct quote, already taken
                        }
                        EntityMention subject = beforeVerb(text, entities, t, v);
                        addIndirect(text, s.start(), t.get(k).start(),
                                new Attribution(subject, subject == null ? null : roleBefore(text, subject),
                                        via(entities, t.get(k).start(), s.end(), subject == null ? -1 : subject.start()),
                                        true), out);
                        return;
                    }
                }
            }
            if (fronted && (INDIRECT_VERBS.contains(verb) || verb.equals("so")) && v >= 4) {
                // "S, berichtete X." / "S, so die Beamten.": the reported clause comes first.
                int end = t.get(v - 1).start();
                int start = s.start();
                if (inDirectQuote(out, start, end)) {
                    continue;
                }
                Attribution a = afterVerb(text, entities, t, v, start);
                String via = via(entities, t.get(v).start(), s.end(), -1);
                a = a == null ? new Attribution(null, null, via, true) : a;
                addIndirect(text, start, end, a, out);
                return;
            }
            if (!INDIRECT_VERBS.contains(verb) || v == 0 && !verb.equals("hieß")) {
                continue;
            }
            int comma = -1;
            for (int k = v + 1; k < Math.min(n, v + 10); k++) {
                String w = t.get(k).text();
                if (w.equals(",") || w.equals(":")) {
                    comma = k;
                    break;
                }
                if (w.equals(".") || w.equals("„") || w.equals("\"") || w.equals("“")) {
                    break;
                }
                if ((w.equals("that") || w.equals("dass")) && k == v + 1) {
                    comma = k - 1;
                    break;
                }
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
            if (contentFrom >= n) {
                continue;
            }
            boolean konjunktiv = false;
            int contentEnd = n;
            for (int k = contentFrom; k < n; k++) {
                if (KONJUNKTIV.contains(t.get(k).text())) {
                    konjunktiv = true;
                }
            }
            boolean english = verb.matches("[a-z]+ed|said|says|told|wrote") && !t.get(contentFrom).text().endsWith("ing");
            if (!dass && !konjunktiv && !english) {
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
            if (inDirectQuote(out, start, end)) {
                continue;
            }
            String via = via(entities, s.start(), s.end(), -1);
            Attribution a = afterVerb(text, entities, t, v, start);
            if ((a == null || a.speaker() == null) && (verb.equals("hieß") || verb.equals("heißt"))) {
                EntityMention from = entityAfterAus(entities, t, v);
                if (from != null) {
                    a = new Attribution(from, null, via, true); // "Aus dem Kreml hieß es, …"
                }
            }
            if (a == null || a.speaker() == null) {
                EntityMention subject = beforeVerb(text, entities, t, v);
                a = subject == null ? new Attribution(null, null, a == null ? via : a.via(), true)
                        : new Attribution(subject, roleBefore(text, subject), via(entities, s.start(), s.end(), subject.start()), true);
            } else if (a.via() == null) {
                a = new Attribution(a.speaker(), a.role(), via, true);
            }
            if (a.speaker() != null && a.speaker().start() >= start) {
                a = new Attribution(null, null, a.via(), true); // the "speaker" is inside the reported clause
            }
            if (a.speaker() != null && PRONOUNS.contains(a.speaker().text())
                    && namedWithin(entities, a.speaker().name(), start, end)) {
                // "Er fügte hinzu, dass Kim plant …": people are rarely named in their own reported words
                a = new Attribution(null, null, a.via(), true);
            }
            addIndirect(text, start, end, a, out);
            return;
        }
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
        if (end - start < 10) {
            return;
        }
        out.add(quote(text.substring(start, end), start, end, a, false));
    }
}
