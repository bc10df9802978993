"""Publishing: public fact-check pages, feeds and verdict reports (exports). Read-only: nothing here
writes to the database; publishing itself is a workflow action of the claims domain."""
