/** Email through the magazine's own SMTP server: settings, sending, and failures in plain words. */
package org.masthead.mail;
