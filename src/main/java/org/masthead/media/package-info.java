/**
 * Images and their attribution: the credit, its link and the licence with its deed; and where their files are kept,
 * behind {@link org.masthead.media.MediaStorage}: the data directory's folder or a bucket of S3-compatible storage.
 */
package org.masthead.media;
