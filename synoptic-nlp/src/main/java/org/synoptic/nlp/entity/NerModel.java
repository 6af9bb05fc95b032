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
 * CoreNLP's named-entity recognisers as NER-only pipelines (tokenize, ssplit, ner; no POS tagging, no parsing), one
 * per language:
 * <ul>
 *   <li>{@link #GERMAN}: the CRF of the {@code models-german} jar, trained on CoNLL 2003 German (65 MB compressed,
 *       about 0.2 GB of heap);</li>
 *   <li>{@link #ENGLISH}: the CoNLL 2003 four-class CRF with distributional-similarity features
 *       ({@code english.conll.4class.distsim}, 18 MB compressed), which the build copies out of CoreNLP's 474 MB
 *       English {@code models} jar, so the distribution carries only this model.</li>
 * </ul>
 *
 * <p>Each model loads once per process, lazily, on the first call of {@link #tag(String)} for its language; that
 * first call takes a few seconds. Thread-safe: CoreNLP's pipeline and CRF classifier keep no per-call state, so one
 * instance serves all threads.
 */
public enum NerModel {

    /** German: PER, LOC, ORG, MISC. */
    GERMAN("de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz"),
    /** English: PERSON, LOCATION, ORGANIZATION, MISC. */
    ENGLISH("en", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

    /** One token with its offsets in the tagged text and CoreNLP's label ({@code PER}, {@code LOC}, {@code O}). */
    public record TaggedToken(String word, int start, int end, String label) {
    }

    private final String language;
    private final String model;
    private volatile StanfordCoreNLP pipeline;

    NerModel(String language, String model) {
        this.language = language;
        this.model = model;
    }

    /** The model's pipeline, loaded on first use (then shared). */
    public StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = load();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** Tags one text (a sentence or a few) and returns its tokens with offsets into {@code text}. */
    public List<TaggedToken> tag(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        List<TaggedToken> out = new ArrayList<>();
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            String label = token.ner();
            out.add(new TaggedToken(token.originalText(), token.beginPosition(), token.endPosition(),
                    label == null ? "O" : label));
        }
        return out;
    }

    private StanfordCoreNLP load() {
        // CoreNLP logs each model it loads to stderr; only errors matter to a user.
        RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", language);
        if (this == GERMAN) {
            props.setProperty("tokenize.postProcessor",
                    "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        }
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("ner.model", model);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.language", language);
        // Design decision: no POS tagger; the CRFs do not need it and it would double the cost per sentence.
        props.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(props);
    }
}
