"""Fetching an article from a URL the user typed, without letting the server be turned against itself.

A URL typed into the import form makes *the server* send a request (server-side request forgery
is the risk): it could reach the database port, a cloud metadata address or an admin page on the
newsroom's own network. So, for the first request and for every redirect:

- only ``http`` and ``https``, and no user name or password in the address;
- the host name is resolved here and refused when any of its addresses is not on the public
  internet (private, loopback, link-local, shared, reserved, multicast...);
- the connection then goes to the address that was checked (the Host header and TLS name stay
  the host name), so a DNS answer that changes between check and connect cannot slip through;
- at most ``max_redirects`` redirects, ``timeout_s`` per step and ``deadline_s`` in all, and at
  most ``max_bytes`` of body, counted as it streams in.

Every refusal is a ``FetchError`` whose message is meant for the person who typed the URL.
Tests fetch from a local HTTP server with an ``UrlFetcher`` whose ``address_allowed`` lets them
reach it; the app always uses the default policy, ``is_public``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

import httpx

from factcheck.web_address import url_problem

MAX_FETCH_BYTES = 5 * 1024 * 1024
USER_AGENT = "factcheck-article-import/1.0 (+https://github.com/factcheck)"
ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9"

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""host, port -> the IP addresses the host name resolves to."""


class FetchError(Exception):
    """The URL could not be imported; the message says why, in the user's words."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    """The final address, after redirects."""
    content: bytes
    media_type: str
    charset: str | None


async def resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


_EMBEDS_IPV4_IN_LOW_BITS = (
    ipaddress.IPv6Network("::/96"),  # IPv4-compatible (deprecated): ::7f00:1 is 127.0.0.1
    ipaddress.IPv6Network("64:ff9b::/96"),  # NAT64: the gateway forwards to the IPv4 inside
)
"""Where an IPv6 address carries an IPv4 one that ``ipaddress`` does not unpack itself."""


def _addresses_within(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[Any]:
    """The address and every IPv4 address it carries (mapped, 6to4, Teredo, compatible, NAT64):
    a packet to it may end up at any of them."""
    found: list[Any] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        found += [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if any(ip in net for net in _EMBEDS_IPV4_IN_LOW_BITS):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [a for a in found if a is not None]


def is_public(address: str) -> bool:
    """True only for addresses on the public internet: ``ipaddress``'s own ``is_global`` decides,
    for the address and for every IPv4 address inside it; site-local (fec0::/10, deprecated but
    still routed inside some networks) and multicast are never public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return False
    return all(a.is_global and not a.is_multicast for a in _addresses_within(ip))


