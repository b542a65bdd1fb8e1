/** The audit log: who did what to which article, edition or account, and when. */
package org.masthead.audit;
