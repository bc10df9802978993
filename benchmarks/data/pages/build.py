"""Writes the saved pages of benchmarks/article_text.py: NAME.html and NAME.txt (the expected text).

    .venv/bin/python benchmarks/data/pages/build.py

Each story of stories/ (read by stories.py) is put into its site template, one of six, written to
look like the news sites they imitate: a semantic page with <article>; a page of nested <div>s with no semantic tags;
a metered-paywall page with recommendation cards and metadata in JSON-LD only; a WordPress blog
with related posts, share buttons and comments; a German regional paper with teaser boxes between
the paragraphs; and a page marked up with itemprop="articleBody" with "read also" links and a
pull quote inside the body. Each page has navigation, a cookie banner, a share bar, captions and
related links in the page's language. The expected text is the standfirst (when the story has
one), the paragraphs, in-text headings and quotations, in order: no headline, byline, caption,
link list or other page furniture. Run it again after changing a story or a template.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from site_words import WORDS  # noqa: E402
from stories import STORIES  # noqa: E402


def e(text: str) -> str:
    return html.escape(text, quote=True)


def body_html(story: dict, *, quote_tag: str = "blockquote", head_tag: str = "h2") -> list[str]:
    parts = []
    for kind, text in story["blocks"]:
        if kind == "p":
            parts.append(f"<p>{e(text)}</p>")
        elif kind == "h":
            parts.append(f"<{head_tag}>{e(text)}</{head_tag}>")
        else:
            parts.append(f"<{quote_tag}><p>{e(text)}</p></{quote_tag}>")
    return parts


def expected(story: dict) -> str:
    blocks = ([story["standfirst"]] if story["standfirst"] else []) + [t for _, t in story["blocks"]]
    return "\n\n".join(blocks) + "\n"


def cookie_banner(w: dict) -> str:
    return (
        f'<div id="cmp-banner" class="consent-overlay" role="dialog"><p>{e(w["cookies"])}</p>'
        f'<button class="accept">{e(w["accept"])}</button><a href="/privacy">Settings</a></div>'
    )


def nav(w: dict, cls: str = "site-nav") -> str:
    items = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(w["nav"]))
    return f'<nav class="{cls}"><ul>{items}</ul></nav>'


def share(w: dict) -> str:
    return (
        '<div class="share-tools">'
        + " ".join(f'<a href="#s{i}">{e(s)}</a>' for i, s in enumerate(w["share"]))
        + "</div>"
    )


def link_list(w: dict, title: str) -> str:
    items = "".join(f'<li><a href="/story/{i}">{e(h)}</a></li>' for i, h in enumerate(w["headlines"]))
    return f"<h3>{e(title)}</h3><ul>{items}</ul>"


def comments(w: dict) -> str:
    lines = "".join(
        f'<li class="comment"><div class="comment-author">reader{i}7</div><p>{e(c)}</p>'
        f'<a href="#reply">Reply</a></li>'
        for i, c in enumerate(w["comment_lines"])
    )
    return f'<section id="comments" class="comments-area"><h3>{e(w["comments"])} (2)</h3><ol>{lines}</ol></section>'


def head(story: dict, *, meta: bool = True, jsonld: bool = False, extra: str = "") -> str:
    s = story
    url = f"https://www.example-{s['lang']}.news/{s['slug']}"
    tags = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(s['headline'])} | {e(s['outlet'])}</title>",
        '<link rel="stylesheet" href="/assets/main.css">',
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article'});</script>",
    ]
    if meta:
        tags += [
            f'<meta property="og:title" content="{e(s["headline"])}">',
            f'<meta property="og:site_name" content="{e(s["outlet"])}">',
            '<meta property="og:type" content="article">',
            f'<meta name="author" content="{e(s["author"])}">',
            f'<meta property="article:published_time" content="{s["date"]}T07:30:00+01:00">',
            f'<link rel="canonical" href="{url}">',
        ]
    if jsonld:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s["headline"],
            "datePublished": f"{s['date']}T07:30:00+01:00",
            "author": {"@type": "Person", "name": s["author"]},
            "publisher": {"@type": "Organization", "name": s["outlet"]},
            "mainEntityOfPage": url,
        }
        tags.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    return "<head>" + "\n".join(tags) + extra + "</head>"


def lead(story: dict, cls: str = "standfirst") -> str:
    return f'<p class="{cls}">{e(story["standfirst"])}</p>' if story["standfirst"] else ""


def t_semantic(s: dict, w: dict) -> str:
    return f"""<!DOCTYPE html><html lang="{s["lang"]}">{head(s)}<body>
{cookie_banner(w)}
<header class="masthead"><a class="logo" href="/">{e(s["outlet"])}</a>{nav(w)}</header>
<main id="main"><article class="article">
<header><h1>{e(s["headline"])}</h1>{lead(s)}
<div class="byline">{w["by"]} <a rel="author" href="/author">{e(s["author"])}</a> · <time datetime="{s["date"]}">{s["date"]}</time></div>
{share(w)}</header>
<figure class="lead-image"><img src="/img/1.jpg" alt=""><figcaption>{e(w["headlines"][0])}. {w["photo"]}: Reuters</figcaption></figure>
<div class="article-body">{"".join(body_html(s))}</div>
<aside class="related">{link_list(w, w["related"])}</aside>
<div class="newsletter-box"><p>{e(w["newsletter"])}</p><form><input type="email"><button>{e(w["signup"])}</button></form></div>
</article>
{comments(w)}
</main>
<footer class="site-footer"><p>© {s["date"][:4]} {e(s["outlet"])}. {e(w["footer"])}</p>{nav(w, "footer-nav")}</footer>
</body></html>"""


def t_divsoup(s: dict, w: dict) -> str:
    paragraphs = body_html(s, quote_tag='div class="quote"', head_tag="h3")
    paragraphs = [p.replace('</div class="quote">', "</div>") for p in paragraphs]
    return f"""<!DOCTYPE html><html lang="{s["lang"]}">{head(s, meta=False)}<body>
