/**
 * Accounts: the people who sign in, with their roles (contributor, author, editor, admin; {@code Actor} and
 * {@code Role} themselves are in {@code common/}, since every feature's rules read them), Argon2id passwords,
 * one-time codes, sessions and sign-in throttling. Authors need no account.
 */
package org.masthead.account;
