package org.synoptic.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.EntityExtractor;

/**
 * Named-entity recognition for German with CoreNLP's CRF ({@link GermanNerModel}), corrected by our own rules;
 * English and other languages go to the rule-based extractor.
 *
 * <p>Per sentence, CoreNLP's spans come first. Then the rules correct it where it errs: a span glued by a hyphen to
 * a following word ("EU-Staaten") or written in lower case ("deutschen") is a part or a derivation, not a name; a
 * name from our {@link Gazetteer} that CoreNLP missed ("Interfax") or typed differently is added with the gazetteer's
 * type. Finally every mention gets its canonical name within the article (see {@link MentionNames}).
 *
 * <p>Design decision: English stays rule-based. CoreNLP's English models are a 474 MB jar; for a German-first
 * engine that doubles the distribution for the second language, so it is left to a later, optional module.
 *
 * <p>Stateless and thread-safe; the model loads once per process on the first German article.
 */
public final class CoreNlpEntityExtractor implements EntityExtractor {

    private final Gazetteer gazetteer;
    private final EntityExtractor rules;
    private final MentionNames names;

    /**
     * An extractor with the given name lists.
     *
     * @param gazetteer known names that correct CoreNLP and give canonical names
     * @param rules     the rule-based extractor, for languages other than German
     */
    public CoreNlpEntityExtractor(Gazetteer gazetteer, EntityExtractor rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.names = new MentionNames(gazetteer);
    }

    @Override
    public List<EntityMention> extract(Article article, List<Sentence> sentences) {
        if (!"de".equals(article.language())) {
            return rules.extract(article, sentences);
        }
        String text = article.text();
        List<MentionNames.Span> spans = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<MentionNames.Span> found = new ArrayList<>();
            for (MentionNames.Span s : crfSpans(text, sentence)) {
                if (isName(text, s)) {
                    found.add(s);
                }
            }
            addGazetteerNames(text, sentence, found);
            found.sort(Comparator.comparingInt(MentionNames.Span::start));
            spans.addAll(found);
        }
        return names.resolve(text, spans);
    }

    private static List<MentionNames.Span> crfSpans(String text, Sentence sentence) {
        List<GermanNerModel.TaggedToken> tokens = GermanNerModel.tag(sentence.text());
        List<MentionNames.Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = type(tokens.get(i).label());
            if (type == null) {
                i++;
                continue;
            }
            String label = base(tokens.get(i).label());
            int j = i + 1;
            while (j < tokens.size() && base(tokens.get(j).label()).equals(label)
                    && !tokens.get(j).label().startsWith("B-")) {
                j++;
            }
            int start = sentence.start() + tokens.get(i).start();
            int end = sentence.start() + tokens.get(j - 1).end();
            out.add(new MentionNames.Span(start, end, type, null));
            i = j;
        }
        return out;
    }

    private static String base(String label) {
        return label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
    }

    private static EntityType type(String label) {
        return switch (base(label)) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "MISC", "OTH" -> EntityType.OTHER;
            default -> null;
        };
    }

    /** Whether a CRF span is a name rather than a compound part ("EU-Staaten") or a derivation ("deutschen"). */
    private static boolean isName(String text, MentionNames.Span s) {
        if (s.end() < text.length() && text.charAt(s.end()) == '-') {
            return false;
        }
        if (s.start() > 0 && text.charAt(s.start() - 1) == '-' && s.start() > 1
                && Character.isLetterOrDigit(text.charAt(s.start() - 2))) {
            return false;
        }
        char first = text.charAt(s.start());
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            // "deutschen", "europäischen": GermEval's LOCderiv; lower-case brand names ("iPhone", "dpa") keep
            String word = text.substring(s.start(), s.end());
            return word.length() > 1 && word.chars().skip(1).anyMatch(Character::isUpperCase)
                    || word.equals("dpa") || word.equals("afp");
        }
        return true;
    }

    /** Adds names the gazetteer knows where CoreNLP found nothing, and retypes exact gazetteer matches. */
    private void addGazetteerNames(String text, Sentence sentence, List<MentionNames.Span> found) {
        List<org.synoptic.nlp.text.Token> tokens = org.synoptic.nlp.text.WordTokenizer.instance()
                .tokenize(text, sentence.start(), sentence.end());
        int i = 0;
        while (i < tokens.size()) {
            Gazetteer.Match match = gazetteer.longestMatch(text, tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int start = tokens.get(match.from()).start();
            int end = tokens.get(match.to() - 1).end();
            GazetteerEntry entry = match.entry();
            i = match.to();
            if (entry.sourceKind() == null && entry.type() != EntityType.ORGANIZATION) {
                continue; // places and persons: CoreNLP's judgement in context is better than a list
            }
            if (end < text.length() && text.charAt(end) == '-') {
                continue;
            }
            boolean overlapped = false;
            for (int k = 0; k < found.size(); k++) {
                MentionNames.Span s = found.get(k);
                if (s.start() < end && start < s.end()) {
                    overlapped = true;
                    if (s.start() == start && s.end() == end && s.type() != entry.type()) {
                        found.set(k, new MentionNames.Span(start, end, entry.type(), null));
                    }
                }
            }
            if (!overlapped) {
                found.add(new MentionNames.Span(start, end, entry.type(), null));
            }
        }
    }
}
