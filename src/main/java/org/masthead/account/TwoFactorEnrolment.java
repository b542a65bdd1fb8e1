package org.masthead.account;

/** A secret being set up: shown as text and as a QR code of its otpauth address. */
public record TwoFactorEnrolment(String secret, String uri) {}
