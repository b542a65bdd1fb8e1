package org.masthead.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;

/** The author rules, with the store held in memory. */
class AuthorServiceTest {
    private final InMemoryAuthorStore store = new InMemoryAuthorStore();
    private final AuthorService authors = new AuthorService(new AuthorStores(store), null, null);

    @Test
    void one_name_spelled_with_or_without_accents_is_one_author_and_the_first_spelling_is_kept() {
        Author first = authors.findOrCreate("Jérôme  Duval");
        Author again = authors.findOrCreate("Jerome Duval");

        assertThat(again).isEqualTo(first);
        assertThat(first.name()).isEqualTo("Jérôme Duval");
        assertThat(first.slug()).isEqualTo("jerome-duval");
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void a_name_without_letters_is_refused() {
        assertThatThrownBy(() -> authors.findOrCreate(" ... ")).isInstanceOf(Invalid.class).hasMessageContaining("needs a name");
    }

    @Test
    void a_bio_is_written_in_markdown_and_stored_as_safe_html() {
        Author author = authors.setBio(authors.findOrCreate("Ann Writer"), "Writes for *The Ledger*. <script>x()</script>");

        assertThat(author.bioHtml()).contains("<em>The Ledger</em>").doesNotContain("<script");
        assertThat(authors.findBySlug("ann-writer").bioSource()).isEqualTo("Writes for *The Ledger*. <script>x()</script>");
    }

    @Test
    void authors_come_back_in_the_order_asked_for() {
        Author a = authors.findOrCreate("Ann Alpha");
        Author b = authors.findOrCreate("Bob Beta");

        assertThat(authors.findByIds(List.of(b.id(), a.id()))).containsExactly(b, a);
    }

    @Test
    void an_unknown_author_is_not_found() {
        assertThatThrownBy(() -> authors.findBySlug("nobody")).isInstanceOf(NotFound.class);
    }
}
