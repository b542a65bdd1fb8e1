/** Topics: the subjects articles are filed under. */
package org.masthead.topic;
