package org.masthead.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Turns a reader's words into a Lucene query. The words go through Lucene's simple query parser, which
 * understands quotes, {@code -word} and {@code a | b} and never fails on any input, so a stray bracket or
 * colon is just a character. Every word must match somewhere (title, dek, authors, topics or text), each
 * field weighted by {@link LuceneSchema#WEIGHTS}.
 */
final class LuceneQueries {
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final String[] SPELLING_FIELDS = {LuceneSchema.AUTHORS, LuceneSchema.TOPICS, LuceneSchema.SPELL};
    private static final String[] TEXT_FIELDS = {LuceneSchema.SPELL, LuceneSchema.AUTHORS, LuceneSchema.TOPICS,
            LuceneSchema.TITLE, LuceneSchema.BODY};
    /** Words searched at most: each is a clause per field, and Lucene allows 1,024 clauses in all. */
    static final int MAX_WORDS = 32;
    /** Up to this length a word is corrected by one letter's edit at most ("Cockburm"); longer ones by two. */
    private static final int ONE_EDIT_UP_TO = 7;

    private static final LuceneLevenshteinDistance CLOSENESS = new LuceneLevenshteinDistance();

    private final LuceneSchema schema;

    LuceneQueries(LuceneSchema schema) {
        this.schema = schema;
    }

    /** The words, if any, and the filters together. */
    Query build(SearchQuery query) {
        return build(words(query.text()), query);
    }

    /** These words (made by {@link #words}) with the query's filters. */
    Query build(Query words, SearchQuery query) {
        var all = new BooleanQuery.Builder();
        all.add(words, BooleanClause.Occur.MUST);
        if (query.author() != null) {
            all.add(new TermQuery(new Term(LuceneSchema.AUTHOR_SLUG, query.author())), BooleanClause.Occur.FILTER);
        }
        if (query.topic() != null) {
            all.add(new TermQuery(new Term(LuceneSchema.TOPIC_SLUG, query.topic())), BooleanClause.Occur.FILTER);
        }
        if (query.year() != null) {
            all.add(new TermQuery(new Term(LuceneSchema.YEAR, query.year().toString())), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    Query words(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        var parser = new SimpleQueryParser(schema.analyzer, LuceneSchema.WEIGHTS, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(firstWords(text));
        // CASE: only words too common to index, or only operators ("the", "-"): every article has them.
        // (The parser answers "nothing" when the analysers leave it no word.)
        return parsed == null || parsed instanceof MatchNoDocsQuery || parsed instanceof BooleanQuery bool && bool.clauses().isEmpty()
                ? new MatchAllDocsQuery() : parsed;
    }

    /** Whether the query ranks anything: without words to weigh, results are shown newest first. */
    static boolean ranks(Query words) {
        return !(words instanceof MatchAllDocsQuery);
    }

    /**
     * The words with each one the archive has never seen replaced by the nearest one it has (within two
     * letters' edits; names first, then headlines and text), or empty when nothing could be corrected.
     */
    Optional<String> corrected(String text, IndexReader reader) throws IOException {
        int[] corrections = {0};
        return Respelling.rewrite(text, word -> {
            if (corrections[0] < Respelling.MAX_CORRECTIONS && word.length() >= Respelling.MIN_CORRECTED_LENGTH
                    && !known(word, reader)) {
                corrections[0]++;
                return suggestion(word, reader);
            }
            return null;
        });
    }

    private boolean known(String word, IndexReader reader) throws IOException {
        boolean anyTerm = false;
        for (String field : TEXT_FIELDS) {
            for (String term : terms(field, word)) {
                anyTerm = true;
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
        }
        return !anyTerm;
    }

    /**
     * The word the archive has nearest to this one: fewest edits (a letter added, dropped, changed or two swapped),
     * then names first, then most articles. The first letter is taken as typed. One automaton of the word's neighbours
     * walks the fields' term dictionaries: Lucene's DirectSpellChecker built up to five for each field (two passes,
     * an automaton per distance), a sixth of a search's time in the profile.
     */
    private String suggestion(String word, IndexReader reader) throws IOException {
        int maxEdits = word.length() <= ONE_EDIT_UP_TO ? 1 : 2;
        // One edit first: most slips are one letter, and a two-edit automaton costs many times a one-edit one.
        for (int edits = 1; edits <= maxEdits; edits++) {
            var neighbours = new java.util.HashMap<String, CompiledAutomaton>();
            for (String field : SPELLING_FIELDS) {
                Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                int within = edits;
                for (String term : terms(field, word)) {
                    String nearest = nearest(term, terms, neighbours.computeIfAbsent(term,
                            t -> FuzzyQuery.getFuzzyAutomaton(t, within, 1, true)));
                    if (nearest != null) {
                        return nearest;
                    }
                }
            }
        }
        return null;
    }

    private static String nearest(String term, Terms terms, CompiledAutomaton neighbours) throws IOException {
        TermsEnum found = neighbours.getTermsEnum(terms);
        String best = null;
        float bestCloseness = -1;
        int bestCount = 0;
        for (BytesRef candidate = found.next(); candidate != null; candidate = found.next()) {
            String text = candidate.utf8ToString();
            if (text.equals(term)) {
                continue;
            }
            float closeness = CLOSENESS.getDistance(term, text);
            int count = found.docFreq();
            if (closeness > bestCloseness || closeness == bestCloseness && count > bestCount) {
                best = text;
                bestCloseness = closeness;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The text up to its {@value #MAX_WORDS}th word (as the index counts words: every Chinese or Japanese
     * character is one), so that no query grows past what Lucene runs.
     */
    String firstWords(String text) {
        try (TokenStream tokens = schema.analyzer.tokenStream(LuceneSchema.BODY, text)) {
            var offset = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokens.reset();
            int count = 0;
            int end = text.length();
            while (tokens.incrementToken()) {
                if (++count == MAX_WORDS) {
                    end = offset.endOffset();
                    break;
                }
            }
            tokens.end();
            return text.substring(0, end);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The terms a word becomes in a field, as the index keeps them. */
    List<String> terms(String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = schema.analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
