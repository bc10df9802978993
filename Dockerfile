# The app's image for compose.yaml. `factcheck serve` brings the schema up to date, then serves.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY factcheck ./factcheck
COPY migrations ./migrations
COPY templates ./templates
COPY seeds ./seeds
COPY alembic.ini ./
RUN pip install --no-cache-dir -e .
RUN useradd --create-home factcheck && mkdir -p /app/var && chown factcheck /app/var
USER factcheck
EXPOSE 8000
CMD ["factcheck", "serve"]
