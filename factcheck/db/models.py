"""Every domain's models, imported together so Alembic and the mapper see one metadata."""

from advanced_alchemy.base import orm_registry

from factcheck.accounts.models import OrganisationSettings, User
from factcheck.accounts.tokens import ApiToken
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Comment, Event, Tag, claim_tag
from factcheck.evidence.models import Evidence, Source
from factcheck.notifications.models import Follow, Notification, OutboxMail, Preference
from factcheck.security.models import StoreItem
from factcheck.tips.models import Tip, TipContact
from factcheck.verdicts.models import Approval, Rating, Verdict

metadata = orm_registry.metadata

__all__ = [
    "ApiToken",
    "Approval",
    "Article",
    "Claim",
    "Comment",
    "Event",
    "Evidence",
    "Follow",
    "Notification",
    "OrganisationSettings",
    "OutboxMail",
    "Preference",
    "Rating",
    "Source",
    "StoreItem",
    "Tag",
    "Tip",
    "TipContact",
    "User",
    "Verdict",
    "claim_tag",
    "metadata",
]
