/**
 * Imports: the {@code import} command's single door, which tells a file's format by its content and brings
 * it in through the same services editors use, in one transaction, keyed so that a rerun adds nothing.
 */
package org.masthead.importer;
