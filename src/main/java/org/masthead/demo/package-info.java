/** The demo magazine a new installation starts with: our own sample writing, and illustrations drawn by code. */
package org.masthead.demo;
