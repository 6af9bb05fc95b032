package org.synoptic.store;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.synoptic.model.Article;

/**
 * How a stored article maps to a Lucene document and back, and the analysis of each field.
 *
 * <p>Title and text are indexed, and stored, in a field per analysis: {@code _de} (German stemming and stop words),
 * {@code _en} (English) or {@code _std} (standard tokens) by the article's language; a query searches all three,
 * each analysed its own way. Entity names and variants go into {@code entities}, ASCII-folded. Filters and facets
 * use sorted-set doc values ({@code outlet, language, story, entity}); {@code day} holds the publication day.
 *
 * <p>Design decision: every input field is stored as given, so the index can be rebuilt from the stored originals
 * when the analysis changes ({@link #ANALYSIS_VERSION}); nothing is kept outside the index.
 *
 * <p>Stateless and thread-safe.
 */
final class ArticleDocuments {

    /** Bump when the indexing of a field changes: a store of an older version is re-indexed on open. */
    static final String ANALYSIS_VERSION = "4"; // 4: German compounds indexed with their parts

    /** Stored text with offsets in the postings, so snippets need no re-analysis of the text. */
    private static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static org.apache.lucene.document.FieldType textWithOffsets() {
        org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static final String ID = "id";
    static final String SEQ = "seq";
    static final String DAY = "day";
    static final String ENTITIES = "entities";
    /** Doc values with the article's {@link ArticleHead}, so opening reads heads without decompressing texts. */
    static final String HEAD = "head";
    /** Title and text in every language with folding but no stemming or stop words, so a stop word of one language
     * in a query does not keep articles of the other from matching. */
    static final String ALL = "all";
    static final List<String> LANGS = List.of("de", "en", "std");
    static final List<String> FACETS = List.of("outlet", "language", "story", "entity");

    private static final FacetsConfig FACETS_CONFIG = newFacetsConfig();
    /** Longest facet value written; the index refuses a facet path over 8,191 characters. */
    private static final int MAX_FACET_CHARS = 1024;

    private ArticleDocuments() {
    }

    static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("entity", true);
        return config;
    }

    /**
     * The per-field analysis for indexing: German and English fields stemmed, German compounds with their parts
     * ({@link CompoundPartsFilter}: "Kranhöft" finds "Kranhöftbrücke"), entity names folded, the rest standard.
     */
    static Analyzer analyzer() {
        return analyzer(true);
    }

