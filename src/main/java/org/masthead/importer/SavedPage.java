package org.masthead.importer;

import java.util.List;
import java.util.Optional;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;

/**
 * What a saved magazine page holds: one article with its credits, and the lineup printed around it. Each
 * part keeps the number of the line it was read from, so that a problem found later can still name it.
 */
record SavedPage(String title, int titleLine, Optional<Credit> credit, List<String> paragraphs,
        List<Contributor> contributors, List<LineupGroup> lineup) {

    record Credit(CreditKind kind, String name, Licence licence) {}

    record Contributor(String name, String bio, int line) {}

    record LineupGroup(EditionSpan span, List<Entry> entries, int line) {}

    record Entry(String author, String title, int line) {}
}
