"""Fact-checks from elsewhere: other organisations' ClaimReview, imported into their own tables
and offered as "checked elsewhere" when a desk chooses and researches a claim."""
