"""Transparency pages (IFCN / EFCSN): methodology, ratings, corrections, organisation, archive.

Generated from the settings and the data factcheck already holds, with texts an admin writes."""