    /** The per-field analysis of a query: as {@link #analyzer()}, but a compound in a query is not split. */
    static Analyzer queryAnalyzer() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean compoundParts) {
        Analyzer folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream filter = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, filter);
            }
        };
        Analyzer german = compoundParts ? germanWithParts() : new GermanAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                "title_de", german, "text_de", german,
                "title_en", new EnglishAnalyzer(), "text_en", new EnglishAnalyzer(),
                ENTITIES, folding, ALL, folding));
    }

    /** GermanAnalyzer's chain with the compound parts added before normalisation and stemming. */
    private static Analyzer germanWithParts() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new org.apache.lucene.analysis.StopFilter(result, GermanAnalyzer.getDefaultStopSet());
                result = new CompoundPartsFilter(result);
                result = new org.apache.lucene.analysis.de.GermanNormalizationFilter(result);
                result = new org.apache.lucene.analysis.de.GermanLightStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new org.apache.lucene.analysis.de.GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The suffix of the title and text fields for a language. */
    static String langField(String language) {
        return "de".equals(language) || "en".equals(language) ? language : "std";
    }

    static Document toDocument(StoredArticle stored) throws IOException {
        Article a = stored.article();
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new LongPoint(SEQ, stored.seq()));
        doc.add(new StoredField(SEQ, stored.seq()));
        doc.add(new NumericDocValuesField(SEQ, stored.seq()));
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(HEAD, HeadCodec.encode(ArticleHead.of(stored))));
        doc.add(new StoredField("ingested", stored.ingested().toEpochMilli()));
        doc.add(new StoredField("hash", stored.contentHash()));
        doc.add(new StoredField("source", a.source()));
        storeIfSet(doc, "url", a.url());
        storeIfSet(doc, "canonicalUrl", a.canonicalUrl());
        storeIfSet(doc, "outlet", a.outlet());
        storeIfSet(doc, "author", a.author());
        storeIfSet(doc, "published", a.published());
        doc.add(new StoredField("language", a.language()));
        for (String field : a.inferred()) {
            doc.add(new StoredField("inferred", field));
        }
        doc.add(new StoredField("storyId", stored.storyId()));
        String lang = langField(a.language());
        if (a.title() != null) {
            doc.add(new TextField("title_" + lang, a.title(), Field.Store.YES));
        }
        doc.add(new Field("text_" + lang, a.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(ALL, (a.title() == null ? "" : a.title() + "\n") + a.text(), Field.Store.NO));
        for (String entity : stored.entities()) {
            doc.add(new TextField(ENTITIES, entity, Field.Store.YES));
        }
        LocalDate day = day(a.published());
        if (day != null) {
            doc.add(new LongPoint(DAY, day.toEpochDay()));
        }
        if (a.outlet() != null && !a.outlet().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField("outlet", a.outlet()));
        }
        doc.add(new SortedSetDocValuesFacetField("language", a.language()));
        doc.add(new SortedSetDocValuesFacetField("story", stored.storyId()));
        // the canonical names are the first of each "name|variant|…" group; see ArticleStore.entityTerms
        for (String canonical : canonicalNames(stored.entities())) {
            if (canonical.length() > MAX_FACET_CHARS) {
                continue; // no entity name is this long; the facet path limit would refuse the whole document
            }
            doc.add(new SortedSetDocValuesFacetField("entity", canonical));
        }
        return FACETS_CONFIG.build(doc);
    }

    static StoredArticle fromDocument(Document doc) {
        String language = doc.get("language");
        String lang = langField(language);
        Set<String> inferred = new TreeSet<>(Arrays.asList(doc.getValues("inferred")));
        Article article = new Article(doc.get(ID), doc.get("source"), doc.get("url"), doc.get("title_" + lang),
                doc.get("text_" + lang), doc.get("outlet"), doc.get("author"), doc.get("published"), language, inferred,
                doc.get("canonicalUrl"));
        List<String> entities = new ArrayList<>();
        for (IndexableField f : doc.getFields(ENTITIES)) {
            entities.add(f.stringValue());
        }
        return new StoredArticle(article, doc.getField(SEQ).numericValue().longValue(),
                Instant.ofEpochMilli(doc.getField("ingested").numericValue().longValue()), doc.get("storyId"),
                doc.get("hash"), entities);
    }

    /** The stored fields {@link #headOf} reads: everything but the text. */
    static final Set<String> HEAD_FIELDS = Set.of(ID, SEQ, "ingested", "hash", "url", "outlet", "published", "language",
            "storyId", "title_de", "title_en", "title_std", ENTITIES);

    /** The heap part of a stored article, from a document read with {@link #HEAD_FIELDS} (the text is not read). */
    static ArticleHead headOf(Document doc) {
        String language = doc.get("language");
        List<String> entities = new ArrayList<>();
        for (IndexableField f : doc.getFields(ENTITIES)) {
            entities.add(f.stringValue());
        }
        return new ArticleHead(doc.get(ID), doc.getField(SEQ).numericValue().longValue(),
                Instant.ofEpochMilli(doc.getField("ingested").numericValue().longValue()), doc.get("storyId"),
                doc.get("hash"), ArticleKeys.urlKey(doc.get("url")), doc.get("title_" + langField(language)),
                doc.get("outlet"), doc.get("published"), language, ArticleHead.entitiesHash(entities));
    }

    /**
     * Entity strings are stored as {@code canonical name} followed by its variants, joined by {@code " | "}; this
     * returns the canonical names.
     */
    static List<String> canonicalNames(List<String> entities) {
        List<String> names = new ArrayList<>();
        for (String e : entities) {
            int bar = e.indexOf(" | ");
            String name = (bar < 0 ? e : e.substring(0, bar)).strip();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The publication day of an ISO date, month (its first day) or date-time; {@code null} when not parsable. */
    static LocalDate day(String published) {
        if (published == null || published.length() < 7) {
            return null;
        }
        try {
            if (published.length() >= 10) {
                return LocalDate.parse(published.substring(0, 10));
            }
            return LocalDate.parse(published.substring(0, 7) + "-01");
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void storeIfSet(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
