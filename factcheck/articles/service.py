"""Importing articles."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService

from factcheck.articles.models import Article, content_hash
from factcheck.errors import Invalid


class ArticleService(SQLAlchemyAsyncRepositoryService[Article]):
    class Repo(SQLAlchemyAsyncRepository[Article]):
        model_type = Article

    repository_type = Repo

    async def import_article(
        self,
        *,
        title: str,
        body: str,
        outlet: str | None = None,
        url: str | None = None,
        author: str | None = None,
        published_on: date | None = None,
        language: str = "en",
        imported_by_id: UUID | None = None,
    ) -> tuple[Article, bool]:
        """Store an article; returns it and whether it is new. The same body imported twice is
        recognised by its content hash and the existing article is returned."""
        errors = {}
        if not title.strip():
            errors["title"] = "Give the article a title."
        if not body.strip():
            errors["body"] = "The article has no text."
        if errors:
            raise Invalid("The article could not be imported.", errors)
        digest = content_hash(body)
        existing = await self.get_one_or_none(Article.content_hash == digest)
        if existing is not None:
            return existing, False
        article = Article(
            title=title.strip(),
            body=body,
            outlet=outlet,
            url=url,
            author=author,
            published_on=published_on,
            language=language,
            content_hash=digest,
            imported_by_id=imported_by_id,
        )
        return await self.create(article, auto_commit=True), True