@dataclass(frozen=True, slots=True)
class UrlFetcher:
    timeout_s: float = 10.0
    """For each of connecting, each read and the DNS lookup."""
    deadline_s: float = 30.0
    """For the whole fetch, redirects included: a server that drips one byte a second is cut off."""
    max_bytes: int = MAX_FETCH_BYTES
    max_redirects: int = 5
    address_allowed: Callable[[str], bool] = field(default=is_public)
    """Which resolved addresses may be connected to: public ones. Tests of fetching pass a policy
    that lets them reach their own local server; the app never changes it."""
    resolver: Resolver = field(default=resolve)

    async def fetch(self, url: str) -> Fetched:
        try:
            async with asyncio.timeout(self.deadline_s):
                return await self._fetch(url)
        except TimeoutError:
            raise FetchError(
                f"The site took too long to answer (more than {self.deadline_s:g} seconds). "
                "Try again later, or paste the text."
            ) from None

    async def _fetch(self, url: str) -> Fetched:
        timeout = httpx.Timeout(self.timeout_s)
        # trust_env=False: no proxy from the environment, which would connect somewhere unchecked.
        async with httpx.AsyncClient(follow_redirects=False, timeout=timeout, trust_env=False) as client:
            current = _parse(url)
            seen = {str(current)}
            for _ in range(self.max_redirects + 1):
                request = await self._pinned_request(client, current)
                try:
                    response = await client.send(request, stream=True)
                except httpx.TimeoutException:
                    raise FetchError(
                        f"{current.host} took too long to answer (more than {self.timeout_s:g} seconds). "
                        "Try again later, or paste the text."
                    ) from None
                except httpx.HTTPError as exc:
                    raise FetchError(f"Could not connect to {current.host}: {_reason(exc)}.") from None
                try:
                    if response.is_redirect:
                        target = _parse(str(current.join(response.headers.get("location", ""))))
                        if str(target) in seen:
                            raise FetchError(
                                f"{current.host} redirects in a loop; open the address in a browser "
                                "and paste the text instead."
                            )
                        seen.add(str(target))
                        current = target
                        continue
                    return await self._read(response, current)
                finally:
                    await response.aclose()
            raise FetchError(
                f"The address redirects more than {self.max_redirects} times; open it in a browser "
                "and paste the text instead."
            )

    async def _pinned_request(self, client: httpx.AsyncClient, url: httpx.URL) -> httpx.Request:
        """A request to the checked address of ``url``'s host, still naming the host."""
        host = url.raw_host.decode("ascii")
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = await asyncio.wait_for(self.resolver(host.strip("[]"), port), self.timeout_s)
        except (OSError, UnicodeError, TimeoutError):
            raise FetchError(f"Could not find the site {url.host}; check the address.") from None
        if not addresses:
            raise FetchError(f"Could not find the site {url.host}; check the address.")
        if not all(self.address_allowed(a) for a in addresses):
            raise FetchError(
                f"{url.host} is on a private or local network; factcheck only fetches public sites."
            )
        address = addresses[0]
        pinned = url.copy_with(host=address)
        headers = {"Host": url.netloc.decode("ascii"), "User-Agent": USER_AGENT, "Accept": ACCEPT}
        extensions = {"sni_hostname": host} if url.scheme == "https" else {}
        return client.build_request("GET", pinned, headers=headers, extensions=extensions)

    async def _read(self, response: httpx.Response, url: httpx.URL) -> Fetched:
        if response.status_code >= 400:
            raise FetchError(
                f"{url.host} answered {response.status_code} {response.reason_phrase}: "
                "the page could not be fetched."
            )
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        too_large = f"The page is larger than {_mb(self.max_bytes)}; paste the article text instead."
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(too_large)
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(too_large)
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise FetchError(
                f"{url.host} stopped sending the page (nothing for {self.timeout_s:g} seconds)."
            ) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"The page could not be read from {url.host}: {_reason(exc)}.") from None
        return Fetched(url=str(url), content=b"".join(chunks), media_type=media_type, charset=charset)


FETCHER_STATE_KEY = "article_fetcher"
"""Where a test puts its own ``UrlFetcher`` in ``app.state`` (one that may reach its local server).
The app never sets it, and then every fetch goes through the default, guarded one."""


def fetcher_of(state: Mapping[str, Any]) -> UrlFetcher:
    fetcher = state.get(FETCHER_STATE_KEY)
    return fetcher if isinstance(fetcher, UrlFetcher) else UrlFetcher()


def _parse(url: str) -> httpx.URL:
    url = url.strip()
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise FetchError("That is not a web address; give one like https://example.org/story.") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError("Only http:// and https:// addresses can be fetched.")
    if not parsed.host:
        raise FetchError("That is not a web address; give one like https://example.org/story.")
    if parsed.userinfo:
        raise FetchError("Leave the user name and password out of the address.")
    problem = url_problem(url)  # the rule every address a user gives meets (web_address.py)
    if problem:
        raise FetchError(problem)
    return parsed.copy_with(fragment=None)


def _content_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = header or "application/octet-stream"
    charset = message.get_param("charset")
    return message.get_content_type(), str(charset) if isinstance(charset, str) else None


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:200] if text else type(exc).__name__


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"
