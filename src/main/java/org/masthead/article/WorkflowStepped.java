package org.masthead.article;

/**
 * A person (or a program, {@code byUserId} null) took a piece a step of the workflow ({@code action} as the audit log
 * names it: {@code article.submitted}, {@code article.sent_back}, {@code article.published}...). Raised after the step
 * commits; the mail that tells the newsroom follows it. A piece going out on its schedule raises none.
 */
public record WorkflowStepped(long articleId, String action, Long byUserId) {}