<div id="page"><div class="top-bar"><div class="logo"><a href="/">{e(s["outlet"])}</a></div>
<div class="menu">{"".join(f'<div class="menu-item"><a href="/{i}">{e(n)}</a></div>' for i, n in enumerate(w["nav"]))}</div></div>
<div class="breadcrumb"><a href="/">{e(w["nav"][0])}</a> &gt; <a href="/n">{e(w["nav"][1])}</a></div>
<div class="content-wrapper"><div class="col-main">
<div class="story-headline"><h1>{e(s["headline"])}</h1></div>
<div class="story-meta"><span class="author">{w["by"]} {e(s["author"])}</span> <span class="date">{s["date"]}</span></div>
<div class="story-image"><img src="/img/2.jpg"><div class="caption">{e(w["headlines"][2])} ({w["photo"]}: AFP)</div></div>
<div class="story-body">{lead(s, "intro")}{"".join(paragraphs)}</div>
<div class="story-tags">{w["tags"]}: <a href="/t/1">{e(w["nav"][2])}</a> <a href="/t/2">{e(w["nav"][3])}</a></div>
<div class="author-box"><div class="author-name">{e(s["author"])}</div><div class="author-bio">{e(s["author"])} {e(w["about"])}</div></div>
{share(w)}
</div><div class="col-side"><div class="widget most-read">{link_list(w, w["most_read"])}</div>
<div class="widget ad"><div class="ad-label">Advertisement</div></div></div></div>
<div class="footer"><div class="footer-links">{"".join(f'<a href="/{i}">{e(n)}</a> ' for i, n in enumerate(w["nav"]))}</div>
<div class="copyright">© {e(s["outlet"])}. {e(w["footer"])}</div></div>
<div class="cookie-notice" id="cookie-notice"><div class="text">{e(w["cookies"])}</div><div class="btn">{e(w["accept"])}</div></div>
</div></body></html>"""


def t_metered(s: dict, w: dict) -> str:
    parts = body_html(s)
    half = max(2, len(parts) // 2)
    cards = "".join(
        f'<div class="card"><a href="/r/{i}"><h4>{e(h)}</h4></a><p class="card-teaser">{e(w["comment_lines"][i % 2])}</p></div>'
        for i, h in enumerate(w["headlines"][:3])
    )
    return f"""<!DOCTYPE html><html lang="{s["lang"]}">{head(s, meta=False, jsonld=True)}<body>
