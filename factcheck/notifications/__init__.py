"""Notifications: in-app inbox, follows, per-user delivery choices and the mail outbox (issue #16)."""
