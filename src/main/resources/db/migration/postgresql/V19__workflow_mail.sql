-- Mail on workflow steps (issue 20, point 4): whether a person is told by email when a piece is submitted to them for
-- review, sent back to them or published. On unless they turn it off on their account page. (V17 and V18 are other
-- branches' numbers; this one follows them so that no database meets them out of order.)
ALTER TABLE users ADD COLUMN workflow_mail boolean NOT NULL DEFAULT true;