<div class="consent">{e(w["cookies"])} <button>{e(w["accept"])}</button></div>
<header>{nav(w, "primary")}<a class="subscribe-btn" href="/subscribe">{e(w["signup"])}</a></header>
<main><article>
<h1 class="headline">{e(s["headline"])}</h1>
{lead(s, "dek")}
<p class="byline">{w["by"]} {e(s["author"])}</p>
<figure><img src="/img/3.jpg"><figcaption>{e(w["headlines"][1])}</figcaption></figure>
<section class="body">{"".join(parts[:half])}
<div class="meter-prompt"><p>{e(w["subscribe"])}</p><a href="/subscribe">{e(w["signup"])}</a></div>
{"".join(parts[half:])}</section>
{share(w)}
</article>
<section class="recommended"><h3>{e(w["related"])}</h3>{cards}</section>
</main>
<footer><p>{e(w["footer"])}</p></footer></body></html>"""


def t_wordpress(s: dict, w: dict) -> str:
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4><a href="/p/{i}">{e(h)}</a></h4><p>{e(s["date"])}</p></div>'
        for i, h in enumerate(w["headlines"][:3])
    )
    return f"""<!DOCTYPE html><html lang="{s["lang"]}-{s["lang"].upper()}">{head(s)}<body class="single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{e(s["outlet"])}</a></p>
