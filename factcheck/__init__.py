"""factcheck: claim tracking and fact-check workflow for newsrooms."""
