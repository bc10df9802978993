"""Small news pages for the import tests: an article inside the usual page furniture."""

from __future__ import annotations

HEADLINE = "Kerry says Russia is using dumb bombs in Syria"
PARAGRAPHS = (
    "US Secretary of State John Kerry has accused Russia of using unguided bombs in Syria, "
    "killing civilians in the process.",
    "“Russia is using dumb bombs,” Kerry said on Friday in Munich, where 17 countries agreed to "
    "seek a cessation of hostilities within a week.",
    "The United Nations has estimated that 400,000 people live in besieged towns across Syria.",
    "Turkish Prime Minister Ahmet Davutoglu said the strikes had driven 35,000 people towards the "
    "Turkish border since the start of February.",
)
SUBHEADING = "A ceasefire within a week"
QUOTE = "“The Iranians told us they support a ceasefire,” Kerry said."
LAST = "Russia denies targeting civilians and says its air force only strikes terrorist groups."

FURNITURE = (
    "We value your privacy",
    "Accept all cookies",
    "Breaking news alerts",
    "Weather",
    "Crosswords",
    "Share on Facebook",
    "Photo: Reuters",
    "Ten things to know about Aleppo",
    "Sign up for the morning briefing",
    "Comments (12)",
    "Nobody believes a word of it",
    "All rights reserved",
)
"""Text that is on the page but not in the article: none of it may reach the body."""


def news_page(extra: str = "", *, lang: str = "en-GB", head: str = "") -> str:
    """A news page; ``extra`` is one more paragraph at the end of the article (to make it new)."""
    first, second, third, fourth = PARAGRAPHS
    more = f"<p>{extra}</p>" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{HEADLINE} | World News Daily</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="World News Daily">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2016-02-12T08:30:00Z">
<link rel="canonical" href="https://news.example.org/world/kerry-dumb-bombs">
<script>window.dataLayer = [{{"page": "article"}}];</script>
{head}
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>We value your privacy. We and our partners use
cookies to personalise content.</p><button>Accept all cookies</button></div>
<header class="masthead"><a href="/" class="logo">World News Daily</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/alerts">Breaking news alerts</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/crosswords">Crosswords</a></li></ul></nav></header>
<main><article class="story">
<h1>{HEADLINE}</h1>
<p class="byline">By <a href="/authors/jane-doe">Jane Doe</a>, 12 February 2016</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email this story</a></div>
<figure><img src="/kerry.jpg" alt=""><figcaption>John Kerry in Munich. Photo: Reuters</figcaption></figure>
<p>{first}</p>
<p>{second}</p>
<h2>{SUBHEADING}</h2>
<p>{third}</p>
<blockquote><p>{QUOTE}</p></blockquote>
<p>{fourth}</p>
<aside class="related"><h3>Read more</h3><ul><li><a href="/a">Ten things to know about Aleppo</a></li>
<li><a href="/b">Geneva talks collapse again</a></li></ul></aside>
<p>{LAST}</p>{more}
<div class="newsletter"><p>Sign up for the morning briefing: the news you need by 7am.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</article>
<section class="comments"><h3>Comments (12)</h3>
<div class="comment"><p class="comment-author">reader42</p><p>Nobody believes a word of it.</p></div>
</section></main>
<footer class="site-footer"><p>© 2016 World News Daily. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>"""


def expected_body(extra: str = "") -> str:
    """The article text an import keeps from ``news_page(extra)``."""
    first, second, third, fourth = PARAGRAPHS
    blocks = [first, second, SUBHEADING, third, QUOTE, fourth, LAST] + ([extra] if extra else [])
    return "\n\n".join(blocks)


JS_SHELL = """<!DOCTYPE html><html lang="en"><head><title>Story | Example News</title>
<script src="/static/app.3f9a1.js" defer></script></head>
<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>
<script>window.__INITIAL_STATE__ = {"story": null};</script></body></html>"""

VIDEO_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Watch: Kerry in Munich</title>
<meta property="og:type" content="video.other"></head>
<body><nav><a href="/">Home</a> <a href="/video">Video</a></nav>
<main><h1>Watch: Kerry in Munich</h1><video src="/kerry.mp4" controls></video>
<p>Duration 2:14</p></main><footer>© Example News</footer></body></html>"""

PAYWALL_STUB = """<!DOCTYPE html><html lang="en"><head><title>Inside the Munich talks | The Ledger</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Inside the Munich talks", "isAccessibleForFree": "False",
"hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}}
</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Inside the Munich talks</h1>
<p class="standfirst">How 17 countries agreed to a ceasefire that none of them expects to hold,
and what the negotiators said when the cameras were gone.</p>
<div class="paywall"><p>This article is for subscribers. Subscribe for 1 € a week to read on.</p>
<a href="/subscribe">Subscribe now</a> <a href="/login">Log in</a></div>
</article><footer>© The Ledger</footer></body></html>"""
