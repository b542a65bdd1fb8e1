package org.masthead.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Text with the statistics of real English prose, made up deterministically: a vocabulary of about 40,000
 * words whose frequencies follow Zipf's law (a few words everywhere, most words rare), a quarter of them
 * inflected forms of others (so stemming has work to do), and names of people and places sprinkled through
 * the sentences as a newspaper does. The common words are English; the rare ones are invented, pronounceable
 * and never copied from anywhere.
 */
final class Corpus {
    static final String[] COMMON = ("the of and to in a is that for it as was with be by on not he this are or "
            + "his from at which but have an they you were her she there been one all we their has would when if so no "
            + "will more about out up what some time could them into other than only new people year two way work city "
            + "council budget housing rent workers strike union wages port ferry river rain climate water school "
            + "teachers hospital nurses election vote party minister government policy law court judge police border "
            + "war peace army sanctions trade market bank interest debt tax money price energy oil gas coal wind solar "
            + "farm food land forest fire flood drought storm coast island village town street bridge train bus road "
            + "report inquiry evidence letter archive history memory book novel poem theatre radio film music art "
            + "museum library church mosque festival winter spring summer autumn morning evening night week month "
            + "decade century north south east west europe africa asia america ocean sea mountain valley plain desert")
            .split(" ");
    static final String[] FIRST = ("Ada Alan Ana Ben Carla Chen Dana David Elena Emil Farah Felix Grace Hugo "
            + "Ines Ivan Jana Jonas Kemal Lara Leo Maya Marco Nadia Omar Paula Pedro Rosa Sam Sara Tom Uma Vera Yusuf Zoe").split(" ");
    private static final String[] ONSETS = {"b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m",
        "n", "p", "pl", "pr", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "z"};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "oo", "ie"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "s", "t", "nd", "st", "m", "ck", "ng", "rt"};
    private static final int VOCABULARY = 40_000;

    private final String[] words;
    private final double[] cumulative;
    private final List<String> places;
    private final List<String> surnames;
    private final Random random;

    Corpus(long seed) {
        this.random = new Random(seed);
        Set<String> vocabulary = new LinkedHashSet<>(List.of(COMMON));
        List<String> bases = new ArrayList<>();
        while (vocabulary.size() < VOCABULARY) {
            String word = pseudoWord(2 + random.nextInt(2));
            if (random.nextInt(4) == 0 && !bases.isEmpty()) {
                String base = bases.get(random.nextInt(bases.size()));
                word = base + new String[] {"s", "ed", "ing", "er", "ers", "ly"}[random.nextInt(6)];
            } else {
                bases.add(word);
            }
            vocabulary.add(word);
        }
        this.words = vocabulary.toArray(String[]::new);
        this.cumulative = new double[words.length];
        double total = 0;
        for (int rank = 0; rank < words.length; rank++) {
            total += 1.0 / Math.pow(rank + 1, 1.05);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < words.length; rank++) {
            cumulative[rank] /= total;
        }
        this.places = names(3000);
        this.surnames = names(2000);
    }

    private List<String> names(int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(capitalised(pseudoWord(2 + random.nextInt(2))));
        }
        return List.copyOf(names);
    }

    private String pseudoWord(int syllables) {
        var word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)]);
            if (i == syllables - 1 || random.nextInt(3) == 0) {
                word.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        return word.toString();
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A word drawn by its frequency. */
    String word() {
        int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words[rank < 0 ? Math.min(words.length - 1, -rank - 1) : rank];
    }

    /** A word that carries meaning: no article, preposition or pronoun. */
    String contentWord() {
        String word;
        do {
            word = word();
        } while (word.length() < 4);
        return word;
    }

    /** The name of a person: a first name and a surname, the surnames following Zipf's law too. */
    String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + surnames.get(zipfIndex(surnames.size()));
    }

    String place() {
        return places.get(zipfIndex(places.size()));
    }

    String author(int i) {
        return FIRST[i % FIRST.length] + " " + surnames.get(i / FIRST.length % surnames.size());
    }

    private int zipfIndex(int size) {
        return Math.min(size - 1, (int) Math.floor(Math.pow(size + 1.0, random.nextDouble())) - 1);
    }

    /** A sentence of 6 to 30 words, one in three naming a person or a place. */
    String sentence() {
        int length = 6 + random.nextInt(25);
        var sentence = new StringBuilder();
        int nameAt = random.nextInt(3) == 0 ? random.nextInt(length) : -1;
        for (int i = 0; i < length; i++) {
            String word = i == nameAt ? (random.nextBoolean() ? person() : place()) : word();
            sentence.append(i == 0 ? capitalised(word) : word).append(i == length - 1 ? "." : " ");
        }
        return sentence.toString();
    }

    /** Paragraphs of 2 to 7 sentences adding up to about this many words. */
    List<String> paragraphs(int words) {
        List<String> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < words) {
            var paragraph = new StringBuilder();
            for (int s = 2 + random.nextInt(6); s > 0; s--) {
                String sentence = sentence();
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                written += sentence.split(" ").length;
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    /** A headline of 3 to 9 capitalised words, now and then with a name in it. */
    String title() {
        var title = new StringBuilder();
        int length = 3 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            String word = i == 0 && random.nextInt(4) == 0 ? place() : contentWord();
            title.append(i > 0 ? " " : "").append(capitalised(word));
        }
        return title.toString();
    }

    /** Two or three words as they follow each other in the text, for phrase queries. */
    String phrase() {
        String[] sentence = sentence().replace(".", "").toLowerCase(java.util.Locale.ROOT).split(" ");
        int at = random.nextInt(Math.max(1, sentence.length - 2));
        return String.join(" ", java.util.Arrays.copyOfRange(sentence, at, Math.min(sentence.length, at + 2 + random.nextInt(2))));
    }

    Random random() {
        return random;
    }
}
