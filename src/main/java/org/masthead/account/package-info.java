/**
 * Accounts: the people who sign in, their roles (contributor, author, editor, admin), Argon2id passwords,
 * one-time codes, sessions and sign-in throttling. Authors need no account.
 */
package org.masthead.account;
