/** The command line: serve, import and settings, each a thin shell over the services. */
package org.masthead.cli;
