package org.synoptic.nlp.entity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's German named-entity recogniser (the CRF of the {@code models-german} jar, trained on CoNLL 2003 German),
 * as an NER-only pipeline: tokenize, ssplit, ner; no POS tagging, no parsing.
 *
 * <p>The model (65 MB compressed, about 0.3 GB of heap) loads once per process, lazily, on the first call of
 * {@link #tag(String)}; that first call takes a few seconds. Thread-safe: CoreNLP's pipeline and CRF classifier
 * keep no per-call state, so one instance serves all threads.
 */
public final class GermanNerModel {

    /** One token with its offsets in the tagged text and CoreNLP's label ({@code PER}, {@code LOC}, {@code O}). */
    public record TaggedToken(String word, int start, int end, String label) {
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = load();
    }

    private GermanNerModel() {
    }

    /** Whether the model has been loaded in this process; loading happens on the first {@link #tag}. */
    public static StanfordCoreNLP pipeline() {
        return Holder.PIPELINE;
    }

    /** Tags one text (a sentence or a few) and returns its tokens with offsets into {@code text}. */
    public static List<TaggedToken> tag(String text) {
        Annotation annotation = new Annotation(text);
        Holder.PIPELINE.annotate(annotation);
        List<TaggedToken> out = new ArrayList<>();
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            String label = token.ner();
            out.add(new TaggedToken(token.originalText(), token.beginPosition(), token.endPosition(),
                    label == null ? "O" : label));
        }
        return out;
    }

    private static StanfordCoreNLP load() {
        // CoreNLP logs each model it loads to stderr; only errors matter to a user.
        RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "de");
        props.setProperty("tokenize.postProcessor",
                "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.language", "de");
        // Design decision: no POS tagger; the German CRF does not need it and it would double the cost per sentence.
        props.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(props);
    }
}
