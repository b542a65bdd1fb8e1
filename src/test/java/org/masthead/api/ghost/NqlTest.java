package org.masthead.api.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.catalog.Condition;
import org.masthead.catalog.Condition.All;
import org.masthead.catalog.Condition.Any;
import org.masthead.catalog.Condition.Match;
import org.masthead.catalog.Condition.Op;
import org.masthead.common.Invalid;

class NqlTest {
    static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    static Condition parse(String filter) {
        return Nql.parse(filter, NOW);
    }

    static Match match(String field, Op op, Object... values) {
        return new Match(field, op, Arrays.asList(values));
    }

    @Test
    void a_field_and_a_value_is_an_equality() {
        assertThat(parse("tag:getting-started")).isEqualTo(match("tag", Op.EQ, "getting-started"));
    }

    @Test
    void a_minus_negates_and_brackets_make_a_list() {
        assertThat(parse("tag:-news")).isEqualTo(match("tag", Op.NE, "news"));
        assertThat(parse("tags:[news,'big ideas']")).isEqualTo(match("tags", Op.IN, "news", "big ideas"));
        assertThat(parse("author:-[ann,bob]")).isEqualTo(match("author", Op.NOT_IN, "ann", "bob"));
    }

    @Test
    void plus_binds_tighter_than_comma_and_parentheses_group() {
        assertThat(parse("tag:a+featured:true,tag:b")).isEqualTo(new Any(List.of(
                new All(List.of(match("tag", Op.EQ, "a"), match("featured", Op.EQ, true))), match("tag", Op.EQ, "b"))));
        assertThat(parse("tag:a+(featured:true,tag:b)")).isEqualTo(new All(List.of(match("tag", Op.EQ, "a"),
                new Any(List.of(match("featured", Op.EQ, true), match("tag", Op.EQ, "b"))))));
    }

    @Test
    void true_false_and_null_are_values_of_their_own_but_quoted_they_are_text() {
        assertThat(parse("featured:false")).isEqualTo(match("featured", Op.EQ, false));
        assertThat(parse("feature_image:null")).isEqualTo(match("feature_image", Op.EQ, (Object) null));
        assertThat(parse("slug:'true'")).isEqualTo(match("slug", Op.EQ, "true"));
        assertThat(parse("title:\"It's \\\"here\\\"\"")).isEqualTo(match("title", Op.EQ, "It's \"here\""));
    }

    @Test
    void dates_compare_in_utc_in_every_form_ghost_accepts() {
        Instant march = Instant.parse("2024-03-01T00:00:00Z");
        assertThat(parse("published_at:>'2024-03-01'")).isEqualTo(match("published_at", Op.GT, march));
        assertThat(parse("published_at:>='2024-03-01 06:30:00'")).isEqualTo(match("published_at", Op.GTE, march.plusSeconds(23400)));
        assertThat(parse("published_at:<'2024-03-01T02:00:00+02:00'")).isEqualTo(match("published_at", Op.LT, march));
        assertThat(parse("published_at:<=now-7d")).isEqualTo(match("published_at", Op.LTE, NOW.minusSeconds(7 * 86400)));
    }

    @Test
    void tildes_search_within_text() {
        assertThat(parse("title:~'port'")).isEqualTo(match("title", Op.CONTAINS, "port"));
        assertThat(parse("title:~^'Port'")).isEqualTo(match("title", Op.STARTS, "Port"));
        assertThat(parse("title:~$'day'")).isEqualTo(match("title", Op.ENDS, "day"));
        assertThat(parse("title:-~'war'")).isEqualTo(match("title", Op.NOT_CONTAINS, "war"));
    }

    @Test
    void spaces_around_the_joins_are_allowed_and_an_empty_filter_lets_everything_through() {
        assertThat(parse(" tag:a + tag:b ")).isEqualTo(new All(List.of(match("tag", Op.EQ, "a"), match("tag", Op.EQ, "b"))));
        assertThat(parse("")).isEqualTo(Condition.NONE);
        assertThat(parse(null)).isEqualTo(Condition.NONE);
    }

    @Test
    void what_cannot_be_read_is_refused_saying_where() {
        assertThatThrownBy(() -> parse("tag")).isInstanceOf(Invalid.class).hasMessageContaining("expected ':'");
        assertThatThrownBy(() -> parse("tag:[a,b")).hasMessageContaining("'[' is not closed");
        assertThatThrownBy(() -> parse("(tag:a")).hasMessageContaining("'(' is not closed");
        assertThatThrownBy(() -> parse("tag:'a")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> parse("tag:a)")).hasMessageContaining("character 6");
        assertThatThrownBy(() -> parse("published_at:>'last tuesday'")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> parse("(".repeat(30) + "tag:a" + ")".repeat(30))).hasMessageContaining("nested too deep");
    }
}
