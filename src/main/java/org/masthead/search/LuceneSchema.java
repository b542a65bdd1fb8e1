package org.masthead.search;

import java.time.ZoneOffset;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out in the Lucene index: its fields, how each is analysed (English stemming for
 * the text, plain words for names), and the facets. Changing anything here raises {@link #VERSION}, and an
 * index written under another version rebuilds itself.
 */
final class LuceneSchema {
    /** 4: articles known only from a lineup, without a text, are no longer indexed; an index of 3 holds them. */
    static final String VERSION = "4";

    static final String ID = "id";
    static final String CARD = "card";
    /** The words of title, dek and text as written (not stemmed), for spelling suggestions readers can read. */
    static final String SPELL = "spell";
    static final String TITLE = "title";
    static final String DEK = "dek";
    static final String BODY = "body";
    static final String AUTHORS = "authors";
    static final String TOPICS = "topics";
    static final String AUTHOR_SLUG = "author_slug";
    static final String TOPIC_SLUG = "topic_slug";
    static final String YEAR = "year";
    static final String HAS_BODY = "has_body";
    static final String PUBLISHED = "published";
    static final String AUTHOR_FACET = "author";
    static final String TOPIC_FACET = "topic";
    static final String YEAR_FACET = "year";

    /** How much a word found in each field counts: a hit in the headline outranks one in the text. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 5f, DEK, 2f, AUTHORS, 4f, TOPICS, 3f, BODY, 1f);

    private static final FieldType MARKED_TEXT = new FieldType(TextField.TYPE_STORED);
    private static final FieldType WORDS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        // Offsets in the postings let the highlighter mark words without analysing the text again.
        MARKED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        MARKED_TEXT.freeze();
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
        WORDS_ONLY.setOmitNorms(true);
        WORDS_ONLY.freeze();
    }

    /**
     * What a result shows besides the marked title and snippet, kept as doc values: reading it does not
     * decompress the article's stored text, which the highlighter reads once already.
     */
    record Card(long id, String path, java.time.LocalDate publishedOn, String title, String dek, java.util.List<SearchDocument.Label> authors) {}

    private static final String FIELD_END = "\u001f";
    private static final String LABEL_END = "\u001e";

    final FacetsConfig facets = new FacetsConfig();
    final Analyzer analyzer;

    LuceneSchema() {
        facets.setMultiValued(AUTHOR_FACET, true);
        facets.setMultiValued(TOPIC_FACET, true);
        Analyzer names = new NameAnalyzer();
        analyzer = new PerFieldAnalyzerWrapper(new TextAnalyzer(), Map.of(AUTHORS, names, TOPICS, names, SPELL, names));
    }

    Document document(SearchDocument article) {
        var doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.NO));
        doc.add(new BinaryDocValuesField(CARD, new BytesRef(card(article))));
        doc.add(new Field(TITLE, article.title(), MARKED_TEXT));
        doc.add(new TextField(DEK, article.dek(), Field.Store.NO));
        doc.add(new Field(BODY, article.body(), MARKED_TEXT));
        doc.add(new Field(SPELL, article.title() + "\n" + article.dek() + "\n" + article.body(), WORDS_ONLY));
        String year = Integer.toString(article.publishedOn().getYear());
        doc.add(new StringField(YEAR, year, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(YEAR_FACET, year));
        for (SearchDocument.Label author : article.authors()) {
            doc.add(new TextField(AUTHORS, author.name(), Field.Store.NO));
            doc.add(new StringField(AUTHOR_SLUG, author.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(AUTHOR_FACET, label(author)));
        }
        for (SearchDocument.Label topic : article.topics()) {
            doc.add(new TextField(TOPICS, topic.name(), Field.Store.NO));
            doc.add(new StringField(TOPIC_SLUG, topic.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TOPIC_FACET, label(topic)));
        }
        if (article.hasBody()) {
            doc.add(new StringField(HAS_BODY, "1", Field.Store.NO));
        }
        long published = article.publishedAt() != null ? article.publishedAt().getEpochSecond()
                : article.publishedOn().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        try {
            return facets.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String card(SearchDocument article) {
        return String.join(FIELD_END, Long.toString(article.id()), article.path(), article.publishedOn().toString(),
                clean(article.title()), clean(article.dek()),
                String.join(LABEL_END, article.authors().stream().map(a -> label(a).replace(LABEL_END, " ")).toList()));
    }

    static Card card(BytesRef bytes) {
        String[] parts = bytes.utf8ToString().split(FIELD_END, -1);
        var authors = parts[5].isEmpty() ? java.util.List.<SearchDocument.Label>of()
                : java.util.Arrays.stream(parts[5].split(LABEL_END)).map(LuceneSchema::unlabel).toList();
        return new Card(Long.parseLong(parts[0]), parts[1], java.time.LocalDate.parse(parts[2]), parts[3], parts[4], authors);
    }

    /** Text without the two separators a card uses (control characters no article should carry anyway). */
    private static String clean(String text) {
        return text.replace(FIELD_END, " ").replace(LABEL_END, " ");
    }

    /** A facet or stored label: the slug, a space, the name (slugs have no spaces). */
    static String label(SearchDocument.Label label) {
        return label.slug() + " " + label.name();
    }

    static SearchDocument.Label unlabel(String text) {
        int space = text.indexOf(' ');
        return new SearchDocument.Label(text.substring(0, space), text.substring(space + 1));
    }

    /** Text: words lower-cased, accents folded (Jerome finds Jérôme), stop words dropped, English stems. */
    static final class TextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /**
     * Names: words lower-cased and accents folded, not stemmed. Stop words go, as in the text, so that a
     * search for "the war" does not require an author or topic called "the".
     */
    static final class NameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
