/** Editorial settings stored in the database: site title, language, share networks, the edition rule. */
package org.masthead.settings;
