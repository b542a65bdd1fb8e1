package org.masthead.importer;

import java.util.List;
import java.util.Optional;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;

/** What a saved magazine page holds: one article with its credits, and the lineup printed around it. */
record SavedPage(String title, Optional<Credit> credit, List<String> paragraphs, List<Contributor> contributors,
        List<LineupGroup> lineup) {

    record Credit(CreditKind kind, String name, Licence licence) {}

    record Contributor(String name, String bio) {}

    record LineupGroup(EditionSpan span, List<Entry> entries) {}

    record Entry(String author, String title) {}
}