<nav id="site-navigation" class="main-navigation">{nav(w, "menu")}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1842" class="post-1842 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{e(s["headline"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{s["date"]}T07:30:00+00:00">{s["date"]}</time></span> <span class="byline">{w["by"]} <span class="author vcard">{e(s["author"])}</span></span></div></header>
<div class="entry-content">{lead(s, "has-large-font-size")}
<figure class="wp-block-image"><img src="/wp-content/uploads/4.jpg"><figcaption>{e(w["headlines"][3])}</figcaption></figure>
{"".join(body_html(s))}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{e(w["share"][0])}</h3>{share(w)}</div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{e(w["related"])}</h3>{related}</div>
</div>
<footer class="entry-footer"><span class="cat-links">{w["tags"]}: <a href="/c">{e(w["nav"][1])}</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{e(w["comments"])}</h2><ol class="comment-list">
{"".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">reader{i}</b></footer><div class="comment-content"><p>{e(c)}</p></div></article></li>' for i, c in enumerate(w["comment_lines"]))}
</ol><div id="respond"><h3>Leave a reply</h3><form><textarea></textarea><input type="submit" value="Post comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget">{link_list(w, w["most_read"])}</section>
<section class="widget"><p>{e(w["newsletter"])}</p></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">{e(w["footer"])}</div></footer></div>
<div id="cookie-law-info-bar">{e(w["cookies"])} <a>{e(w["accept"])}</a></div>
</body></html>"""


def t_regional(s: dict, w: dict) -> str:
    parts = body_html(s, head_tag="h3")
    teaser = (
        f'<div class="teaser-box inline"><span class="kicker">{e(w["related"])}</span>'
        f'<a href="/t/9"><span class="title">{e(w["headlines"][1])}</span></a></div>'
    )
    mixed: list[str] = []
    for i, part in enumerate(parts):
        mixed.append(part)
        if i == 1:
            mixed.append(teaser)
    gallery = "".join(
        f'<li><img src="/g/{i}.jpg"><p class="bildunterschrift">{e(h)} {w["photo"]}: dpa</p></li>'
        for i, h in enumerate(w["headlines"][:2])
    )
    return f"""<!DOCTYPE html><html lang="{s["lang"]}">{head(s)}<body>
<div class="privacy-layer"><h2>Datenschutz</h2><p>{e(w["cookies"])}</p><button>{e(w["accept"])}</button></div>
<header id="kopf"><div class="logo">{e(s["outlet"])}</div>{nav(w, "hauptnavigation")}
<div class="ticker"><span>+++</span> {e(w["headlines"][0])} <span>+++</span></div></header>
<div id="inhalt"><section class="artikel">
<div class="dachzeile">{e(w["nav"][5])}</div><h1 class="ueberschrift">{e(s["headline"])}</h1>
<div class="autor">{w["by"]} {e(s["author"])} | {s["date"]}</div>
{lead(s, "vorspann")}
<ul class="bildergalerie">{gallery}</ul>
<section class="artikel-text">{"".join(mixed)}</section>
{share(w)}
<div class="mehr-zum-thema">{link_list(w, w["related"])}</div>
</section>
<div class="paid-teaser"><p>{e(w["subscribe"])}</p></div>
{comments(w)}</div>
<footer id="fuss"><p>{e(w["footer"])}</p></footer></body></html>"""


def t_itemprop(s: dict, w: dict) -> str:
    parts = body_html(s)
    first_para = next(t for k, t in s["blocks"] if k == "p")
    pull = f'<aside class="pullquote"><p>{e(first_para.split(",")[0])}</p></aside>'
    read_also = f'<p class="read-also"><strong>{e(w["read_also"])}:</strong> <a href="/x">{e(w["headlines"][2])}</a></p>'
    mixed: list[str] = []
    for i, part in enumerate(parts):
        mixed.append(part)
        if i == 0:
            mixed.append(pull)
        if i == 2:
            mixed.append(read_also)
    return f"""<!DOCTYPE html><html lang="{s["lang"]}">{head(s, jsonld=True)}<body>
<div class="gdpr">{e(w["cookies"])} <button>{e(w["accept"])}</button></div>
<div class="header">{nav(w, "nav")}</div>
<div itemscope itemtype="https://schema.org/NewsArticle" class="article-container">
<h1 itemprop="headline">{e(s["headline"])}</h1>
{f'<h2 itemprop="description" class="subtitle">{e(s["standfirst"])}</h2>' if s["standfirst"] else ""}
<div class="meta"><span itemprop="author">{e(s["author"])}</span> <time itemprop="datePublished" datetime="{s["date"]}">{s["date"]}</time></div>
{share(w)}
<div class="media"><img src="/img/6.jpg"><span class="caption">{e(w["headlines"][3])}</span></div>
<div itemprop="articleBody" class="article-body">{"".join(mixed)}</div>
<div class="newsletter"><p>{e(w["newsletter"])}</p></div>
<div class="related-links">{link_list(w, w["related"])}</div>
</div>
<div class="most-read">{link_list(w, w["most_read"])}</div>
<div class="footer">{e(w["footer"])}</div></body></html>"""


TEMPLATES = (t_semantic, t_divsoup, t_metered, t_wordpress, t_regional, t_itemprop)


def pages() -> list[tuple[str, str, str]]:
    """Every story's page: its file name (SLUG.TEMPLATE), its HTML and its expected text."""
    templates = {template.__name__[2:]: template for template in TEMPLATES}
    return [
        (
            f"{story['slug']}.{story['template']}",
            templates[story["template"]](story, WORDS[story["lang"]]),
            expected(story),
        )
        for story in STORIES
    ]


def main() -> None:
    made = pages()
    for name, page, text in made:
        (HERE / f"{name}.html").write_text(page, encoding="utf-8")
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {len(made)} pages to {HERE}")


if __name__ == "__main__":
    main()
