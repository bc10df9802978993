"""Reader tips: a public form without an account; a tip becomes a candidate claim (issue #16)."""
