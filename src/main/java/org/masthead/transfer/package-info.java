/**
 * Export and restore of a whole magazine: {@code MagazineExport} writes every table that makes the site (as
 * JSON Lines, one file per table, described by {@code ArchiveTables}) and the media files into one ZIP
 * archive whose first entry is its manifest; {@code MagazineRestore} checks such an archive completely and
 * brings it into an empty magazine, or into the same magazine again, in one transaction. The format is
 * documented in {@code docs/EXPORT.md}.
 */
package org.masthead.transfer;
