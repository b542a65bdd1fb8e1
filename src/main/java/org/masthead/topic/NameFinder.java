package org.masthead.topic;

import java.util.List;

/** Finds the names of people, places and organisations in a text, as a named-entity model sees them. */
public interface NameFinder {

    /** Every mention of a name in the text, in the order they come, as written ("David Cameron", "Mosul", "Isis"). */
    List<String> mentions(String text);
}
