package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoringTest {
    private static final String[] WORDS = {"tide", "harbour", "gull", "net", "pier"};

    @Test
    void a_passage_scores_exactly_as_lucene_scores_it_repeated_words_counted_once_with_their_frequency() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 70 + random.nextInt(400));
            int matches = random.nextInt(12);
            int at = start;
            for (int m = 0; m < matches; m++) {
                // The same word carries the same frequency in the text wherever it matches, as in a real document.
                int word = random.nextInt(WORDS.length);
                passage.addMatch(at, at + 4, new BytesRef(WORDS[word]), 1 + word * 3);
                at += 5;
            }
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);

            assertThat(new LuceneResults.Scoring().score(passage, contentLength)).as("round %d", round)
                    .isEqualTo(new PassageScorer().score(passage, contentLength));
        }
    }

    @Test
    void a_passage_with_the_word_twice_scores_above_one_with_it_once() {
        Passage once = new Passage();
        once.setStartOffset(100);
        once.setEndOffset(300);
        once.addMatch(120, 124, new BytesRef("tide"), 3);
        Passage twice = new Passage();
        twice.setStartOffset(100);
        twice.setEndOffset(300);
        twice.addMatch(120, 124, new BytesRef("tide"), 3);
        twice.addMatch(150, 154, new BytesRef("tide"), 3);

        assertThat(new LuceneResults.Scoring().score(twice, 2_000)).isGreaterThan(new LuceneResults.Scoring().score(once, 2_000));
    }
}
